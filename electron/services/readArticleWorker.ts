// Runs in a worker thread: reads one file at a time into an Article, off the main thread.
import { parentPort } from 'node:worker_threads';
import { describeError } from '../../shared/model/errors';
import type { IncomingFile } from '../../shared/pipeline/readArticle';
import { readFileArticles } from '../../shared/pipeline/readArticle';

export type WorkerRequest = { id: number; name: string; bytes: Uint8Array; via?: IncomingFile['via'] };
export type WorkerReply =
  | { id: number; ok: true; article: unknown }
  | { id: number; ok: false; error: ReturnType<typeof describeError> }
  /** An export is being read: one more of its articles is done (the pool gives the file more time). */
  | { id: number; progress: number };

parentPort?.on('message', async (job: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    const onPart = (done: number) => parentPort!.postMessage({ id: job.id, progress: done } satisfies WorkerReply);
    reply = { id: job.id, ok: true, article: await readFileArticles({ name: job.name, bytes: job.bytes, via: job.via }, { onPart }) };
  } catch (error) {
    reply = { id: job.id, ok: false, error: describeError(error) };
  }
  parentPort!.postMessage(reply);
});
