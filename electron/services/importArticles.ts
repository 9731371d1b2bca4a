import { analyse } from '../../shared/analysis/analyse';
import { ingest } from '../../shared/ingest/ingest';
import type { Article } from '../../shared/model/article';
import { summariseArticle } from '../../shared/model/article';
import { describeError } from '../../shared/model/errors';
import type { ImportOutcome } from '../../shared/ipc/contract';
import type { Library } from './library';

export interface IncomingFile {
  name: string;
  bytes: Uint8Array;
}

/** Ingests and analyses one file. Throws an AppError for bad input. */
export async function readArticle(file: IncomingFile, now = new Date()): Promise<Article> {
  const article = await ingest({ name: file.name, bytes: file.bytes, now });
  const { quotes, figures } = analyse(article);
  return { ...article, quotes, figures };
}

export type ReadFile = (file: IncomingFile) => Promise<Article>;

/**
 * Imports files into the library, one outcome per file in order. Files are read in parallel by `read`
 * (a worker pool in the app); one bad file never stops the others; an article already in the library
 * (same content hash) is recognised and not stored twice.
 */
export async function importArticles(library: Library, files: IncomingFile[], read: ReadFile = readArticle): Promise<ImportOutcome[]> {
  const reads = await Promise.allSettled(files.map((file) => read(file)));
  const outcomes: ImportOutcome[] = [];
  for (const [index, file] of files.entries()) {
    const settled = reads[index];
    try {
      if (settled.status === 'rejected') throw settled.reason;
      const article = settled.value;
      const existing = await library.articles.read(article.id);
      if (!existing) await library.articles.write(article);
      outcomes.push({ name: file.name, ok: true, article: summariseArticle(existing ?? article), duplicate: Boolean(existing) });
    } catch (error) {
      outcomes.push({ name: file.name, ok: false, error: describeError(error) });
    }
  }
  return outcomes;
}
