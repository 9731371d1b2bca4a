import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Article } from '../../shared/model/article';
import type { ErrorCode } from '../../shared/model/errors';
import { AppError, describeError } from '../../shared/model/errors';
import { ArticleIntake } from '../services/articleIntake';
import { DEFAULT_MAX_IMPORT_BYTES } from '../services/createServices';
import type { Library } from '../services/library';
import { ReaderPool } from '../services/readerPool';

export type ImportEntry = { file: string; ok: true; article: Article } | { file: string; ok: false; error: { code: ErrorCode; message: string } };

/** Reads a file from disk, refusing an over-large one before reading it. */
export async function readInputFile(path: string, maxBytes = DEFAULT_MAX_IMPORT_BYTES): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new AppError('not-found', `There is no file at ${path}.`);
  }
  if (!info.isFile()) throw new AppError('unsupported-format', `${path} is a folder, not a file.`);
  if (info.size > maxBytes) throw new AppError('too-large', `${basename(path)} is larger than ${Math.round(maxBytes / 1e6)} MB, the most Briefwright imports at once.`);
  const handle = await open(path, 'r');
  try {
    return new Uint8Array(await handle.readFile());
  } finally {
    await handle.close();
  }
}

/**
 * Imports files from disk into the library, as the app does: read in parallel on worker threads, then
 * admitted one by one (the same article twice is stored once). One entry per file, in order; one bad file stops nothing.
 */
export async function importFromDisk(files: string[], library: Library): Promise<ImportEntry[]> {
  const intake = new ArticleIntake(library);
  const pool = new ReaderPool();
  const entries: ImportEntry[] = [];
  try {
    const reads = await Promise.allSettled(files.map(async (file) => pool.read({ name: basename(file), bytes: await readInputFile(file) })));
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
