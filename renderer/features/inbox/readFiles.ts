import type { FilePayload } from '../../../shared/ipc/contract';
import { ARTICLE_EXTENSIONS, BRIEFING_FILE_EXTENSION } from '../../../shared/model/limits';

/** The formats the Inbox offers in its file picker. */
export const ACCEPTED_EXTENSIONS = [...ARTICLE_EXTENSIONS, BRIEFING_FILE_EXTENSION].map((ext) => `.${ext}`);

const BATCH_FILES = 10;
const BATCH_BYTES = 8 * 1024 * 1024;

/** Reads a dropped or picked file into the message the core expects. */
export async function readPayload(file: Blob & { name: string }): Promise<FilePayload> {
  const buffer = await file.arrayBuffer();
  return { name: file.name, data: new Uint8Array(buffer) };
}

/**
 * How many of the files at the front of the queue go into the next request: at most 10 files or about
 * 8 MB, never splitting a file (a file larger than that goes alone).
 */
export function nextBatchSize(files: readonly { size: number }[]): number {
  let count = 0;
  let bytes = 0;
  for (const file of files) {
    if (count > 0 && (count >= BATCH_FILES || bytes + file.size > BATCH_BYTES)) break;
    count++;
    bytes += file.size;
  }
  return count;
}
