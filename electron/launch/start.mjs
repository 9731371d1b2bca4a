// `npm start`: open the desktop app; where Electron's binary cannot be had, say so and start the browser host.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);

/** The Electron executable, downloading it once if it is missing; null when it cannot be had. */
function electronBinary() {
  let pkgDir;
  try {
    pkgDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(pkgDir, 'path.txt');
  const binary = () => (existsSync(pathFile) ? join(pkgDir, 'dist', readFileSync(pathFile, 'utf8').trim()) : null);
  const found = binary();
  if (found && existsSync(found)) return found;
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return null;
  const download = spawnSync(process.execPath, [join(pkgDir, 'install.js')], { stdio: 'ignore', timeout: 90_000 });
  const after = binary();
  return download.status === 0 && after && existsSync(after) ? after : null;
}

function run(command, args, env = process.env) {
  const child = spawn(command, args, { stdio: 'inherit', cwd: root, env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}

const binary = electronBinary();
if (binary) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  run(binary, [root], env);
} else {
  console.log('The Electron desktop app cannot start on this machine because its binary could not be downloaded, so Briefwright opens in your browser instead.');
  run(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'electron/web/serve.ts'), ...process.argv.slice(2)]);
}
