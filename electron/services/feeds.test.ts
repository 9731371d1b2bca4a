import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from './createServices';
import { openLibrary } from './library';

const FEEDS = join(import.meta.dirname, '../../test/fixtures/feeds');
const rss = readFileSync(join(FEEDS, 'wire.rss'), 'utf8');

describe('news feeds in the library', () => {
  const folders: string[] = [];
  let feedBody = rss;
  const hits: string[] = [];
  let base = '';
  const server = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.writeHead(200, { 'Content-Type': 'application/rss+xml' });
    res.end(feedBody);
  });
  beforeAll(async () => {
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });
  afterEach(async () => {
    hits.length = 0;
    feedBody = rss;
    await Promise.all(folders.splice(0).map((f) => rm(f, { recursive: true, force: true })));
  });
  const temp = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'briefwright-feeds-'));
    folders.push(dir);
    return dir;
  };

  it('lists a feed from its address without fetching its items, remembers it, and marks what is new since last time', async () => {
    const services = createServices(openLibrary(await temp()), { allowFetchFrom: [base] });
    const url = `http://${base}/markets.xml`;
    const first = await services.readFeed({ url });
    expect(first.items.map((i) => [i.title, i.isNew])).toEqual([
      ['Copper climbs to a two-year high as Chilean output falls', true],
      ['Rotterdam dockers & operators agree automation deal', true],
      ['Yen slips after Bank of Japan holds rates', true],
    ]);
    expect(first.items[1].link).toBe(`http://${base}/markets/rotterdam-deal`);
    expect(hits).toEqual(['/markets.xml']);
    feedBody = rss.replace('<item>', '<item><title>Gilts rally on softer inflation</title><link>https://wire.example.org/gilts</link></item><item>');
    const second = await services.readFeed({ url });
    expect(second.items.filter((i) => i.isNew).map((i) => i.title)).toEqual(['Gilts rally on softer inflation']);
    expect(await services.listFeeds({})).toEqual([{ url, title: 'Meridian Wire: Markets', lastChecked: expect.any(String) }]);
  });

  it('fetches a feed under the same address rules as a web import', async () => {
    const services = createServices(openLibrary(await temp()));
    await expect(services.readFeed({ url: `http://${base}/markets.xml` })).rejects.toMatchObject({ code: 'blocked-address' });
    expect(hits).toEqual([]);
  });
});
