// How fast the compiled `briefwright` command answers: `--help` (the command starting), beside a bare
// `node -e 0` (Node itself starting on this machine), and `import` of one article into a fresh library.
// Usage: npx tsx test/bench/cli.bench.ts [runs]   (after `npm run build`)
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { HARBOUR_ARTICLE } from '../fixtures/articles';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/briefwright.js');
const runs = Number(process.argv[2] ?? 9);

/** The median wall time of running a command, in milliseconds. */
function medianMs(args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    execFileSync(process.execPath, args, { env, stdio: 'ignore' });
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

const dir = await mkdtemp(join(tmpdir(), 'briefwright-cli-bench-'));
try {
  const article = join(dir, 'harbour.txt');
  await writeFile(article, HARBOUR_ARTICLE);
  const nodeMs = medianMs(['-e', '0']);
  const cliHelpMs = medianMs([BIN, '--help']);
  const tsxHelpMs = medianMs([join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'electron/cli/main.ts'), '--help']);
  const importMs = medianMs([BIN, 'import', '--json', article], { ...process.env, BRIEFWRIGHT_HOME: join(dir, 'library') });
  console.log(`cliHelpMs ${cliHelpMs.toFixed(0)}  (bare node -e 0: ${nodeMs.toFixed(0)} ms, so the command's own start is ${(cliHelpMs - nodeMs).toFixed(0)} ms; median of ${runs})`);
  console.log(`tsxHelpMs ${tsxHelpMs.toFixed(0)}  (the same --help compiled on the fly by tsx, as \`npm run briefwright\` ran before the build made the command)`);
  console.log(`cliImportOneMs ${importMs.toFixed(0)}  (briefwright import --json of one article into a library)`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
