import type { AddressInfo } from 'node:net';
import { createServer } from 'node:http';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRID_ARTICLE, HARBOUR_ARTICLE } from '../../test/fixtures/articles';
import type { Handlers } from '../../shared/ipc/contract';
import { createServices } from './createServices';
import { openLibrary } from './library';
import { legacyArticleIdOf } from '../../shared/ingest/articleId';

const bytesOf = (text: string) => new TextEncoder().encode(text);

async function freshCore(options: Parameters<typeof createServices>[1] = {}): Promise<Handlers> {
  return createServices(openLibrary(await mkdtemp(join(tmpdir(), 'briefwright-core-'))), options);
}

/** An article from "The Harbour Gazette" whose last paragraph is the paper's standing appeal. */
function gazette(story: string, n: number): string {
  return `SOURCE: The Harbour Gazette\nDATE: 2026-02-0${n}\n\n${story}\n\n${'Ferry timetables were revised again this week. '.repeat(1)}Officials in district ${n} said services would resume on ${['Monday', 'Tuesday', 'Friday'][n % 3]}, with ${n * 7} extra sailings planned.\n\nThe council will meet again in ${['March', 'April', 'May'][n % 3]} to review the figures for district ${n}.\n\nSupport independent local journalism: become a Gazette member today for just £3 a month.\n`;
}

describe('the core behind every front door', () => {
  it('imports the same article only once, however often it is dropped', async () => {
    const core = await freshCore();
    const [first] = await core.importFiles({ files: [{ name: 'harbour.txt', data: bytesOf(HARBOUR_ARTICLE) }] });
    const [again] = await core.importFiles({ files: [{ name: 'harbour copy.txt', data: bytesOf(HARBOUR_ARTICLE) }] });
    expect(first).toMatchObject({ ok: true, duplicate: false });
    expect(again).toMatchObject({ ok: true, duplicate: true });
    expect(await core.listArticles({})).toHaveLength(1);
  });

  it('keeps the ids of articles stored before ids were SHA-256, and still recognises them when imported again', async () => {
    const root = await mkdtemp(join(tmpdir(), 'briefwright-core-'));
    const library = openLibrary(root);
    const first = await createServices(library).importText({ text: HARBOUR_ARTICLE });
    if (!first.ok) throw new Error('import failed');
    const stored = await library.articles.get(first.article.id);
    expect(stored.id).toMatch(/^[0-9a-f]{64}$/);
    // A library written by an earlier version: the same article under its old 32-digit id.
    const oldId = legacyArticleIdOf(stored.paragraphs);
    await library.articles.remove(stored.id);
    await library.articles.write({ ...stored, id: oldId });
    const again = await createServices(library).importText({ text: HARBOUR_ARTICLE });
    expect(again).toMatchObject({ ok: true, duplicate: true, article: { id: oldId } });
    expect((await library.articles.all()).map((a) => a.id)).toEqual([oldId]);
  });

  it('gives an article imported again the suggestions of the newest analysis, keeping the analyst\'s edits', async () => {
    const root = await mkdtemp(join(tmpdir(), 'briefwright-core-'));
    const library = openLibrary(root);
    const core = createServices(library);
    const first = await core.importText({ text: HARBOUR_ARTICLE });
    if (!first.ok) throw new Error('import failed');
    const stored = await core.getArticle({ id: first.article.id });
    expect(stored.quotes.length).toBeGreaterThan(0);
    await core.updateArticle({ id: stored.id, patch: { byline: 'Mara Ellison' } });
    await library.articles.write({ ...(await core.getArticle({ id: stored.id })), quotes: [], figures: [] });
    const again = await createServices(library).importText({ text: HARBOUR_ARTICLE });
    expect(again).toMatchObject({ ok: true, duplicate: true });
    const refreshed = await core.getArticle({ id: stored.id });
    expect(refreshed.quotes).toEqual(stored.quotes);
    expect(refreshed.byline).toBe('Mara Ellison');
  });

  it('imports pasted text and pasted HTML, recording them as pastes', async () => {
    const core = await freshCore();
    const text = await core.importText({ text: HARBOUR_ARTICLE });
    expect(text).toMatchObject({ ok: true });
    const html = await core.importText({ text: 'ignored plain version', html: GRID_ARTICLE });
    expect(html).toMatchObject({ ok: true, article: { title: 'Grid operator warns of winter shortfall' } });
    if (!html.ok) throw new Error('paste failed');
    const article = await core.getArticle({ id: html.article.id });
    expect(article.source.format).toBe('paste');
    expect(article.paragraphs.join('\n')).not.toContain('window.__hostile');
    await expect(core.importText({ text: '   \n ' })).resolves.toMatchObject({ ok: false, error: { code: 'empty' } });
  });

  it('lets the analyst correct metadata and remembers the correction came from them', async () => {
    const core = await freshCore();
    const outcome = await core.importText({ text: HARBOUR_ARTICLE });
    if (!outcome.ok) throw new Error('import failed');
    const updated = await core.updateArticle({ id: outcome.article.id, patch: { byline: 'Mara Ellison', published: '2026-03-15' } });
    expect(updated).toMatchObject({ byline: 'Mara Ellison', published: '2026-03-15', origin: { byline: 'analyst', published: 'analyst' } });
    expect((await core.getArticle({ id: outcome.article.id })).byline).toBe('Mara Ellison');
    await expect(core.deleteArticle({ id: outcome.article.id })).resolves.toEqual({ deleted: true });
    expect(await core.listArticles({})).toHaveLength(0);
  });

  it('learns a publication\'s boilerplate and drops it from later imports of that publication', async () => {
    const core = await freshCore();
    const appeal = 'Support independent local journalism: become a Gazette member today for just £3 a month.';
    const stories = [
      'The harbour master resigned on Monday after a review found repeated failures in the pilotage service, which guides large vessels into port.',
      'A new cold-storage warehouse opened beside the fish market, promising to cut spoilage for the small boats that land their catch each morning.',
      'Dredging of the outer channel will start in April, the port said, after two years of delays caused by a dispute over where the spoil should go.',
    ];
    const outcomes = [];
    for (const [i, story] of stories.entries()) outcomes.push(await core.importText({ text: gazette(story, i + 1) }));
    const bodies = await Promise.all(outcomes.map(async (o) => (o.ok ? (await core.getArticle({ id: o.article.id })).paragraphs.join('\n') : '')));
    expect(bodies[0]).toContain(appeal);
    expect(bodies[1]).toContain(appeal);
    expect(bodies[2]).not.toContain(appeal);
    expect(bodies[2]).toContain('Dredging of the outer channel');
  });

  it('flags one wire story in two outlets as near-duplicates of each other', async () => {
    const core = await freshCore();
    const wire = HARBOUR_ARTICLE.replace('SOURCE: Coastal Ledger', 'SOURCE: Northern Echo').replace(
      'Ms Ellison reported that the first contracts will be signed in June.',
      'The first contracts are due to be signed in June, officials said.',
    );
    const a = await core.importText({ text: HARBOUR_ARTICLE });
    const b = await core.importText({ text: wire });
    const unrelated = await core.importText({ text: GRID_ARTICLE, html: GRID_ARTICLE });
    if (!a.ok || !b.ok || !unrelated.ok) throw new Error('import failed');
    expect(b.article.id).not.toBe(a.article.id);
    expect(b.article.nearDuplicates).toEqual([a.article.id]);
    expect((await core.getArticle({ id: a.article.id })).nearDuplicates).toEqual([b.article.id]);
    expect(unrelated.article.nearDuplicates).toEqual([]);
  });
});

describe('what earlier briefings used', () => {
  it('marks the articles and passages used by other briefings, not by the one being edited', async () => {
    const core = await freshCore();
    const outcome = await core.importText({ text: HARBOUR_ARTICLE });
    if (!outcome.ok) throw new Error('import failed');
    const yesterday = await core.createBriefing({ title: 'Yesterday', date: '2026-03-14' });
    const source = { articleId: outcome.article.id, paragraph: 2, start: 4, end: 20, title: null, publication: null, published: null, url: null };
    yesterday.sections[0].items.push({ id: 'itm_1', kind: 'excerpt', text: 'x', note: '', speaker: null, role: null, what: null, source });
    await core.saveBriefing({ briefing: yesterday });
    const today = await core.createBriefing({ title: 'Today', date: '2026-03-15' });
    const usage = await core.getUsage({ excludeBriefingId: today.id });
    expect(usage.articles[outcome.article.id]).toEqual([{ id: yesterday.id, title: 'Yesterday', date: '2026-03-14' }]);
    expect(usage.passages).toEqual([`${outcome.article.id}:2:4:20`]);
    expect((await core.getUsage({ excludeBriefingId: yesterday.id })).passages).toEqual([]);
  });
});

describe('importing a web address', () => {
  let base = '';
  const server = createServer((req, res) => {
    if (req.url === '/story') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(GRID_ARTICLE);
    } else if (req.url === '/slow') {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.write('<html><body><p>');
      /* never ends */
    } else if (req.url === '/huge') {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      const chunk = Buffer.alloc(1024 * 1024, 'a');
      let sent = 0;
      const push = () => {
        while (sent < 40 && res.write(chunk)) sent++;
        if (sent < 40) res.once('drain', push);
        else res.end();
      };
      push();
    } else {
      res.writeHead(404);
      res.end('gone');
    }
  });
  beforeAll(async () => {
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('fetches the page and imports it with its address', async () => {
    const core = await freshCore({ allowFetchFrom: [base.slice('http://'.length)] });
    const outcome = await core.importUrl({ url: `${base}/story` });
    expect(outcome).toMatchObject({ ok: true, article: { title: 'Grid operator warns of winter shortfall', publication: 'Valley Times' } });
    if (!outcome.ok) return;
    const article = await core.getArticle({ id: outcome.article.id });
    expect(article.url).toBe(`${base}/story`);
    expect(article.source.format).toBe('url');
  });

  it('says what went wrong, with a stable code, for a missing page, a bad address, a slow and an endless one', async () => {
    const core = await freshCore({ fetchTimeoutMs: 800, maxImportBytes: 5 * 1024 * 1024, allowFetchFrom: [base.slice('http://'.length)] });
    await expect(core.importUrl({ url: `${base}/nothing` })).resolves.toMatchObject({ ok: false, error: { code: 'fetch-failed' } });
    await expect(core.importUrl({ url: 'javascript:alert(1)' })).resolves.toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    await expect(core.importUrl({ url: `${base}/slow` })).resolves.toMatchObject({ ok: false, error: { code: 'timeout' } });
    await expect(core.importUrl({ url: `${base}/huge` })).resolves.toMatchObject({ ok: false, error: { code: 'too-large' } });
    await expect(core.importUrl({ url: 'http://no-such-host.invalid/closed' })).resolves.toMatchObject({ ok: false, error: { code: 'fetch-failed' } });
  });
});
