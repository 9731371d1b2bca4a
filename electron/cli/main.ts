import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runCli } from './runCli';

// Two folders up both from the source (electron/cli) and from the build (out/main).
const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };

runCli(process.argv.slice(2), { version: pkg.version, stdout: process.stdout, stderr: process.stderr, env: process.env }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`briefwright: ${(error as Error).message}\n`);
    process.exitCode = 2;
  },
);
