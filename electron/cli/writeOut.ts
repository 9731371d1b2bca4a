import { AppError } from '../../shared/model/errors';
import { writeFileAtomic } from '../services/atomicWrite';

/** Writes an output file whole or not at all, saying in plain words why it could not be written. */
export async function writeOut(path: string, data: string | Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(path, data);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EBUSY' || code === 'EROFS') {
      throw new AppError('file-locked', `${path} could not be written: it is open in another program, read-only, or in a folder you cannot write to.`, { cause: error });
    }
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new AppError('not-found', `${path} could not be written: its folder does not exist.`, { cause: error });
    if (code === 'EISDIR') throw new AppError('invalid-input', `${path} is a folder; give a file name.`, { cause: error });
    throw error;
  }
}
