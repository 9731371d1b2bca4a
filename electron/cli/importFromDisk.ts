import { basename } from 'node:path';
import type { Article } from '../../shared/model/article';
import type { ErrorCode } from '../../shared/model/errors';
import { describeError } from '../../shared/model/errors';
import { MAX_IMPORT_BYTES } from '../../shared/model/limits';
import { ArticleIntake } from '../services/articleIntake';
import type { Library } from '../services/library';
import { ReaderPool } from '../services/readerPool';
import { readCapped } from '../services/readCapped';

export type ImportEntry = { file: string; ok: true; article: Article } | { file: string; ok: false; error: { code: ErrorCode; message: string } };

/**
 * Imports files from disk into the library, as the app does: read in parallel on worker threads, then
 * admitted one by one (the same article twice is stored once). One entry per file, in order; one bad file stops nothing.
 */
export async function importFromDisk(files: string[], library: Library): Promise<ImportEntry[]> {
  const intake = new ArticleIntake(library);
  const pool = new ReaderPool();
  const entries: ImportEntry[] = [];
  try {
    const reads = await Promise.allSettled(files.map(async (file) => pool.read({ name: basename(file), bytes: await readCapped(file, MAX_IMPORT_BYTES) })));
    for (const [index, file] of files.entries()) {
      try {
        const settled = reads[index];
        if (settled.status === 'rejected') throw settled.reason;
        const { article } = await intake.admit(settled.value);
        entries.push({ file, ok: true, article });
      } catch (error) {
        entries.push({ file, ok: false, error: describeError(error) });
      }
    }
  } finally {
    await pool.close();
    await intake.flush();
  }
  return entries;
}
