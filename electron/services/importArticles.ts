import type { IncomingFile, ReadFile } from '../../shared/pipeline/readArticle';
import { readArticle } from '../../shared/pipeline/readArticle';
import { summariseArticle } from '../../shared/model/article';
import { describeError } from '../../shared/model/errors';
import type { ImportOutcome } from '../../shared/ipc/contract';
import type { ArticleIntake } from './articleIntake';

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
