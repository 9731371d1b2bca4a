import { analyse } from '../analysis/analyse';
import { settleLanguage } from '../ingest/language';
import { ingestFile } from '../ingest/ingest';
import type { Article } from '../model/article';
import type { ErrorCode } from '../model/errors';
import { AppError, describeError } from '../model/errors';

export interface IncomingFile {
  name: string;
  bytes: Uint8Array;
  /** Not a file but a paste or a fetched page: recorded as the article's source. */
  via?: { format: 'paste' | 'url'; url?: string };
}

/** One article of a multi-article file, read, or the coded reason it could not be. */
export type PartRead = { ok: true; article: Article } | { ok: false; error: { code: ErrorCode; message: string } };
/** A news-database export: the articles inside it, in order. */
export interface ExportRead {
  parts: PartRead[];
}
/** What one file gives: its article, or the articles of an export. */
export type FileRead = Article | ExportRead;

export const isExportRead = (read: FileRead): read is ExportRead => 'parts' in read && Array.isArray(read.parts);

function withSuggestions(article: Article): Article {
  const { language, detected } = settleLanguage(article.language, article.paragraphs);
  const origin = detected ? { ...article.origin, language: 'detected' } : article.origin;
  const { quotes, figures } = analyse({ ...article, language });
  return { ...article, language, origin, quotes, figures };
}

function asPasteOrPage(read: Article, file: IncomingFile): Article {
  if (!file.via) return read;
  return {
    ...read,
    url: read.url ?? file.via.url ?? null,
    origin: file.via.url && !read.url ? { ...read.origin, url: 'address' } : read.origin,
    source: { fileName: file.name, format: file.via.format },
  };
}

/**
 * Ingests and analyses one file: bytes → a clean Article with its suggestions, or, for a news-database
 * export, every article in it (each failing alone). `onPart` is told after each article of an export.
 * Throws an AppError for bad input.
 */
export async function readFileArticles(file: IncomingFile, options: { now?: Date; onPart?: (done: number) => void } = {}): Promise<FileRead> {
  const read = await ingestFile({ name: file.name, bytes: file.bytes, now: options.now ?? new Date() });
  if (read.article) return withSuggestions(asPasteOrPage(read.article, file));
  const parts: PartRead[] = [];
  for (const part of read.parts) {
    if (!part.ok) parts.push({ ok: false, error: describeError(part.error) });
    else {
      try {
        parts.push({ ok: true, article: withSuggestions(asPasteOrPage(part.article, file)) });
      } catch (error) {
        parts.push({ ok: false, error: describeError(error) });
      }
    }
    options.onPart?.(parts.length);
  }
  return { parts };
}

/** One file → one Article: an export gives its first readable article. Throws an AppError for bad input. */
export async function readArticle(file: IncomingFile, now = new Date()): Promise<Article> {
  const read = await readFileArticles(file, { now });
  if (!isExportRead(read)) return read;
  const first = read.parts.find((p) => p.ok);
  if (first?.ok) return first.article;
  const failed = read.parts.find((p) => !p.ok);
  throw failed && !failed.ok ? new AppError(failed.error.code, failed.error.message) : new AppError('no-text', 'No article was found in this export.');
}

export type ReadFile = (file: IncomingFile) => Promise<FileRead>;
