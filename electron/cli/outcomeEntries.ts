import type { ImportOutcome } from '../../shared/ipc/contract';
import type { ErrorCode } from '../../shared/model/errors';

/** One line of the command line's import report: an article, or a failure, of one file (and its place in a multi-article file). */
export type OutcomeEntry = { file: string; part?: number; ok: true; articleId: string } | { file: string; part?: number; ok: false; error: { code: ErrorCode; message: string } };

/** One entry per article: a single-article file gives one; a news-database export one per article found in it, with `part` (1 = first). */
export function outcomeEntries(file: string, outcome: ImportOutcome): OutcomeEntry[] {
  if (!outcome.parts) return [outcome.ok ? { file, ok: true, articleId: outcome.article.id } : { file, ok: false, error: outcome.error }];
  return outcome.parts.map((p) => (p.ok ? { file, part: p.part, ok: true, articleId: p.article.id } : { file, part: p.part, ok: false, error: p.error }));
}
