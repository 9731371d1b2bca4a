import { ARTICLE_SCHEMA_VERSION, MADE_UP_TITLE } from '../model/article';
import type { Article, SourceFormat } from '../model/article';
import { AppError, isAppError } from '../model/errors';
import { FIELD_LIMITS, safeField, withoutDirectionControls } from '../model/safeText';
import { MAX_IMPORT_BYTES } from '../model/limits';
import { articleIdOf } from './articleId';
import { settleByline } from './byline';
import { offer } from './draft';
import { madeUpTitle } from './madeUpTitle';
import { decodeText } from './decodeText';
import { detectFormat, looksEml, looksHtml } from './detectFormat';
import type { FileFormat } from './detectFormat';
import type { Draft } from './draft';
import { docxDocument, draftFromDocx } from './readDocx';
import { parseDocument, readHtml } from './readHtml';
import { htmlParagraphs } from './htmlParagraphs';
import { rtfBlocks } from './readRtf';
import type { ExportLink, ExportSplit } from './splitExport';
import { splitExport } from './splitExport';
import { looksMhtml, mhtmlPage, zipArticles } from './readSavedPage';
import { readEml } from './readEml';
import { readPdf } from './readPdf';
import { readText } from './readText';

export interface IngestInput {
  name: string;
  bytes: Uint8Array;
  now?: Date;
  /** The size cap in bytes; 50 MB by default. */
  maxBytes?: number;
}

const mb = (n: number) => `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`;

/** Reads the declared charset of an HTML page from its first bytes (only used when the bytes are not UTF-8). */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] ?? null;
}

/** Throws `empty` when a text has nothing but whitespace in it. */
function assertNotBlank(text: string): void {
  if (!/[^\s\u00a0\ufeff\u200b]/.test(text)) throw new AppError('empty', 'This file is empty: there is no text in it.');
}

/** Turns what a reader found into an Article: id from the body text, timestamps, provenance. */
export async function toArticle(draft: Draft, source: { fileName: string; format: SourceFormat }, now: Date = new Date()): Promise<Article> {
  if (draft.paragraphs.length === 0) {
    throw new AppError('no-text', 'No article text was found in this file.');
  }
  settleByline(draft);
  if (!draft.title) offer(draft, 'title', madeUpTitle(draft.paragraphs), MADE_UP_TITLE);
  // Direction controls could reverse a quote on screen and in Word: the text is kept without them, and before
  // the id is taken, so the same words give the same article with or without them.
  const paragraphs = draft.paragraphs.map(withoutDirectionControls).filter((p) => p.trim().length > 0);
  if (paragraphs.length === 0) throw new AppError('no-text', 'No article text was found in this file.');
  return {
    schemaVersion: ARTICLE_SCHEMA_VERSION,
    id: await articleIdOf(paragraphs),
    title: safeField(draft.title, FIELD_LIMITS.title),
    byline: safeField(draft.byline, FIELD_LIMITS.byline),
    bylineRole: safeField(draft.bylineRole, FIELD_LIMITS.bylineRole),
    publication: safeField(draft.publication, FIELD_LIMITS.publication),
    published: draft.published,
    url: safeField(draft.url, FIELD_LIMITS.url),
    language: safeField(draft.language, FIELD_LIMITS.language),
    paragraphs,
    source: { ...source, fileName: safeField(source.fileName, FIELD_LIMITS.fileName) },
    origin: draft.origin,
    importedAt: now.toISOString(),
    ...(draft.copyright ? { copyright: safeField(draft.copyright, FIELD_LIMITS.copyright) } : {}),
    ...(draft.documentId ? { documentId: safeField(draft.documentId, FIELD_LIMITS.documentId) } : {}),
    quotes: [],
    figures: [],
  };
}

/** What a reader gives: one article's draft, or the articles of a news-database export. */
type Read = { draft: Draft; format: FileFormat; split?: undefined } | { split: ExportSplit; format: FileFormat; draft?: undefined };

/** Cheap signs in a page's source that it may be a news-database export (so most pages are parsed once). */
const EXPORT_HINT = /End of Document|\d+ of \d+ DOCUMENTS|>\s*(?:HD|AN)\s*</i;

/** Text blocks and links of an HTML document, for the export splitter. */
function htmlBlocks(doc: Document): { blocks: string[]; links: ExportLink[] } {
  const body = doc.querySelector('body');
  const links = Array.from(doc.querySelectorAll('a[href]'), (a) => ({ text: a.textContent ?? '', href: a.getAttribute('href') ?? '' }));
  return { blocks: body ? htmlParagraphs(body) : [], links };
}

const splitOf = (blocks: string[], links: ExportLink[], format: FileFormat): Read | null => {
  const split = splitExport(blocks, links);
  return split ? { split, format } : null;
};

async function readByFormat(format: FileFormat, bytes: Uint8Array, maxBytes: number): Promise<Read> {
  if (format === 'docx') {
    const doc = await docxDocument(bytes, { maxUnpacked: maxBytes * 4 });
    const { blocks, links } = htmlBlocks(doc);
    return splitOf(blocks, links, format) ?? { draft: draftFromDocx(doc), format };
  }
  if (format === 'rtf') {
    const { blocks, links } = await rtfBlocks(bytes);
    if (blocks.length === 0) throw new AppError('empty', 'This file is empty: there is no text in it.');
    return splitOf(blocks, links, format) ?? { draft: readText(blocks.join('\n\n')), format };
  }
  if (format === 'pdf') return { draft: await readPdf(bytes), format };
  const { text } = decodeText(bytes, format === 'html' ? declaredCharset(bytes) : null);
  assertNotBlank(text);
  if (format === 'mhtml' || looksMhtml(text)) {
    const { html, url } = mhtmlPage(text);
    const draft = readHtml(html, { url });
    if (url && !draft.url) {
      draft.url = url;
      draft.origin.url = 'saved-page';
    }
    return { draft, format: 'mhtml' };
  }
  if (format === 'eml' || looksEml(text)) return { draft: readEml(text), format: 'eml' };
  if (format === 'html' || looksHtml(text)) {
    if (EXPORT_HINT.test(text)) {
      const { blocks, links } = htmlBlocks(parseDocument(text));
      const split = splitOf(blocks, links, 'html');
      if (split) return split;
    }
    return { draft: readHtml(text), format: 'html' };
  }
  return splitOf(text.split(/\r?\n/), [], format) ?? { draft: readText(text, { markdown: format === 'md' }), format };
}

const unreadable = (error: unknown) =>
  isAppError(error)
    ? error
    : new AppError('corrupt', 'This file could not be read — it may be damaged. Open it in the program that made it and save it again.', { cause: error });

/** Runs a reader; anything it throws that is not already an AppError means the file could not be read. */
async function guarded<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    throw unreadable(error);
  }
}

/** One article read from a file, or the coded reason it could not be. */
export type IngestedPart = { ok: true; article: Article } | { ok: false; error: AppError };
/** A file → its article, or (a news-database export) the articles in it, in order, each read or failed alone. */
export type Ingested = { article: Article; parts?: undefined } | { parts: IngestedPart[]; exportStyle: ExportSplit['style'] | 'zip'; article?: undefined };

function checkSize(bytes: Uint8Array, max: number): void {
  if (bytes.length > max) {
    throw new AppError('too-large', `This file is ${mb(bytes.length)}, more than the ${mb(max)} Briefwright imports at once. Import a smaller copy, or split it.`);
  }
  if (bytes.length === 0) throw new AppError('empty', 'This file is empty: there is no text in it.');
}

/** A dropped file → its clean Article, or the Articles of a news-database export (no suggestions yet). Throws AppError with a stable code. */
export async function ingestFile(input: IngestInput): Promise<Ingested> {
  const { name, bytes } = input;
  checkSize(bytes, input.maxBytes ?? MAX_IMPORT_BYTES);
  const detected = detectFormat(name, bytes);
  if (detected === 'zip') return ingestZip(input);
  const read = await guarded(() => readByFormat(detected, bytes, input.maxBytes ?? MAX_IMPORT_BYTES));
  const source = { fileName: name, format: read.format };
  if (!read.split) return { article: await toArticle(read.draft, source, input.now) };
  const parts: IngestedPart[] = [];
  for (const part of read.split.parts) {
    if (!part.ok) parts.push(part);
    else {
      try {
        parts.push({ ok: true, article: await toArticle(part.draft, source, input.now) });
      } catch (error) {
        parts.push({ ok: false, error: unreadable(error) });
      }
    }
  }
  if (parts.length === 0) throw new AppError('no-text', 'No article was found in this export.');
  return { parts, exportStyle: read.split.style };
}

/** A .zip of articles: every file in it read as if dropped alone (an export in it gives all its articles), each failing alone. */
async function ingestZip(input: IngestInput): Promise<Ingested> {
  const max = input.maxBytes ?? MAX_IMPORT_BYTES;
  const files = await guarded(async () => zipArticles(input.bytes, max * 4));
  if (files.length === 0) throw new AppError('no-text', 'This .zip holds no files to import.');
  const parts: IngestedPart[] = [];
  for (const file of files) {
    try {
      if (file.nested) throw new AppError('unsupported-format', `"${file.name}" is an archive inside the archive: Briefwright does not open those. Unpack it and import its files.`);
      const read = await ingestFile({ ...input, name: file.name, bytes: await guarded(async () => file.read()) });
      if (read.article) parts.push({ ok: true, article: { ...read.article, source: { fileName: `${input.name}/${file.name}`, format: read.article.source.format } } });
      else parts.push(...read.parts);
    } catch (error) {
      parts.push({ ok: false, error: unreadable(error) });
    }
  }
  return { parts, exportStyle: 'zip' };
}

/** A dropped file → one clean Article (no suggestions yet); an export gives its first readable article. Throws AppError with a stable code. */
export async function ingest(input: IngestInput): Promise<Article> {
  const read = await ingestFile(input);
  if (read.article) return read.article;
  const first = read.parts.find((p) => p.ok);
  if (first?.ok) return first.article;
  throw read.parts[0].ok ? new AppError('no-text', 'No article was found in this export.') : read.parts[0].error;
}
