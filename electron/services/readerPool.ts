import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ArticleSchema } from '../../shared/model/article';
import { AppError } from '../../shared/model/errors';
import type { FileRead, IncomingFile, PartRead } from '../../shared/pipeline/readArticle';
import { readFileArticles } from '../../shared/pipeline/readArticle';
import type { WorkerReply, WorkerRequest } from './readArticleWorker';

interface Job {
  id: number;
  file: IncomingFile;
  resolve: (read: FileRead) => void;
  reject: (error: unknown) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

export interface ReaderPoolOptions {
  size?: number;
  /** A file taking longer than this is abandoned (its worker is replaced) with the code `timeout`. */
  timeoutMs?: number;
  /** Heap cap per worker: a file that would need more fails alone instead of taking the app down. */
  maxHeapMb?: number;
}

/** The worker script: built JS beside the bundle in the app, the TypeScript source under tsx or vitest. */
function workerEntry(): { file: string; workerData?: { entry: string } } | null {
  const built = join(import.meta.dirname, 'readArticleWorker.js');
  if (existsSync(built)) return { file: built };
  const source = join(import.meta.dirname, 'readArticleWorker.ts');
  const bootstrap = join(import.meta.dirname, 'tsWorkerBootstrap.mjs');
  if (!existsSync(source) || !existsSync(bootstrap)) return null;
  return { file: bootstrap, workerData: { entry: pathToFileURL(source).href } };
}

/** What a worker sent back, checked: an Article, or an export's articles each checked alone. */
function parseRead(value: unknown): FileRead {
  const parts = (value as { parts?: unknown })?.parts;
  if (!Array.isArray(parts)) return ArticleSchema.parse(value);
  return {
    parts: parts.map((part: PartRead): PartRead => (part.ok ? { ok: true, article: ArticleSchema.parse(part.article) } : { ok: false, error: part.error })),
  };
}

/**
 * Reads files into Articles on worker threads, in parallel, so that neither the Electron main process
 * nor the browser host stalls while 200 files import. A hung or crashed read fails that file alone.
 */
export class ReaderPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private readonly entry = workerEntry();
  private readonly size: number;
  private readonly timeoutMs: number;
  private readonly maxHeapMb: number;
  private closed = false;

  constructor(options: ReaderPoolOptions = {}) {
    this.size = Math.max(1, options.size ?? Math.min(4, Math.max(2, availableParallelism())));
    this.timeoutMs = options.timeoutMs ?? 60_000;
    this.maxHeapMb = options.maxHeapMb ?? 1536;
  }

  read(file: IncomingFile): Promise<FileRead> {
    if (this.closed) return Promise.reject(new AppError('canceled', 'Briefwright is shutting down.'));
    if (!this.entry) return readFileArticles(file);
    return new Promise<FileRead>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, file, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new AppError('canceled', 'The import was stopped.'));
    await Promise.all(this.slots.splice(0).map((slot) => slot.worker.terminate()));
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => s.job === null);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const job = this.queue.shift()!;
      this.start(slot, job);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(this.entry!.file, {
      workerData: this.entry!.workerData,
      resourceLimits: { maxOldGenerationSizeMb: this.maxHeapMb },
    });
    worker.unref();
    const slot: Slot = { worker, job: null, timer: null };
    worker.on('message', (reply: WorkerReply) => this.finish(slot, reply));
    worker.on('error', (error) => this.fail(slot, error));
    worker.on('exit', () => this.fail(slot, null));
    this.slots.push(slot);
    return slot;
  }

  /** (Re)starts the clock of the file a worker reads: each article of an export read gives it the full time again. */
  private arm(slot: Slot, job: Job): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = setTimeout(() => {
      this.fail(slot, new AppError('timeout', `"${job.file.name}" took too long to read and was skipped.`));
    }, this.timeoutMs);
  }

  private start(slot: Slot, job: Job): void {
    slot.job = job;
    this.arm(slot, job);
    const bytes = job.file.bytes.slice();
    // The source travels with the bytes: a fetched page keeps its address, a paste is recorded as a paste.
    const request: WorkerRequest = { id: job.id, name: job.file.name, bytes, via: job.file.via };
    slot.worker.postMessage(request, [bytes.buffer]);
  }

  private release(slot: Slot): Job | null {
    const job = slot.job;
    if (slot.timer) clearTimeout(slot.timer);
    slot.job = null;
    slot.timer = null;
    return job;
  }

  private finish(slot: Slot, reply: WorkerReply): void {
    if ('progress' in reply) {
      if (slot.job?.id === reply.id) this.arm(slot, slot.job);
      return;
    }
    const job = this.release(slot);
    if (job && job.id === reply.id) {
      if (reply.ok) job.resolve(parseRead(reply.article));
      else job.reject(new AppError(reply.error.code, reply.error.message));
    }
    this.pump();
  }

  /** A worker that crashed, ran out of memory or timed out: fail its file and replace the worker. */
  private fail(slot: Slot, error: unknown): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    const job = this.release(slot);
    void slot.worker.terminate();
    if (job) {
      const outOfMemory = error instanceof Error && /memory|ERR_WORKER_OUT_OF_MEMORY/i.test(`${error.message} ${(error as NodeJS.ErrnoException).code ?? ''}`);
      job.reject(
        error instanceof AppError
          ? error
          : outOfMemory
            ? new AppError('too-large', `"${job.file.name}" needs more memory than Briefwright allows for one article.`)
            : new AppError('corrupt', `"${job.file.name}" could not be read: the file seems damaged.`),
      );
    }
    if (!this.closed) this.pump();
  }
}
