// `npm run briefwright`: the compiled command when the build is newer than every source file it is made
// from (it starts at once), else the TypeScript sources through tsx (slower, never stale).
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const built = join(root, 'out/main/cli.js');

/** The newest modification time of the files below a folder (0 for a missing folder). */
function newest(dir) {
  let latest = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

function builtIsFresh() {
  let builtAt;
  try {
    builtAt = statSync(built).mtimeMs;
  } catch {
    return false;
  }
  const sources = ['shared', 'electron/services', 'electron/cli'].map((dir) => newest(join(root, dir)));
  return builtAt >= Math.max(...sources, statSync(join(root, 'package-lock.json')).mtimeMs);
}

const args = process.argv.slice(2);
if (builtIsFresh()) {
  await import(new URL(`file://${built}`).href);
} else {
  const child = spawn(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'electron/cli/main.ts'), ...args], { stdio: 'inherit' });
  child.on('exit', (code, signal) => (signal ? process.kill(process.pid, signal) : process.exit(code ?? 1)));
}
