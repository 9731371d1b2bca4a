import { summariseBriefing } from '../../shared/model/briefing';
import { AppError, describeError } from '../../shared/model/errors';
import { newBriefing } from '../../shared/model/newBriefing';
import type { ExportedFile, Handlers } from '../../shared/ipc/contract';
import { passageKey } from '../../shared/ipc/contract';
import { ArticleIntake } from './articleIntake';
import { briefingLibraryHandlers } from './briefingLibrary';
import { crossSourceHandlers } from './crossSource';
import { settingsHandlers } from './settings';
import { feedHandlers } from './feeds';
import { saveBriefingVersion } from './briefingSave';
import { exportBundle, importBundle, parseBundle } from './briefingBundle';
import { MAX_BUNDLE_BYTES, MAX_FETCH_BYTES, MAX_IMPORT_BYTES, MAX_WORD_TEMPLATE_BYTES, megabytes } from '../../shared/model/limits';
import { briefingOf, docxFileName, renderDocx } from './exportBriefing';
import { fetchPage } from './fetchPage';
import { addWordTemplate, listWordTemplates } from './wordTemplates';
import type { IncomingFile, ReadFile } from '../../shared/pipeline/readArticle';
import { importArticles } from './importArticles';
import type { Library } from './library';
import { templateHandlers } from './templateHandlers';
import { emailCopy, markdownFile } from './textExports';
import type { PdfOptions } from './exportPdf';
import { pdfFileName, renderPdf } from './exportPdf';

/** Refuses a file larger than the cap, in words the analyst can act on. */
export function withinCap(bytes: Uint8Array, name: string, maxBytes: number): Uint8Array {
  if (bytes.length > maxBytes) throw new AppError('too-large', `"${name}" is larger than ${megabytes(maxBytes)}, the most Briefwright imports at once.`);
  return bytes;
}

/** An exported file for the caller to save (the browser host downloads it, the CLI writes it). */
function handedOver(fileName: string, data: Uint8Array): ExportedFile {
  return { fileName, data, savedPath: null, canceled: false };
}

/**
 * The core every front door serves: the Electron window (over IPC), the browser host (over HTTP)
 * and the CLI. Inputs arrive already validated against the contract.
 */
export interface ServiceOptions {
  maxImportBytes?: number;
  /** How a file becomes an Article: a worker pool in the front doors, in-process by default. */
  read?: ReadFile;
  /** The intake that admits articles (the caller keeps it to flush what it learned). */
  intake?: ArticleIntake;
  fetchTimeoutMs?: number;
  /** Test-only: `host:port` pairs a web import may fetch although they are inside the machine (see fetchPage). */
  allowFetchFrom?: readonly string[];
  pdf?: PdfOptions;
}

export function createServices(library: Library, options: ServiceOptions = {}): Handlers {
  const maxBytes = options.maxImportBytes ?? MAX_IMPORT_BYTES;
  const intake = options.intake ?? new ArticleIntake(library);
  // Articles are listed and searched from the index kept beside their files (written files update it).
  const importOne = async (file: IncomingFile) => {
    const [outcome] = await importArticles(intake, [file], options.read);
    return outcome;
  };
  return {
    async listArticles() {
      return library.articleIndex.list();
    },
    async getArticle({ id }) {
      return library.articles.get(id);
    },
    async importFiles({ files }) {
      const decoded = [];
      const refused = new Map<number, unknown>();
      for (const [index, file] of files.entries()) {
        try {
          decoded.push({ index, file: { name: file.name, bytes: withinCap(file.data, file.name, maxBytes) } });
        } catch (error) {
          refused.set(index, error);
        }
      }
      const imported = await importArticles(intake, decoded.map((d) => d.file), options.read);
      const byIndex = new Map(decoded.map((d, i) => [d.index, imported[i]]));
      return files.map((file, index) => {
        const outcome = byIndex.get(index);
        if (outcome) return outcome;
        return { name: file.name, ok: false as const, error: describeError(refused.get(index)) };
      });
    },
    async importText({ text, html, name }) {
      const body = html ?? text;
      const label = name ?? (html ? 'Pasted page' : 'Pasted text');
      if (body.length > maxBytes) throw new AppError('too-large', 'That paste is larger than Briefwright imports at once.');
      return importOne({ name: `${label}${html ? '.html' : '.txt'}`, bytes: new TextEncoder().encode(body), via: { format: 'paste' } });
    },
    async importUrl({ url }) {
      try {
        const page = await fetchPage(url, { maxBytes: Math.min(maxBytes, MAX_FETCH_BYTES), timeoutMs: options.fetchTimeoutMs, allowFrom: options.allowFetchFrom });
        return await importOne({ name: page.name, bytes: page.bytes, via: { format: 'url', url: page.finalUrl } });
      } catch (error) {
        return { name: url, ok: false as const, error: describeError(error) };
      }
    },
    async updateArticle({ id, patch }) {
      const article = await library.articles.get(id);
      const origin = { ...article.origin };
      for (const key of Object.keys(patch)) origin[key] = 'analyst';
      const updated = { ...article, ...patch, origin };
      await library.articles.write(updated);
      return updated;
    },
    async deleteArticle({ id }) {
      const existed = await library.articles.has(id);
      await library.articles.remove(id);
      return { deleted: existed };
    },
    async listBriefings() {
      const briefings = await library.briefings.all();
      return briefings.map(summariseBriefing).sort((a, b) => b.date.localeCompare(a.date) || b.updatedAt.localeCompare(a.updatedAt));
    },
    async getBriefing({ id }) {
      return library.briefings.get(id);
    },
    async createBriefing({ title, date }) {
      const briefing = newBriefing({ title, date });
      await library.briefings.write(briefing);
      return briefing;
    },
    async saveBriefing({ briefing, baseUpdatedAt }) {
      return saveBriefingVersion(library, briefing, baseUpdatedAt);
    },
    async addWordTemplate({ name, data }) {
      return addWordTemplate(library, name, withinCap(data, name, MAX_WORD_TEMPLATE_BYTES));
    },
    async listWordTemplates() {
      return listWordTemplates(library);
    },
    async getUsage({ excludeBriefingId }) {
      const briefings = (await library.briefings.all()).filter((b) => b.id !== excludeBriefingId).sort((a, b) => b.date.localeCompare(a.date));
      const articles = new Map<string, { id: string; title: string; date: string }[]>();
      const passages = new Set<string>();
      for (const briefing of briefings) {
        for (const item of briefing.sections.flatMap((s) => s.items)) {
          if (!item.source) continue;
          passages.add(passageKey(item.source));
          let list = articles.get(item.source.articleId);
          if (!list) articles.set(item.source.articleId, (list = []));
          if (!list.some((b) => b.id === briefing.id)) list.push({ id: briefing.id, title: briefing.title, date: briefing.date });
        }
      }
      // fromEntries defines own properties, whatever the key.
      return { articles: Object.fromEntries(articles), passages: [...passages] };
    },
    async searchArticles({ query }) {
      return library.articleIndex.search(query);
    },
    async exportDocx(ref) {
      const briefing = await briefingOf(library, ref);
      return handedOver(docxFileName(briefing), await renderDocx(briefing, library));
    },
    ...templateHandlers(library),
    ...crossSourceHandlers(library),
    ...settingsHandlers(library),
    ...feedHandlers(library, { maxBytes, timeoutMs: options.fetchTimeoutMs, allowFrom: options.allowFetchFrom }),
    ...briefingLibraryHandlers(library),
    async exportBriefingBundle({ briefingId }) {
      const file = await exportBundle(library, briefingId);
      return handedOver(file.fileName, file.bytes);
    },
    async importBriefingBundle({ fileName, data }) {
      const bundle = parseBundle(fileName, withinCap(data, fileName, MAX_BUNDLE_BYTES));
      return importBundle(library, bundle);
    },
    async exportMarkdown(ref) {
      const file = markdownFile(await briefingOf(library, ref));
      return handedOver(file.fileName, file.bytes);
    },
    async renderEmail({ briefingId }) {
      return emailCopy(await library.briefings.get(briefingId));
    },
    async exportPdf(ref) {
      const briefing = await briefingOf(library, ref);
      return handedOver(pdfFileName(briefing), await renderPdf(briefing, library, options.pdf));
    },
  };
}
