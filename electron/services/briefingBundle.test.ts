import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GRID_ARTICLE, HARBOUR_ARTICLE } from '../../test/fixtures/articles';
import type { Handlers } from '../../shared/ipc/contract';
import { dispatch } from '../../shared/ipc/dispatch';
import { newItem } from '../../shared/model/newBriefing';
import { BUNDLE_FORMAT, parseBundle } from './briefingBundle';
import { createServices } from './createServices';
import { openLibrary } from './library';

const bytesOf = (text: string | Uint8Array) => (typeof text === 'string' ? new TextEncoder().encode(text) : text);

async function freshCore(): Promise<{ core: Handlers; root: string }> {
  const root = await mkdtemp(join(tmpdir(), 'briefwright-bundle-'));
  return { core: createServices(openLibrary(root)), root };
}

/** A briefing in a library, with one quote from the harbour story; the grid story is imported but not used. */
async function briefingWithQuote() {
  const { core, root } = await freshCore();
  const outcomes = await core.importFiles({ files: [{ name: 'harbour.txt', data: bytesOf(HARBOUR_ARTICLE) }, { name: 'grid.html', data: bytesOf(GRID_ARTICLE) }] });
  const [harbour] = outcomes.map((o) => (o.ok ? o.article : null));
  const article = await core.getArticle({ id: harbour!.id });
  const paragraph = article.paragraphs[1];
  const briefing = await core.createBriefing({ title: 'Ports: morning brief' });
  briefing.sections[0].items.push(
    newItem({ kind: 'excerpt', text: paragraph.slice(0, 40), source: { articleId: article.id, paragraph: 1, start: 0, end: 40, title: article.title, publication: null, published: null, url: null } }),
  );
  await core.saveBriefing({ briefing });
  return { core, root, briefing: await core.getBriefing({ id: briefing.id }), article };
}

async function shareTo(core: Handlers, briefingId: string): Promise<{ fileName: string; data: Uint8Array }> {
  const file = await core.exportBriefingBundle({ briefingId });
  return { fileName: file.fileName, data: file.data! };
}

describe('a .briefing file', () => {
  it('carries the briefing and the articles it quotes, and opens on a colleague’s machine as it was', async () => {
    const mine = await briefingWithQuote();
    const file = await shareTo(mine.core, mine.briefing.id);
    expect(file.fileName).toBe('Ports morning brief.briefing');
    const bundle = parseBundle(file.fileName, file.data);
    expect(bundle.format).toBe(BUNDLE_FORMAT);
    expect(bundle.articles.map((a) => a.id)).toEqual([mine.article.id]);

    const colleague = await freshCore();
    const summary = await colleague.core.importBriefingBundle(file);
    expect(summary).toMatchObject({ id: mine.briefing.id, title: 'Ports: morning brief', itemCount: 1 });
    expect(await colleague.core.getBriefing({ id: summary.id })).toEqual(mine.briefing);
    const theirArticle = await colleague.core.getArticle({ id: mine.article.id });
    expect(theirArticle.paragraphs).toEqual(mine.article.paragraphs);
    // The quote still points at the words it quoted.
    const item = (await colleague.core.getBriefing({ id: summary.id })).sections[0].items[0];
    expect(theirArticle.paragraphs[item.source!.paragraph].slice(item.source!.start, item.source!.end)).toBe(item.text);
    // The shared articles are searchable at once.
    const word = mine.article.paragraphs[1].split(/\s+/).find((w) => w.length > 6)!.replace(/\W/g, '');
    expect(await colleague.core.searchArticles({ query: word })).toContain(mine.article.id);
  });

  it('opened twice adds nothing twice', async () => {
    const mine = await briefingWithQuote();
    const file = await shareTo(mine.core, mine.briefing.id);
    const colleague = await freshCore();
    await colleague.core.importBriefingBundle(file);
    await colleague.core.importBriefingBundle(file);
    expect(await colleague.core.listBriefings({})).toHaveLength(1);
    expect(await colleague.core.listArticles({})).toHaveLength(1);
  });

  it('never overwrites a briefing the analyst has changed since: the shared one arrives as a copy', async () => {
    const mine = await briefingWithQuote();
    const file = await shareTo(mine.core, mine.briefing.id);
    await mine.core.saveBriefing({ briefing: { ...mine.briefing, title: 'Ports: edited after sharing' } });
    const summary = await mine.core.importBriefingBundle(file);
    expect(summary.id).not.toBe(mine.briefing.id);
    expect(summary.title).toBe('Ports: morning brief (copy)');
    expect((await mine.core.getBriefing({ id: mine.briefing.id })).title).toBe('Ports: edited after sharing');
    expect(await mine.core.listBriefings({})).toHaveLength(2);
  });

  it('refuses files that are not briefings, are damaged, too new or too large, in the analyst’s words, writing nothing', async () => {
    const mine = await briefingWithQuote();
    const good = JSON.parse(new TextDecoder().decode((await shareTo(mine.core, mine.briefing.id)).data));
    const colleague = await freshCore();
    const attempt = async (name: string, content: string | Uint8Array) => dispatch(colleague.core, 'importBriefingBundle', { fileName: name, data: bytesOf(content) });

    expect(await attempt('notes.briefing', 'Dear colleague, here is the briefing')).toMatchObject({ ok: false, code: 'invalid-file', message: expect.stringContaining('not a Briefwright briefing file') });
    expect(await attempt('template.briefing', JSON.stringify({ schemaVersion: 1, name: 'Daily' }))).toMatchObject({ ok: false, code: 'invalid-file' });
    expect(await attempt('binary.briefing', new Uint8Array([0xff, 0xfe, 0x00, 0x81]))).toMatchObject({ ok: false, code: 'invalid-file' });
    expect(await attempt('empty.briefing', '')).toMatchObject({ ok: false, code: 'empty' });
    expect(await attempt('future.briefing', JSON.stringify({ ...good, schemaVersion: 7 }))).toMatchObject({ ok: false, code: 'invalid-file', message: expect.stringContaining('newer Briefwright') });
    const damaged = { ...good, articles: [{ ...good.articles[0], paragraphs: 'not a list' }] };
    expect(await attempt('damaged.briefing', JSON.stringify(damaged))).toMatchObject({ ok: false, code: 'corrupt', message: expect.stringContaining('damaged') });
    const climbing = { ...good, articles: [{ ...good.articles[0], id: '../../escape' }] };
    expect(await attempt('climbing.briefing', JSON.stringify(climbing))).toMatchObject({ ok: false, code: 'corrupt' });
    const huge = 'x'.repeat(51 * 1024 * 1024);
    expect(await attempt('huge.briefing', huge)).toMatchObject({ ok: false, code: 'too-large' });

    expect(await colleague.core.listBriefings({})).toEqual([]);
    expect(await colleague.core.listArticles({})).toEqual([]);
    expect((await readdir(colleague.root)).filter((n) => n !== 'articles' && n !== 'briefings')).not.toContain('escape.json');
  });

  it('exports a briefing whose quoted article has since been deleted (its items keep their copied source details)', async () => {
    const mine = await briefingWithQuote();
    await mine.core.deleteArticle({ id: mine.article.id });
    const file = await shareTo(mine.core, mine.briefing.id);
    expect(parseBundle(file.fileName, file.data).articles).toEqual([]);
    const colleague = await freshCore();
    expect(await colleague.core.importBriefingBundle(file)).toMatchObject({ itemCount: 1 });
  });
});
