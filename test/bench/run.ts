// `npm run bench [-- NAME…] [-- --json]`: runs every test/bench/*.bench.ts in turn and prints its figures. Each bench
// ends its report with one line of JSON holding its figures under stable keys (units in the names); with --json the
// figures of all benches follow the readable report as one JSON object. No timing ever fails a run.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';

const here = import.meta.dirname;
const tsx = resolve(here, '../../node_modules/tsx/dist/cli.mjs');
const args = process.argv.slice(2);
const json = args.includes('--json');
const only = args.filter((a) => !a.startsWith('--'));
const benches = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

/** Runs one bench, passing its output through, and answers the figures of its JSON lines. */
function runBench(bench: string): Promise<{ status: number | null; figures: Record<string, number> }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [tsx, join(here, bench)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      out += chunk.toString();
    });
    child.on('close', (status) => {
      const figures: Record<string, number> = {};
      for (const line of out.split('\n')) {
        if (!line.startsWith('{')) continue;
        try {
          for (const [key, value] of Object.entries(JSON.parse(line) as Record<string, unknown>)) if (typeof value === 'number') figures[key] = value;
        } catch {
          // a line of the report that only looks like JSON
        }
      }
      done({ status, figures });
    });
  });
}

const figures: Record<string, number> = { loadAverage1m: Math.round(loadavg()[0] * 10) / 10 };
let failed = 0;
for (const bench of benches) {
  console.log(`\n== ${bench}`);
  const run = await runBench(bench);
  Object.assign(figures, run.figures);
  if (run.status !== 0) {
    failed++;
    console.log(`(${bench} did not finish: exit ${run.status})`);
  }
}
figures.loadAverage1mAtEnd = Math.round(loadavg()[0] * 10) / 10;
if (json) console.log(JSON.stringify(figures));
process.exitCode = failed ? 1 : 0;
