import { ARTICLE_SCHEMA_VERSION } from '../model/article';
import type { Article, SourceFormat } from '../model/article';
import { AppError, isAppError } from '../model/errors';
import { MAX_IMPORT_BYTES } from '../model/limits';
import { articleIdOf } from './articleId';
import { settleByline } from './byline';
import { decodeText } from './decodeText';
import { detectFormat, looksEml, looksHtml } from './detectFormat';
import type { FileFormat } from './detectFormat';
import type { Draft } from './draft';
import { readDocx } from './readDocx';
import { readHtml } from './readHtml';
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
  return {
    schemaVersion: ARTICLE_SCHEMA_VERSION,
    id: await articleIdOf(draft.paragraphs),
    title: draft.title,
    byline: draft.byline,
    bylineRole: draft.bylineRole,
    publication: draft.publication,
    published: draft.published,
    url: draft.url,
    language: draft.language,
    paragraphs: draft.paragraphs,
    source,
    origin: draft.origin,
    importedAt: now.toISOString(),
    quotes: [],
    figures: [],
  };
}

async function readByFormat(format: FileFormat, bytes: Uint8Array, maxBytes: number): Promise<{ draft: Draft; format: FileFormat }> {
  if (format === 'docx') return { draft: await readDocx(bytes, { maxUnpacked: maxBytes * 4 }), format };
  if (format === 'pdf') return { draft: await readPdf(bytes), format };
  const { text } = decodeText(bytes, format === 'html' ? declaredCharset(bytes) : null);
  assertNotBlank(text);
  if (format === 'eml' || looksEml(text)) return { draft: readEml(text), format: 'eml' };
  if (format === 'html' || looksHtml(text)) return { draft: readHtml(text), format: 'html' };
  return { draft: readText(text, { markdown: format === 'md' }), format };
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

/** A dropped file → a clean Article (no suggestions yet). Throws AppError with a stable code. */
export async function ingest(input: IngestInput): Promise<Article> {
  const { name, bytes } = input;
  const max = input.maxBytes ?? MAX_IMPORT_BYTES;
  if (bytes.length > max) {
    throw new AppError('too-large', `This file is ${mb(bytes.length)}, more than the ${mb(max)} Briefwright imports at once. Import a smaller copy, or split it.`);
  }
  if (bytes.length === 0) throw new AppError('empty', 'This file is empty: there is no text in it.');
  const detected = detectFormat(name, bytes);
  const { draft, format } = await guarded(() => readByFormat(detected, bytes, max));
  return toArticle(draft, { fileName: name, format }, input.now);
}
