// `npm run bench`: runs every test/bench/*.bench.ts in turn and prints its figures. No timing ever fails a run.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const here = import.meta.dirname;
const tsx = resolve(here, '../../node_modules/tsx/dist/cli.mjs');
const only = process.argv.slice(2);
const benches = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

let failed = 0;
for (const bench of benches) {
  console.log(`\n== ${bench}`);
  const run = spawnSync(process.execPath, [tsx, join(here, bench)], { stdio: 'inherit' });
  if (run.status !== 0) {
    failed++;
    console.log(`(${bench} did not finish: exit ${run.status})`);
  }
}
process.exitCode = failed ? 1 : 0;
