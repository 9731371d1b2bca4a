import { analyse } from '../../shared/analysis/analyse';
import { ingest } from '../../shared/ingest/ingest';
import type { Article } from '../../shared/model/article';
import { summariseArticle } from '../../shared/model/article';
import { describeError } from '../../shared/model/errors';
import type { ImportOutcome } from '../../shared/ipc/contract';
import type { ArticleIntake } from './articleIntake';

export interface IncomingFile {
  name: string;
  bytes: Uint8Array;
  /** Not a file but a paste or a fetched page: recorded as the article's source. */
  via?: { format: 'paste' | 'url'; url?: string };
}

/** Ingests and analyses one file. Throws an AppError for bad input. */
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

/**
 * Imports files into the library, one outcome per file in order. Files are read in parallel by `read`
 * (a worker pool in the app); one bad file never stops the others; an article already in the library
 * (same content hash) is recognised and not stored twice.
 */
export async function importArticles(intake: ArticleIntake, files: IncomingFile[], read: ReadFile = readArticle): Promise<ImportOutcome[]> {
  const reads = await Promise.allSettled(files.map((file) => read(file)));
  const outcomes: ImportOutcome[] = [];
  for (const [index, file] of files.entries()) {
    const settled = reads[index];
    try {
      if (settled.status === 'rejected') throw settled.reason;
      const { article, duplicate } = await intake.admit(settled.value);
      outcomes.push({ name: file.name, ok: true, article: summariseArticle(article), duplicate });
    } catch (error) {
      outcomes.push({ name: file.name, ok: false, error: describeError(error) });
    }
  }
  return outcomes;
}
