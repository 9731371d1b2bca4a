import type { AddressInfo } from 'node:net';
import { createServer } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GRID_ARTICLE } from '../../test/fixtures/articles';
import { blockedReason } from './addressPolicy';
import type { ServiceOptions } from './createServices';
import { createServices } from './createServices';
import { openLibrary } from './library';
import { useTempFolders } from '../../test/helpers/tempFolders';

describe('which addresses a web import may reach', () => {
  it('refuses loopback, private, link-local, shared, metadata and reserved addresses, in IPv4 and IPv6', () => {
    const blocked = [
      '127.0.0.1', '127.1.2.3', '0.0.0.0', '10.0.0.1', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254',
      '100.64.0.1', '100.127.255.254', '192.0.0.170', '198.18.0.1', '224.0.0.1', '255.255.255.255', '240.0.0.1',
      '::1', '::', 'fe80::1', 'fc00::1', 'fd00:ec2::254', 'ff02::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.0.0.1',
      '::ffff:169.254.169.254', '64:ff9b::7f00:1', '2002:7f00:1::', '::127.0.0.1', 'fec0::1',
    ];
    for (const address of blocked) expect(blockedReason(address), address).not.toBeNull();
    const open = ['93.184.216.34', '8.8.8.8', '172.32.0.1', '100.128.0.1', '2606:4700::1111', '::ffff:8.8.8.8', '2a00:1450:4009:81f::200e'];
    for (const address of open) expect(blockedReason(address), address).toBeNull();
  });
});

describe('importing a web address that leads inside the machine', () => {
  const tempFolder = useTempFolders();
  let base = '';
  let port = 0;
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? '');
    if (req.url === '/story') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(GRID_ARTICLE);
    } else if (req.url?.startsWith('/go?')) {
      res.writeHead(302, { Location: decodeURIComponent(req.url.slice(4)) });
      res.end();
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  beforeAll(async () => {
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    port = (server.address() as AddressInfo).port;
    base = `http://127.0.0.1:${port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });
  afterEach(async () => {
    hits.length = 0;
  });

  async function core(options: ServiceOptions = {}) {
    const root = await tempFolder('briefwright-ssrf-');
    return createServices(openLibrary(root), options);
  }

  it('is refused with blocked-address, in every spelling of the address, and the server is never asked', async () => {
    const services = await core();
    const spellings = [
      `${base}/story`,
      `http://localhost:${port}/story`,
      `http://2130706433:${port}/story`,
      `http://0x7f000001:${port}/story`,
      `http://0177.0.0.1:${port}/story`,
      `http://127.1:${port}/story`,
      `http://[::1]:${port}/story`,
      `http://[::ffff:127.0.0.1]:${port}/story`,
      'http://169.254.169.254/latest/meta-data/',
      'http://[fd00:ec2::254]/latest/meta-data/',
    ];
    for (const url of spellings) {
      expect(await services.importUrl({ url }), url).toMatchObject({ ok: false, error: { code: 'blocked-address' } });
    }
    expect(hits).toEqual([]);
    expect(await services.listArticles({})).toEqual([]);
  });

  it('refuses a redirect into the machine at every hop, even from an address it may reach', async () => {
    // The test server is allowed as if it were a public site; where it redirects to is checked again.
    const services = await core({ allowFetchFrom: [`127.0.0.1:${port}`] });
    expect(await services.importUrl({ url: `${base}/story` })).toMatchObject({ ok: true });
    for (const target of [`http://localhost:${port}/story`, `http://[::1]:${port}/story`, 'http://169.254.169.254/latest/', `http://2130706433:${port + 1}/story`]) {
      hits.length = 0;
      const outcome = await services.importUrl({ url: `${base}/go?${encodeURIComponent(target)}` });
      expect(outcome, target).toMatchObject({ ok: false, error: { code: 'blocked-address' } });
      expect(hits).toEqual([`/go?${encodeURIComponent(target)}`]);
    }
    // A chain of allowed redirects still arrives, with the final address recorded.
    const twice = `${base}/go?${encodeURIComponent(`${base}/go?${encodeURIComponent(`${base}/story`)}`)}`;
    const arrived = await services.importUrl({ url: twice });
    expect(arrived).toMatchObject({ ok: true, duplicate: true });
  });
});
