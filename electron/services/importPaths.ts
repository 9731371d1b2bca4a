import { basename } from 'node:path';
import type { FilePayload, ImportOutcome } from '../../shared/ipc/contract';
import { describeError } from '../../shared/model/errors';
import { MAX_IMPORT_BYTES } from '../../shared/model/limits';
import { readCapped } from './readCapped';

/** Files per `importFiles` call: a folder's worth of PDFs never sits in memory at once. */
const BATCH = 10;

/**
 * Article files on disk → the contract's `importFiles`, a handful at a time: one outcome per path, in
 * order, named by the file's name. A file that cannot be read fails alone, without being sent.
 */
export async function importPaths(paths: readonly string[], importFiles: (files: FilePayload[]) => Promise<ImportOutcome[]>): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  for (let i = 0; i < paths.length; i += BATCH) {
    const batch = await Promise.all(
      paths.slice(i, i + BATCH).map(async (path) => {
        const name = basename(path);
        try {
          return { name, data: await readCapped(path, MAX_IMPORT_BYTES) };
        } catch (error) {
          return { name, ok: false as const, error: describeError(error) };
        }
      }),
    );
    const read = batch.filter((entry): entry is FilePayload => 'data' in entry);
    const answers = read.length > 0 ? await importFiles(read) : [];
    let next = 0;
    for (const entry of batch) outcomes.push('data' in entry ? answers[next++] : entry);
  }
  return outcomes;
}
