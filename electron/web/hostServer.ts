import { timingSafeEqual } from 'node:crypto';
import { readFile, realpath } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import type { Handlers } from '../../shared/ipc/contract';
import { dispatch } from '../../shared/ipc/dispatch';
import { err } from '../../shared/ipc/result';
import type { Base64Codec } from '../../shared/ipc/wire';
import { fromWireJson, toWireJson } from '../../shared/ipc/wire';
import { PAGE_CSP } from '../services/pageSecurity';

export interface HostOptions {
  handlers: Handlers;
  /** The built renderer (out/renderer). */
  staticDir: string;
  token: string;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};


/** Node's own base64, many times faster than atob/btoa on a large file. */
const NODE_BASE64: Base64Codec = {
  encode: (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
  decode: (base64) => new Uint8Array(Buffer.from(base64, 'base64')),
};

const SECURITY_HEADERS = {
  'Content-Security-Policy': PAGE_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-store',
};

function send(res: ServerResponse, status: number, body: string | Uint8Array, type = 'application/json; charset=utf-8'): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type });
  res.end(body);
}

function sameToken(given: string | null, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The token, from `Authorization: Bearer …` or the `token` query parameter. */
function tokenOf(req: IncomingMessage, url: URL): string | null {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim();
  return url.searchParams.get('token');
}

/** Only this very host may be addressed (no DNS rebinding) and only its own pages may call it. */
function trustedOrigin(req: IncomingMessage, port: number): boolean {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!req.headers.host || !allowedHosts.includes(req.headers.host)) return false;
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  return allowedHosts.some((host) => origin === `http://${host}`);
}

async function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function serveStatic(res: ServerResponse, staticDir: string, pathname: string): Promise<void> {
  const root = await realpath(staticDir);
  const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
  const file = resolve(join(root, relative));
  if (!file.startsWith(root + sep)) return send(res, 404, 'Not found', 'text/plain');
  try {
    const real = await realpath(file);
    if (!real.startsWith(root + sep)) return send(res, 404, 'Not found', 'text/plain');
    send(res, 200, await readFile(real), CONTENT_TYPES[extname(real)] ?? 'application/octet-stream');
  } catch {
    send(res, 404, 'Not found', 'text/plain');
  }
}

/**
 * The browser host: the built UI and `POST /api/<method>` onto the same handlers as the desktop app.
 * It answers only to 127.0.0.1/localhost on its own port, and every API call needs the token.
 */
export function createHostServer(options: HostOptions) {
  const maxBody = options.maxBodyBytes ?? 200 * 1024 * 1024;
  const server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, JSON.stringify(err('internal', 'The Briefwright host failed to answer.')));
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    if (!trustedOrigin(req, port)) return send(res, 403, JSON.stringify(err('forbidden', 'This host only answers its own pages.')));
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    if (url.pathname.startsWith('/api/')) {
      if (!sameToken(tokenOf(req, url), options.token)) {
        return send(res, 401, JSON.stringify(err('forbidden', 'Open Briefwright with the address it printed: this request has no valid token.')));
      }
      if (req.method !== 'POST') return send(res, 405, JSON.stringify(err('invalid-input', 'Use POST.')));
      const body = await readBody(req, maxBody);
      if (body === null) return send(res, 413, JSON.stringify(err('too-large', 'That is more than Briefwright accepts in one go. Add fewer or smaller files at a time.')));
      let input: unknown;
      try {
        input = body.length ? fromWireJson(body, NODE_BASE64) : {};
      } catch {
        return send(res, 400, JSON.stringify(err('invalid-input', 'The request was not JSON.')));
      }
      const result = await dispatch(options.handlers, url.pathname.slice(5), input);
      return send(res, 200, toWireJson(result, NODE_BASE64));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', 'text/plain');
    return serveStatic(res, options.staticDir, url.pathname);
  }

  return server;
}
