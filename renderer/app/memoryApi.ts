import type { AppApi, Handlers, ImportOutcome, Method, PartOutcome } from '../../shared/ipc/contract';
import { METHODS, passageKey } from '../../shared/ipc/contract';
import { dispatch } from '../../shared/ipc/dispatch';
import { ingest, ingestFile } from '../../shared/ingest/ingest';
import type { Article } from '../../shared/model/article';
import { summariseArticle } from '../../shared/model/article';
import { rankArticles, searchEntry } from '../../shared/model/articleSearch';
import type { Briefing } from '../../shared/model/briefing';
import { summariseBriefing } from '../../shared/model/briefing';
import { AppError, describeError } from '../../shared/model/errors';
import { briefingFromPrevious } from '../../shared/model/carryForward';
import { newId } from '../../shared/model/hash';
import { newBriefing, todayIso } from '../../shared/model/newBriefing';
import type { Template } from '../../shared/model/template';
import { briefingToHtml, briefingToText } from '../../shared/docx/emailCopy';
import { briefingToMarkdown } from '../../shared/docx/markdown';
import { readTemplate } from '../../shared/docx/template';
import { memoryTemplateHandlers } from '../features/templates/memoryTemplates';

/** The in-memory library behind a memory API, open for tests to look into. */
export type MemoryLibrary = {
  articles: Map<string, Article>;
  briefings: Map<string, Briefing>;
  /** Every call made, in order, with its input. */
  calls: { method: Method; input: unknown }[];
  /** Web pages importUrl can "fetch", by address (HTML). */
  pages: Map<string, string>;
  /** Briefings in the trash, with when they were deleted. */
  trash: Map<string, { briefing: Briefing; deletedAt: string }>;
  /** The analyst's own templates (the built-in ones are always there too). */
  templates: Map<string, Template>;
  /** The organisation Word templates added, by id, with their placeholders. */
  wordTemplates: Map<string, { id: string; fileName: string; placeholders: string[] }>;
};

/**
 * A whole core in memory for component tests: the real contract validation (dispatch) and the real
 * ingest, with maps instead of files. Export answers the briefing as JSON bytes, not a .docx.
 */
export function createMemoryApi(seed: { articles?: Article[]; briefings?: Briefing[] } = {}): AppApi & { library: MemoryLibrary } {
  const library: MemoryLibrary = {
    articles: new Map((seed.articles ?? []).map((a) => [a.id, a])),
    briefings: new Map((seed.briefings ?? []).map((b) => [b.id, b])),
    calls: [],
    pages: new Map(),
    trash: new Map(),
    templates: new Map(),
    wordTemplates: new Map(),
  };
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new AppError('not-found', `That ${what} is not in the library.`);
    return value;
  };
  const handlers: Partial<Handlers> = {
    listArticles: async () => [...library.articles.values()].map(summariseArticle),
    getArticle: async ({ id }) => need(library.articles.get(id), 'article'),
    importFiles: async ({ files }) =>
      Promise.all(
        files.map(async ({ name, data }): Promise<ImportOutcome> => {
          const admit = (article: Article) => {
            const duplicate = library.articles.has(article.id);
            if (!duplicate) library.articles.set(article.id, article);
            return { article: summariseArticle(library.articles.get(article.id) ?? article), duplicate };
          };
          try {
            const read = await ingestFile({ name, bytes: data });
            if (read.article) return { name, ok: true as const, ...admit(read.article) };
            const parts = read.parts.map((p, i): PartOutcome => (p.ok ? { part: i + 1, ok: true, ...admit(p.article) } : { part: i + 1, ok: false, error: describeError(p.error) }));
            const first = parts.find((p) => p.ok);
            if (first?.ok) return { name, ok: true as const, article: first.article, duplicate: parts.every((p) => !p.ok || p.duplicate), parts };
            return { name, ok: false as const, error: describeError(read.parts.find((p) => !p.ok)?.error), parts };
          } catch (error) {
            return { name, ok: false as const, error: describeError(error) };
          }
        }),
      ),
    importText: async ({ text, html, name }) => {
      try {
        const article = await ingest({ name: `${name ?? 'Pasted text'}${html ? '.html' : '.txt'}`, bytes: new TextEncoder().encode(html ?? text) });
        library.articles.set(article.id, article);
        return { name: name ?? 'Pasted text', ok: true as const, article: summariseArticle(article), duplicate: false };
      } catch (error) {
        return { name: name ?? 'Pasted text', ok: false as const, error: describeError(error) };
      }
    },
    importUrl: async ({ url }) => {
      try {
        const html = library.pages.get(url);
        if (html === undefined) throw new AppError('fetch-failed', `Briefwright could not reach ${url}.`);
        const article = { ...(await ingest({ name: 'page.html', bytes: new TextEncoder().encode(html) })), url };
        library.articles.set(article.id, article);
        return { name: url, ok: true as const, article: summariseArticle(article), duplicate: false };
      } catch (error) {
        return { name: url, ok: false as const, error: describeError(error) };
      }
    },
    searchArticles: async ({ query }) => rankArticles([...library.articles.values()].map(searchEntry), query),
    updateArticle: async ({ id, patch }) => {
      const article = need(library.articles.get(id), 'article');
      const updated = { ...article, ...patch, origin: { ...article.origin, ...Object.fromEntries(Object.keys(patch).map((k) => [k, 'analyst'])) } };
      library.articles.set(id, updated);
      return updated;
    },
    deleteArticle: async ({ id }) => ({ deleted: library.articles.delete(id) }),
    listBriefings: async () => [...library.briefings.values()].map(summariseBriefing),
    getBriefing: async ({ id }) => need(library.briefings.get(id), 'briefing'),
    createBriefing: async (input) => {
      const briefing = newBriefing(input);
      library.briefings.set(briefing.id, briefing);
      return briefing;
    },
    saveBriefing: async ({ briefing }) => {
      library.briefings.set(briefing.id, briefing);
      return summariseBriefing(briefing);
    },
    getUsage: async ({ excludeBriefingId }) => {
      const usage: { articles: Record<string, { id: string; title: string; date: string }[]>; passages: string[] } = { articles: {}, passages: [] };
      const others = [...library.briefings.values()].filter((b) => b.id !== excludeBriefingId).sort((a, b) => b.date.localeCompare(a.date));
      for (const { id, title, date, sections } of others) {
        for (const source of sections.flatMap((s) => s.items.map((i) => i.source))) {
          if (!source) continue;
          usage.passages.push(passageKey(source));
          const users = (usage.articles[source.articleId] ??= []);
          if (!users.some((u) => u.id === id)) users.push({ id, title, date });
        }
      }
      return usage;
    },
    exportDocx: async (ref) => {
      const briefing = 'briefing' in ref ? ref.briefing : need(library.briefings.get(ref.briefingId), 'briefing');
      const data = new TextEncoder().encode(JSON.stringify(briefing));
      return { fileName: `${briefing.title}.docx`, data, savedPath: null, canceled: false };
    },
    duplicateBriefing: async ({ id }) => {
      const original = need(library.briefings.get(id), 'briefing');
      const copy = { ...original, id: newId('brf'), title: `${original.title} (copy)` };
      library.briefings.set(copy.id, copy);
      return copy;
    },
    deleteBriefing: async ({ id }) => {
      const briefing = library.briefings.get(id);
      if (!briefing) return { deleted: false };
      library.briefings.delete(id);
      library.trash.set(id, { briefing, deletedAt: new Date().toISOString() });
      return { deleted: true };
    },
    listTrash: async () => [...library.trash.values()].reverse().map(({ briefing, deletedAt }) => ({ ...summariseBriefing(briefing), deletedAt })),
    restoreBriefing: async ({ id }) => {
      const { briefing } = need(library.trash.get(id), 'briefing');
      library.trash.delete(id);
      library.briefings.set(id, briefing);
      return summariseBriefing(briefing);
    },
    emptyTrash: async () => {
      const removed = library.trash.size;
      library.trash.clear();
      return { removed };
    },
    createBriefingFromPrevious: async ({ carryItemIds }) => {
      const previous = [...library.briefings.values()].sort((a, b) => b.date.localeCompare(a.date) || b.updatedAt.localeCompare(a.updatedAt))[0];
      if (!previous) throw new AppError('not-found', 'There is no earlier briefing to start from. Create a new briefing instead.');
      const now = new Date();
      const briefing = briefingFromPrevious(previous, { date: todayIso(now), now, carryItemIds });
      library.briefings.set(briefing.id, briefing);
      return briefing;
    },
    ...memoryTemplateHandlers(library.templates, library.briefings),
    addWordTemplate: async ({ name, data }) => {
      const info = { id: newId('wt'), fileName: name, placeholders: readTemplate(data).placeholders };
      library.wordTemplates.set(info.id, info);
      return info;
    },
    listWordTemplates: async () => [...library.wordTemplates.values()],
    exportMarkdown: async (ref) => {
      const briefing = 'briefing' in ref ? ref.briefing : need(library.briefings.get(ref.briefingId), 'briefing');
      const data = new TextEncoder().encode(briefingToMarkdown(briefing, briefing.exportOptions));
      return { fileName: `${briefing.title}.md`, data, savedPath: null, canceled: false };
    },
    renderEmail: async ({ briefingId }) => {
      const briefing = need(library.briefings.get(briefingId), 'briefing');
      return { html: briefingToHtml(briefing, briefing.exportOptions), text: briefingToText(briefing, briefing.exportOptions) };
    },
  };
  // Methods this memory core does not model answer as the real core would when it cannot help.
  const missing = async () => {
    throw new AppError('internal', 'The in-memory test core does not implement this method.');
  };
  const complete = Object.fromEntries(METHODS.map((m) => [m, handlers[m] ?? missing])) as Handlers;
  const api = { library } as AppApi & { library: MemoryLibrary };
  for (const method of METHODS) {
    (api as unknown as Record<Method, (input: unknown) => Promise<unknown>>)[method] = async (input: unknown) => {
      library.calls.push({ method, input });
      return dispatch(complete, method, input);
    };
  }
  return api;
}
