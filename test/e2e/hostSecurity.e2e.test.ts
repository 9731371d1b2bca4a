import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHost } from '../helpers/host';
import { startHost, tempHome } from '../helpers/host';

describe('the browser host answers only its own pages', () => {
  let host: RunningHost;
  beforeAll(async () => {
    host = await startHost(await tempHome());
  });
  afterAll(async () => {
    await host?.stop();
  });

  const call = (path: string, init: RequestInit = {}) => fetch(`${host.origin}${path}`, { method: 'POST', body: '{}', ...init });

  it('refuses an API call without the token (401) and accepts it as a bearer token only, not as a query parameter', async () => {
    expect((await call('/api/listBriefings')).status).toBe(401);
    expect((await call('/api/listBriefings', { headers: { Authorization: 'Bearer wrong' } })).status).toBe(401);
    const viaHeader = await call('/api/listBriefings', { headers: { Authorization: `Bearer ${host.token}` } });
    expect(viaHeader.status).toBe(200);
    await expect(viaHeader.json()).resolves.toEqual({ ok: true, value: [] });
    const viaQuery = await call(`/api/listBriefings?token=${host.token}`);
    expect(viaQuery.status).toBe(401);
  });

  it('refuses a foreign Origin or Host with 403, even with the token', async () => {
    const auth = { Authorization: `Bearer ${host.token}` };
    expect((await call('/api/listBriefings', { headers: { ...auth, Origin: 'https://evil.example' } })).status).toBe(403);
    const { request } = await import('node:http');
    const status = await new Promise<number>((done) => {
      const req = request({ host: '127.0.0.1', port: host.port, path: '/api/listBriefings', method: 'POST', headers: { ...auth, Host: 'evil.example' } }, (res) => done(res.statusCode!));
      req.end('{}');
    });
    expect(status).toBe(403);
  });

  it('validates every input against the contract and answers a stable error code', async () => {
    const auth = { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' };
    const bad = await call('/api/getBriefing', { headers: auth, body: JSON.stringify({ id: '../../etc/passwd' }) });
    await expect(bad.json()).resolves.toMatchObject({ ok: false, code: 'invalid-input' });
    const unknown = await call('/api/deleteEverything', { headers: auth });
    await expect(unknown.json()).resolves.toMatchObject({ ok: false, code: 'not-found' });
    const malformed = await call('/api/saveBriefing', { headers: auth, body: '{"briefing":' });
    await expect(malformed.json()).resolves.toMatchObject({ ok: false, code: 'invalid-input' });
  });

  it('serves the UI with a strict Content Security Policy and no path traversal', async () => {
    const page = await fetch(`${host.origin}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    expect((await fetch(`${host.origin}/..%2f..%2fpackage.json`)).status).toBe(404);
  });

  it('refuses, as an attacker holding the token would try: the host itself, metadata and private addresses as web imports; a huge declared body; a bad escape', async () => {
    const auth = { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' };
    for (const url of [`${host.origin}/`, `http://2130706433:${host.port}/`, 'http://169.254.169.254/latest/meta-data/', `http://[::ffff:127.0.0.1]:${host.port}/`, 'http://10.0.0.1/']) {
      const answer = await call('/api/importUrl', { headers: auth, body: JSON.stringify({ url }) });
      await expect(answer.json(), url).resolves.toMatchObject({ ok: true, value: { ok: false, error: { code: 'blocked-address' } } });
    }
    const { request } = await import('node:http');
    const status = await new Promise<number>((done) => {
      const req = request({ host: '127.0.0.1', port: host.port, path: '/api/importFiles', method: 'POST', headers: { ...auth, 'Content-Length': String(500 * 1024 * 1024) } }, (res) => {
        res.resume();
        done(res.statusCode!);
      });
      req.on('error', () => undefined);
      req.write('{"files":[');
    });
    expect(status).toBe(413);
    expect((await fetch(`${host.origin}/%E0%A4%A`)).status).toBe(400);
  });
});
