import type { FileRead, IncomingFile, PartRead, ReadFile } from '../../shared/pipeline/readArticle';
import { isExportRead, readFileArticles } from '../../shared/pipeline/readArticle';
import { summariseArticle } from '../../shared/model/article';
import { describeError } from '../../shared/model/errors';
import type { ImportOutcome, PartOutcome } from '../../shared/ipc/contract';
import type { ArticleIntake } from './articleIntake';

/** The articles of a multi-article file admitted one by one: each stored, recognised or failed alone. */
async function admitParts(intake: ArticleIntake, name: string, parts: PartRead[]): Promise<ImportOutcome> {
  const outcomes: PartOutcome[] = [];
  for (const [index, read] of parts.entries()) {
    const part = index + 1;
    if (!read.ok) {
      outcomes.push({ part, ok: false, error: read.error });
      continue;
    }
    try {
      const { article, duplicate } = await intake.admit(read.article, { batch: true });
      outcomes.push({ part, ok: true, article: summariseArticle(article), duplicate });
    } catch (error) {
      outcomes.push({ part, ok: false, error: describeError(error) });
    }
  }
  const first = outcomes.find((o) => o.ok);
  if (first?.ok) return { name, ok: true, article: first.article, duplicate: outcomes.every((o) => !o.ok || o.duplicate), parts: outcomes };
  const failed = outcomes.find((o) => !o.ok);
  const error = failed && !failed.ok ? failed.error : { code: 'no-text' as const, message: 'No article was found in this export.' };
  return { name, ok: false, error: { code: error.code, message: `None of the ${outcomes.length} articles in this file could be imported. ${error.message}` }, parts: outcomes };
}

/**
 * Imports files into the library, one outcome per file in order. Files are read in parallel by `read`
 * (a worker pool in the app); one bad file never stops the others; an article already in the library
 * (same content hash, or the same news-database document id) is recognised and not stored twice.
 * A news-database export gives one outcome with every article found in it (`parts`).
 */
export async function importArticles(intake: ArticleIntake, files: IncomingFile[], read: ReadFile = readFileArticles): Promise<ImportOutcome[]> {
  const reads = await Promise.allSettled(files.map((file) => read(file)));
  const outcomes: ImportOutcome[] = [];
  for (const [index, file] of files.entries()) {
    const settled = reads[index];
    try {
      if (settled.status === 'rejected') throw settled.reason;
      const value: FileRead = settled.value;
      if (isExportRead(value)) {
        outcomes.push(await admitParts(intake, file.name, value.parts));
        continue;
      }
      const { article, duplicate } = await intake.admit(value, { batch: true });
      outcomes.push({ name: file.name, ok: true, article: summariseArticle(article), duplicate });
    } catch (error) {
      outcomes.push({ name: file.name, ok: false, error: describeError(error) });
    }
  }
  // One write barrier for the whole batch (each file was already fsynced before its rename).
  if (outcomes.some((o) => o.ok)) await intake.endBatch();
  return outcomes;
}
