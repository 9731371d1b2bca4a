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

/**
 * Imports files into the library, one outcome per file in order. One bad file never stops the others;
 * an article already in the library (same content hash) is recognised and not stored twice.
 */
export async function importArticles(library: Library, files: IncomingFile[]): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  for (const file of files) {
    try {
      const article = await readArticle(file);
      const existing = await library.articles.read(article.id);
      if (!existing) await library.articles.write(article);
      outcomes.push({ name: file.name, ok: true, article: summariseArticle(existing ?? article), duplicate: Boolean(existing) });
    } catch (error) {
      outcomes.push({ name: file.name, ok: false, error: describeError(error) });
    }
  }
  return outcomes;
}
