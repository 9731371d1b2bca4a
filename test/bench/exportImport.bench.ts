// Import of one news-database export holding 1,000 articles (Factiva style, as .txt and as .rtf), through the
// core the desktop app, the browser host and the CLI open (worker pool, intake, library on disk), each into a fresh library.
// Usage: npx tsx test/bench/exportImport.bench.ts [articles]
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore } from '../../electron/services/openCore';
import { factivaRtf, factivaText } from '../exports/makeExport';

const count = Number(process.argv[2] ?? 1000);

/** This process's peak resident memory (its worker threads included), from Linux's /proc. */
function peakMb(): string {
  try {
    return `${(Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024).toFixed(0)} MB`;
  } catch {
    return 'n/a';
  }
}

async function run(label: string, name: string, text: string): Promise<void> {
  const home = await mkdtemp(join(tmpdir(), 'briefwright-bench-export-'));
  const core = openCore({ env: { BRIEFWRIGHT_HOME: home } });
  try {
    const data = new TextEncoder().encode(text);
    const start = performance.now();
    const [outcome] = await core.handlers.importFiles({ files: [{ name, data }] });
    const seconds = (performance.now() - start) / 1000;
    const parts = outcome.parts ?? [];
    const imported = parts.filter((p) => p.ok).length;
    console.log(
      `${label.padEnd(28)} ${(data.length / 1024 / 1024).toFixed(1)} MB: ${imported} of ${parts.length} articles in ${seconds.toFixed(1)} s = ${(imported / seconds).toFixed(1)} articles/s; peak memory ${peakMb()}`,
    );
  } finally {
    await core.close();
    await rm(home, { recursive: true, force: true });
  }
}

console.log(`one Factiva-style export of ${count} generated articles, read on a worker thread and stored in a fresh library`);
await run('plain text (.txt)', 'factiva-bench.txt', factivaText(count));
await run('Rich Text (.rtf, tables)', 'factiva-bench.rtf', factivaRtf(count));
