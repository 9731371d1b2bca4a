import type { FilePayload } from '../../../shared/ipc/contract';
import { toBase64 } from '../../app/base64';

/** The formats the Inbox offers in its file picker. */
export const ACCEPTED_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.docx', '.pdf', '.eml'];

/** The largest single file the page sends to the core. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

const BATCH_FILES = 10;
const BATCH_BYTES = 8 * 1024 * 1024;

/** Reads a dropped or picked file into the message the core expects. */
export async function readPayload(file: Blob & { name: string }): Promise<FilePayload> {
  const buffer = await file.arrayBuffer();
  return { name: file.name, data: toBase64(new Uint8Array(buffer)) };
}

/** Splits files into batches small enough for one request each: at most 10 files or about 8 MB. */
export function batchFiles<T extends { size: number }>(files: readonly T[]): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const file of files) {
    if (current.length > 0 && (current.length >= BATCH_FILES || bytes + file.size > BATCH_BYTES)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(file);
    bytes += file.size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
