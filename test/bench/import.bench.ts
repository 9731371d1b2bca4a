// Bulk import benchmark: 200 generated articles through the browser host's importFiles, from Node, sent the way the
// Inbox sends them (batches of 10 files, 3 requests in flight), then all 200 in one request, each into a fresh library.
// Usage: npx tsx test/bench/import.bench.ts [files]
import { readFileSync } from 'node:fs';
import { call as callApi, createHttpApi } from '../../renderer/app/api';
import type { In, Method } from '../../shared/ipc/contract';
import { generatedArticle } from '../fixtures/generatedArticles';
import type { RunningHost } from '../helpers/host';
import { startHost, tempHome } from '../helpers/host';

const count = Number(process.argv[2] ?? 200);
const files = Array.from({ length: count }, (_, i) => {
  const article = generatedArticle(i);
  return { name: article.fileName, data: new TextEncoder().encode(article.text) };
});

/** The browser host's API through the page's own client (bytes as base64 on the wire, as the Inbox sends them). */
function call<M extends Method>(host: RunningHost, method: M, input: In<M>) {
  return callApi(createHttpApi({ token: host.token, baseUrl: host.origin }), method, input);
}

/** Linux: the pids of a process and its descendants (tsx runs the host in a child process). */
function processTree(pid: number): number[] {
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    return [pid, ...children.flatMap(processTree)];
  } catch {
    return [pid];
  }
}

/** Peak resident memory of the host (its worker threads included), from Linux's /proc; read before the host stops. */
function peakMb(host: RunningHost): string {
  let kb = 0;
  for (const pid of processTree(host.process.pid ?? 0)) {
    try {
      kb = Math.max(kb, Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0));
    } catch {
      // gone already
    }
  }
  return kb > 0 ? `${(kb / 1024).toFixed(0)} MB` : 'n/a';
}

async function run(label: string, batchSize: number, inFlight: number): Promise<void> {
  const host = await startHost(await tempHome('briefwright-bench-'));
  try {
    await call(host, 'listArticles', {}); // warm the host before timing
    const batches: (typeof files)[] = [];
    for (let i = 0; i < files.length; i += batchSize) batches.push(files.slice(i, i + batchSize));
    let imported = 0;
    let failed = 0;
    const start = performance.now();
    let next = 0;
    const worker = async () => {
      while (next < batches.length) {
        const batch = batches[next++];
        const result = await call(host, 'importFiles', { files: batch });
        if (!result.ok) throw new Error(result.message);
        for (const outcome of result.value) outcome.ok ? imported++ : failed++;
      }
    };
    await Promise.all(Array.from({ length: inFlight }, worker));
    const seconds = (performance.now() - start) / 1000;
    console.log(
      `${label.padEnd(44)} ${String(imported).padStart(4)} imported, ${failed} failed in ${seconds.toFixed(2)} s = ${(files.length / seconds).toFixed(1)} files/s; host peak memory ${peakMb(host)}`,
    );
  } finally {
    await host.stop();
  }
}

console.log(`${count} generated plain-text articles (about ${Math.round(files.reduce((n, f) => n + f.data.length, 0) / count)} bytes each), browser host on 127.0.0.1`);
await run('as the Inbox sends them (10 per batch, 3 at once)', 10, 3);
await run('one batch after another (10 per batch)', 10, 1);
await run(`all ${count} in one request`, count, 1);
