// Runs in a worker thread: reads one file at a time into an Article, off the main thread.
import { parentPort } from 'node:worker_threads';
import { describeError } from '../../shared/model/errors';
import { readArticle } from '../../shared/pipeline/readArticle';

export type WorkerRequest = { id: number; name: string; bytes: Uint8Array };
export type WorkerReply = { id: number; ok: true; article: unknown } | { id: number; ok: false; error: ReturnType<typeof describeError> };

parentPort?.on('message', async (job: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { id: job.id, ok: true, article: await readArticle({ name: job.name, bytes: job.bytes }) };
  } catch (error) {
    reply = { id: job.id, ok: false, error: describeError(error) };
  }
  parentPort!.postMessage(reply);
});
