import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo, Socket } from 'node:net';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../shared/model/limits';
import { createServices } from '../services/createServices';
import { openLibrary } from '../services/library';
import { createHostServer, MAX_HOST_BODY_BYTES } from './hostServer';

const TOKEN = 'test-token-0123456789';
let root = '';
let port = 0;
let server: ReturnType<typeof createHostServer>;
let small: ReturnType<typeof createHostServer>;
let smallPort = 0;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'briefwright-host-limits-'));
  const staticDir = join(root, 'static');
  await mkdir(staticDir);
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Briefwright</title>');
  const handlers = createServices(openLibrary(join(root, 'library')));
  server = createHostServer({ handlers, staticDir, token: TOKEN });
  small = createHostServer({ handlers, staticDir, token: TOKEN, maxBodyBytes: 64 * 1024 });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  await new Promise<void>((done) => small.listen(0, '127.0.0.1', done));
  port = (server.address() as AddressInfo).port;
  smallPort = (small.address() as AddressInfo).port;
});

afterAll(async () => {
  for (const s of [server, small]) {
    s.closeAllConnections();
    await new Promise((done) => s.close(done));
  }
  await rm(root, { recursive: true, force: true });
});

/**
 * A raw connection: what was answered, once the server closed the connection. No timer of its own: a
 * server that never closes fails the test by its timeout, however slow the machine.
 */
function raw(target: number, head: string, body: (socket: Socket) => void = () => undefined): Promise<{ answer: string; closed: boolean }> {
  return new Promise((done, fail) => {
    const socket = connect(target, '127.0.0.1');
    let answer = '';
    socket.on('data', (d) => (answer += d.toString('latin1')));
    socket.on('error', (error) => {
      // A reset after the answer is also a closed connection.
      if (answer) return;
      fail(error);
    });
    socket.on('close', () => done({ answer, closed: true }));
    socket.write(head);
    body(socket);
  });
}

const post = (p: number, path: string, headers: Record<string, string | number>) =>
  `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1:${p}\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Type: application/json\r\n${Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('')}\r\n`;

describe('the browser host and large or many bodies', () => {
  it('accepts at most the largest real input: an article at the size cap, as base64 in JSON', () => {
    expect(MAX_HOST_BODY_BYTES).toBeGreaterThanOrEqual(Math.ceil(MAX_IMPORT_BYTES / 3) * 4);
    expect(MAX_HOST_BODY_BYTES).toBeLessThan(MAX_IMPORT_BYTES * 1.5);
  });

  it('refuses a body declared larger than that from its Content-Length alone, and closes the connection', async () => {
    // Only the headers are sent: a host that waited for the body would never answer.
    const { answer, closed } = await raw(port, post(port, '/api/importFiles', { 'Content-Length': MAX_HOST_BODY_BYTES + 1 }));
    expect(answer).toMatch(/^HTTP\/1\.1 413/);
    expect(answer).toContain('too-large');
    expect(closed).toBe(true);
  });

  it('counts a body sent without a length as it arrives, and stops at the cap with a 413 and a closed connection', async () => {
    const { answer, closed } = await raw(smallPort, post(smallPort, '/api/importText', { 'Transfer-Encoding': 'chunked' }), (socket) => {
      const chunk = Buffer.alloc(16 * 1024, 'a');
      for (let i = 0; i < 8; i++) socket.write(`${chunk.length.toString(16)}\r\n${chunk.toString('latin1')}\r\n`);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 413/);
    expect(closed).toBe(true);
  });

  it('takes a few uploads at once and refuses more until they finish', async () => {
    const sockets: Socket[] = [];
    const answers: string[] = [];
    const open = () =>
      new Promise<void>((ready) => {
        const socket = connect(port, '127.0.0.1', () => {
          socket.write(post(port, '/api/importText', { 'Content-Length': 2 * 1024 * 1024 }));
          socket.write('{"text":"');
          ready();
        });
        const i = sockets.push(socket) - 1;
        answers[i] = '';
        socket.on('data', (d) => (answers[i] += d.toString()));
        socket.on('error', () => undefined);
      });
    for (let i = 0; i < 4; i++) await open();
    const refused = await raw(port, post(port, '/api/importText', { 'Content-Length': 2 * 1024 * 1024 }));
    expect(refused.answer).toMatch(/^HTTP\/1\.1 503/);
    expect(refused.closed).toBe(true);
    // A small call (no upload) still goes through meanwhile.
    const list = await raw(port, post(port, '/api/listBriefings', { 'Content-Length': 2, Connection: 'close' }), (s) => s.write('{}'));
    expect(list.answer).toMatch(/^HTTP\/1\.1 200/);
    for (const socket of sockets) socket.destroy();
  });
});

describe('the browser host and odd requests', () => {
  it('answers a malformed % escape with 400, not 500', async () => {
    const { answer } = await raw(port, `GET /%E0%A4%A HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
  });

  it('takes the token for API calls from the Authorization header only, not from the address', async () => {
    const head = `POST /api/listBriefings?token=${TOKEN} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`;
    expect((await raw(port, head)).answer).toMatch(/^HTTP\/1\.1 401/);
  });
});
