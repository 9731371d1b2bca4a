#!/usr/bin/env node
// Keeps every core busy until it is stopped (Ctrl+C, or `kill PID`): a load generator for running the
// tests as a loaded CI machine would. `node test/load/busy.mjs [threads]` (default: one per core).
import { availableParallelism } from 'node:os';
import { isMainThread, Worker } from 'node:worker_threads';

if (isMainThread) {
  const threads = Math.max(1, Number(process.argv[2]) || availableParallelism());
  const workers = Array.from({ length: threads }, () => new Worker(new URL(import.meta.url)));
  console.log(`busy: ${threads} thread(s) spinning in process ${process.pid}; stop with: kill ${process.pid}`);
  const stop = () => {
    for (const worker of workers) void worker.terminate();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} else {
  // Arithmetic that the optimiser cannot drop, forever.
  let x = 0;
  for (;;) x = (x * 1103515245 + 12345) % 2147483648;
}
