// Import benchmark: 200 real-size news pages (the labelled corpus's saved web pages, each copy with its words
// varied so dedupe and near-duplicate detection treat it as its own article), through the browser host.
// 1. In Chromium, the way an analyst does it: all 200 chosen in the Inbox's "Add files", while the page measures
//    its input latency (keys pressed every 100 ms; time from the key event to the next frame).
// 2. From Node, sent the way the Inbox sends them, for the host's own rate.
// Also: how long the host takes from start to serving, and its peak memory.
// Usage: npx tsx test/bench/import.bench.ts [pages]. Prints figures; no timing fails a run.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusPages, corpusVocabulary, seeded } from '../fixtures/corpusWords';
import { launchChromium } from '../helpers/browser';
import type { RunningHost } from '../helpers/host';
import { startHost, tempHome } from '../helpers/host';

const count = Number(process.argv[2] ?? 200);

/** Copy `n` of a page: every other word of its visible text swapped for a corpus word, markup and metadata kept. */
function variedPage(html: string, n: number, vocabulary: string[]): string {
  const rnd = seeded(n * 104729 + 3);
  return html
    .split(/(<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>|<[^>]+>)/i)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/\p{L}{3,}/gu, (word) => (rnd() < 0.5 ? word : vocabulary[Math.floor(rnd() * Math.min(vocabulary.length, 5000))]))))
    .join('')
    .replace(/<title>/i, `<title>Copy ${n}: `);
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
function peakMb(host: RunningHost): number {
  let kb = 0;
  for (const pid of processTree(host.process.pid ?? 0)) {
    try {
      kb = Math.max(kb, Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0));
    } catch {
      // gone already
    }
  }
  return kb / 1024;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? Number.NaN;
};

async function startTimed(): Promise<{ host: RunningHost; readyMs: number }> {
  const t0 = performance.now();
  const host = await startHost(await tempHome('briefwright-bench-'));
  return { host, readyMs: performance.now() - t0 };
}

async function inChromium(dir: string, names: string[]) {
  const { host, readyMs } = await startTimed();
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await page.goto(host.url);
    await page.getByLabel('Add files').waitFor();
    await page.evaluate(() => {
      const w = window as unknown as { __latencies: number[] };
      w.__latencies = [];
      window.addEventListener('keydown', (event) => {
        const at = event.timeStamp;
        requestAnimationFrame(() => w.__latencies.push(performance.now() - at));
      }, { capture: true });
    });
    let importing = true;
    const keys = (async () => {
      while (importing) {
        await page.keyboard.press('Shift');
        await page.waitForTimeout(100);
      }
    })();
    const start = performance.now();
    await page.getByLabel('Add files').setInputFiles(names.map((name) => join(dir, name)));
    await page.waitForFunction((n) => {
      const progress = document.querySelector<HTMLProgressElement>('progress[aria-label="Import progress"]');
      return progress !== null && progress.max === n && progress.value === n;
    }, names.length, { timeout: 600_000, polling: 200 });
    const seconds = (performance.now() - start) / 1000;
    importing = false;
    await keys;
    const latencies = await page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies);
    const listed = (await (await fetch(`${host.origin}/api/listArticles`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` }, body: '{}' })).json()) as { value: unknown[] };
    return { readyMs, seconds, imported: listed.value.length, latencies, peak: peakMb(host) };
  } finally {
    await browser.close();
    await host.stop();
  }
}

async function fromNode(files: { name: string; data: { $bytes: string } }[]) {
  const { host } = await startTimed();
  try {
    const call = async (input: unknown) =>
      (await (await fetch(`${host.origin}/api/importFiles`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` }, body: JSON.stringify(input) })).json()) as { ok: boolean; value: { ok: boolean }[] };
    const batches: (typeof files)[] = [];
    for (let i = 0; i < files.length; i += 10) batches.push(files.slice(i, i + 10));
    let imported = 0;
    let next = 0;
    const start = performance.now();
    await Promise.all(
      Array.from({ length: 3 }, async () => {
        while (next < batches.length) {
          const result = await call({ files: batches[next++] });
          imported += result.ok ? result.value.filter((o) => o.ok).length : 0;
        }
      }),
    );
    return { seconds: (performance.now() - start) / 1000, imported, peak: peakMb(host) };
  } finally {
    await host.stop();
  }
}

async function main() {
  const vocabulary = corpusVocabulary();
  const sources = corpusPages();
  const dir = await tempHome('briefwright-bench-pages-');
  try {
    mkdirSync(dir, { recursive: true });
    const names: string[] = [];
    const files: { name: string; data: { $bytes: string } }[] = [];
    let bytes = 0;
    for (let n = 0; n < count; n++) {
      const source = sources[n % sources.length];
      const html = variedPage(source.html, n, vocabulary);
      const name = `${source.name}-${n}.html`;
      writeFileSync(join(dir, name), html);
      names.push(name);
      files.push({ name, data: { $bytes: Buffer.from(html).toString('base64') } }); // bytes as the HTTP edge carries them
      bytes += Buffer.byteLength(html);
    }
    console.log(`${count} pages from ${sources.length} corpus pages, ${(bytes / count / 1024).toFixed(0)} KB each on average`);
    const ui = await inChromium(dir, names);
    const p95 = percentile(ui.latencies, 95);
    console.log(`host ready to serve ${ui.readyMs.toFixed(0)} ms after start (tsx included)`);
    console.log(`Chromium, "Add files" with all ${count}: ${ui.imported} imported in ${ui.seconds.toFixed(1)} s = ${(ui.imported / ui.seconds).toFixed(1)} pages/s; input latency p95 ${p95.toFixed(0)} ms, max ${Math.max(...ui.latencies).toFixed(0)} ms over ${ui.latencies.length} key presses; host peak memory ${ui.peak.toFixed(0)} MB`);
    const node = await fromNode(files);
    console.log(`from Node, 10 per request, 3 at once: ${node.imported} imported in ${node.seconds.toFixed(1)} s = ${(node.imported / node.seconds).toFixed(1)} pages/s; host peak memory ${node.peak.toFixed(0)} MB`);
    console.log(JSON.stringify({ importPagesPerSec: Math.round((ui.imported / ui.seconds) * 10) / 10, importPagesPerSecHost: Math.round((node.imported / node.seconds) * 10) / 10, inputLatencyP95Ms: Math.round(p95), hostPeakMb: Math.round(Math.max(ui.peak, node.peak)), hostReadyMs: Math.round(ui.readyMs) }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
