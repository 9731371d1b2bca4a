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
import { MAX_IMPORT_BYTES } from '../../shared/model/limits';
import { PAGE_CSP } from '../services/pageSecurity';

export interface HostOptions {
  handlers: Handlers;
  /** The built renderer (out/renderer). */
  staticDir: string;
  token: string;
  /** Largest request body accepted, in bytes (MAX_HOST_BODY_BYTES unless a test says otherwise). */
  maxBodyBytes?: number;
}

/**
 * The largest request body the host reads: the largest real input, an article file at the import cap, as base64
 * inside JSON (a third more), with room for the JSON around it. Anything larger is refused unread.
 */
export const MAX_HOST_BODY_BYTES = Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 1024 * 1024;
/** A body above this counts as an upload; at most MAX_UPLOADS uploads are read at once (the page sends three). */
const UPLOAD_BYTES = 256 * 1024;
const MAX_UPLOADS = 4;

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

/** Answers and closes the connection, so a body left unread is never read: the client must start afresh. */
function refuse(req: IncomingMessage, res: ServerResponse, status: number, body: string): void {
  const socket = req.socket;
  res.shouldKeepAlive = false;
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', Connection: 'close' });
  res.end(body, () => socket?.destroy());
}

function sameToken(given: string | null, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The token, from `Authorization: Bearer …` only. The address carries it once, for the first page load; the page
 * takes it out of the address bar and sends it as a header, so an API address in a log or a history never works.
 */
function tokenOf(req: IncomingMessage): string | null {
  const header = req.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice(7).trim() : null;
}

/** Only this very host may be addressed (no DNS rebinding) and only its own pages may call it. */
function trustedOrigin(req: IncomingMessage, port: number): boolean {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!req.headers.host || !allowedHosts.includes(req.headers.host)) return false;
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  return allowedHosts.some((host) => origin === `http://${host}`);
}

/** The body, counted as it arrives; null as soon as it passes the limit (the rest is never read). */
async function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      req.pause();
      return null;
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function serveStatic(res: ServerResponse, staticDir: string, pathname: string): Promise<void> {
  const root = await realpath(staticDir);
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return send(res, 400, 'Bad request: the address has a malformed % escape.', 'text/plain');
  }
  const relative = pathname === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
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
  const maxBody = options.maxBodyBytes ?? MAX_HOST_BODY_BYTES;
  let uploads = 0;
  const server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) refuse(req, res, 500, JSON.stringify(err('internal', 'The Briefwright host failed to answer.')));
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    if (!trustedOrigin(req, port)) return send(res, 403, JSON.stringify(err('forbidden', 'This host only answers its own pages.')));
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    if (url.pathname.startsWith('/api/')) {
      if (!sameToken(tokenOf(req), options.token)) {
        return refuse(req, res, 401, JSON.stringify(err('forbidden', 'Open Briefwright with the address it printed: this request has no valid token.')));
      }
      if (req.method !== 'POST') return refuse(req, res, 405, JSON.stringify(err('invalid-input', 'Use POST.')));
      const tooLarge = JSON.stringify(err('too-large', 'That is more than Briefwright accepts in one go. Add fewer or smaller files at a time.'));
      const declared = req.headers['content-length'] === undefined ? null : Number(req.headers['content-length']);
      if (declared !== null && !(declared <= maxBody)) return refuse(req, res, 413, tooLarge);
      const upload = declared === null || declared > UPLOAD_BYTES;
      if (upload && uploads >= MAX_UPLOADS) {
        return refuse(req, res, 503, JSON.stringify(err('busy', 'Briefwright is still reading other files. Try again in a moment.')));
      }
      if (upload) uploads += 1;
      let body: string | null;
      try {
        body = await readBody(req, maxBody);
      } finally {
        if (upload) uploads -= 1;
      }
      if (body === null) return refuse(req, res, 413, tooLarge);
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
