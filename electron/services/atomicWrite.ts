import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../shared/model/errors';

/** Turns the file system's refusals into what the analyst can do about them. */
export function explainWriteError(error: unknown, target: string): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const name = basename(target);
  if (code === 'EBUSY' || code === 'ETXTBSY' || code === 'EPERM' || code === 'EACCES' || code === 'EROFS') {
    return new AppError('file-locked', `Briefwright could not write "${name}": it is open in another program, read-only, or in a folder you cannot write to. Close it or choose another place.`, { cause: error });
  }
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new AppError('disk-full', `There is no room left on the disk to write "${name}". Free some space and try again.`, { cause: error });
  }
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new AppError('not-found', `The folder for "${name}" does not exist any more. Choose another place.`, { cause: error });
  }
  if (code === 'EISDIR') return new AppError('invalid-input', `"${target}" is a folder; give a file name.`, { cause: error });
  return error;
}

export interface AtomicWriteOptions {
  /**
   * Whether to fsync the folder after the rename (default true). A batch of writes to one folder passes false
   * and calls `syncFolder` once at the end: one write barrier for the batch, not one per file.
   */
  syncFolder?: boolean;
}

/**
 * Writes a file so that a reader (or a crash) only ever sees the old whole file or the new whole file:
 * a temporary file beside the target, fsync, rename over the target, then fsync the folder.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  try {
    await writeWhole(target, data, options.syncFolder ?? true);
  } catch (error) {
    throw explainWriteError(error, target);
  }
}

async function writeWhole(target: string, data: string | Uint8Array, folder: boolean): Promise<void> {
  const dir = dirname(target);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'w', 0o600);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  if (folder) await syncFolder(dir);
}

/** Makes the renames into a folder durable. */
export async function syncFolder(dir: string): Promise<void> {
  // Makes the rename itself durable. Not every platform lets a folder be opened for fsync (Windows): best effort.
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    /* the data is already on disk; only the folder entry's durability is platform-dependent */
  }
}
