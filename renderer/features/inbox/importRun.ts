import type { ImportOutcome } from '../../../shared/ipc/contract';
import { plural } from '../../ui/format';
import type { ErrorCode } from '../../../shared/model/errors';
import type { ArticleSummary } from '../../../shared/model/article';

/** Where one file, paste or address stands in an import. */
export type ImportStatusKind = 'queued' | 'importing' | 'imported' | 'duplicate' | 'failed' | 'canceled';

export type ImportEntry = {
  /** Its place in the run's list. */
  key: number;
  name: string;
  status: ImportStatusKind;
  code?: ErrorCode;
  message?: string;
  articleId?: string;
  /** A multi-article file (a news-database export): how many articles were found in it, and how many of them could not be imported. */
  articles?: number;
  failedArticles?: number;
};

/** One import as the Inbox shows it: every file with its status, and how many are done. */
export type ImportRun = {
  entries: ImportEntry[];
  done: number;
  running: boolean;
  canceled: boolean;
  /** The per-file list is shown (it can be folded away). */
  expanded: boolean;
};

/** What came in, to be handed to the core: files in batches, a paste or an address one by one. */
export type ImportSource =
  | { kind: 'file'; file: File }
  | { kind: 'text'; text: string; html?: string; name?: string }
  | { kind: 'url'; url: string };

export function isFinal(status: ImportStatusKind): boolean {
  return status !== 'queued' && status !== 'importing';
}

/** The entries changed by one step of the import: a new list with only those entries replaced. */
export function patchEntries(run: ImportRun, changes: ReadonlyMap<number, Partial<ImportEntry>>): ImportRun {
  if (changes.size === 0) return run;
  const entries = run.entries.slice();
  let done = run.done;
  for (const [key, change] of changes) {
    const before = entries[key];
    const after = { ...before, ...change };
    if (!isFinal(before.status) && isFinal(after.status)) done++;
    entries[key] = after;
  }
  return { ...run, entries, done };
}

/** An entry's new state from the core's answer for it. */
export function fromOutcome(outcome: ImportOutcome): Partial<ImportEntry> {
  const parts = outcome.parts ? { articles: outcome.parts.length, failedArticles: outcome.parts.filter((p) => !p.ok).length } : {};
  if (outcome.ok) {
    const failed = outcome.parts?.find((p) => !p.ok);
    const partNote = failed && !failed.ok ? { code: failed.error.code, message: `Article ${failed.part}: ${failed.error.message}` } : {};
    return { status: outcome.duplicate ? 'duplicate' : 'imported', articleId: outcome.article.id, ...parts, ...partNote };
  }
  return { status: 'failed', code: outcome.error.code, message: outcome.error.message, ...parts };
}

/** Every article an outcome brought: one, or each one imported from a multi-article file. */
export function outcomeArticles(outcome: ImportOutcome): ArticleSummary[] {
  if (outcome.parts) return outcome.parts.flatMap((p) => (p.ok ? [p.article] : []));
  return outcome.ok ? [outcome.article] : [];
}

/** "37 articles from exports.rtf", "36 of 37 articles from exports.rtf (1 could not be read)": a multi-article file's line. */
export function partsText(entry: ImportEntry): string | null {
  if (entry.articles === undefined) return null;
  const failed = entry.failedArticles ?? 0;
  const got = entry.articles - failed;
  const noun = entry.articles === 1 ? 'article' : 'articles';
  if (failed === 0) return `${entry.articles} ${noun} from ${entry.name}`;
  return `${got} of ${entry.articles} ${noun} from ${entry.name} (${failed} could not be read)`;
}

export function countByStatus(entries: readonly ImportEntry[]): Record<ImportStatusKind, number> {
  const counts: Record<ImportStatusKind, number> = { queued: 0, importing: 0, imported: 0, duplicate: 0, failed: 0, canceled: 0 };
  for (const entry of entries) counts[entry.status]++;
  return counts;
}

/**
 * The sentence that closes an import: "Imported 3 articles; 2 files could not be imported.", or, when some were
 * there before, "Imported 2 new articles; 3 were already in the library." and "All 5 articles were already in the library."
 */
export function importSummary(entries: readonly ImportEntry[]): string {
  const counts = countByStatus(entries);
  const parts: string[] = [];
  if (counts.imported > 0) parts.push(`Imported ${plural(counts.imported, counts.duplicate > 0 ? 'new article' : 'article', counts.duplicate > 0 ? 'new articles' : 'articles')}`);
  if (counts.duplicate > 0) {
    if (counts.imported > 0) parts.push(`${plural(counts.duplicate, 'was', 'were')} already in the library`);
    else if (counts.duplicate === 1) parts.push('The article was already in the library');
    else parts.push(`${counts.failed + counts.canceled > 0 ? '' : 'All '}${plural(counts.duplicate, 'article', 'articles')} were already in the library`);
  }
  if (counts.failed > 0) parts.push(`${plural(counts.failed, 'file', 'files')} could not be imported`);
  if (counts.canceled > 0) parts.push(`${plural(counts.canceled, 'file was', 'files were')} not imported because the import was canceled`);
  if (parts.length === 0) return 'Nothing was imported.';
  return `${parts.join('; ')}.`;
}
