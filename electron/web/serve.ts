import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { openCore } from '../services/openCore';
import { createHostServer } from './hostServer';

/** `npm run serve [-- --port N]`: the browser host on 127.0.0.1, printing the one address to open. */
function portFromArgs(args: string[]): number {
  const i = args.indexOf('--port');
  const raw = i >= 0 ? args[i + 1] : args.find((a) => a.startsWith('--port='))?.slice(7);
  if (raw === undefined) return 0;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`"${raw}" is not a port number (0 to 65535).`);
    process.exit(2);
  }
  return port;
}

const staticDir = resolve(import.meta.dirname, '../../out/renderer');
if (!existsSync(resolve(staticDir, 'index.html'))) {
  console.error('The user interface is not built yet: run `npm run build` first (`npm run serve` does it for you).');
  process.exit(1);
}

// Test-only: the end-to-end tests serve pages from a local server, which a web import otherwise refuses.
const allowFetchFrom = process.env.BRIEFWRIGHT_TEST_ALLOW_FETCH?.split(',').filter(Boolean) ?? [];
const core = openCore({ allowFetchFrom, onProblem: (p) => console.error(p.movedTo ? `Moved aside an unreadable file: ${p.file} (${p.reason}) → ${p.movedTo}` : `Left alone: ${p.file} (${p.reason})`) });
const token = randomBytes(24).toString('base64url');
const server = createHostServer({ handlers: core.handlers, staticDir, token });

server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(error.code === 'EADDRINUSE' ? 'That port is already in use: choose another with --port N.' : `The host could not start: ${error.message}`);
  process.exit(1);
});
server.listen(portFromArgs(process.argv.slice(2)), '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  console.log(`Briefwright is running at http://127.0.0.1:${port}/?token=${token}`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close(() => void core.close().finally(() => process.exit(0)));
  });
}
