#!/usr/bin/env node
// The `briefwright` command: the command line as `npm run build` compiled it (out/main/cli.js).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = new URL('../out/main/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(built))) {
  process.stderr.write('briefwright: the command is not built yet: run `npm run build` in the Briefwright folder first.\n');
  process.exit(2);
}
await import(built.href);
