import { analyse } from '../analysis/analyse';
import { ingest } from '../ingest/ingest';
import type { Article } from '../model/article';

export interface IncomingFile {
  name: string;
  bytes: Uint8Array;
  /** Not a file but a paste or a fetched page: recorded as the article's source. */
  via?: { format: 'paste' | 'url'; url?: string };
}

/** Ingests and analyses one file: bytes → a clean Article with its suggestions. Throws an AppError for bad input. */
export async function readArticle(file: IncomingFile, now = new Date()): Promise<Article> {
  const read = await ingest({ name: file.name, bytes: file.bytes, now });
  const article = file.via
    ? {
        ...read,
        url: read.url ?? file.via.url ?? null,
        origin: file.via.url && !read.url ? { ...read.origin, url: 'address' } : read.origin,
        source: { fileName: file.name, format: file.via.format },
      }
    : read;
  const { quotes, figures } = analyse(article);
  return { ...article, quotes, figures };
}

export type ReadFile = (file: IncomingFile) => Promise<Article>;
