import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError } from '../../shared/model/errors';
import { megabytes } from '../../shared/model/limits';

/** Reads a file from disk, refusing a missing one, a folder, or an over-large one before reading it. */
export async function readCapped(path: string, maxBytes: number): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new AppError('not-found', `There is no file at ${path}.`);
  }
  if (!info.isFile()) throw new AppError('unsupported-format', `${path} is a folder, not a file.`);
  if (info.size > maxBytes) throw new AppError('too-large', `“${basename(path)}” is larger than ${megabytes(maxBytes)}, the most Briefwright opens at once.`);
  const handle = await open(path, 'r');
  try {
    return new Uint8Array(await handle.readFile());
  } finally {
    await handle.close();
  }
}
