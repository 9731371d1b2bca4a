import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { newItem, newSection } from '../../shared/model/newBriefing';
import { crossSourceArticles } from '../../test/fixtures/crossSource/crossSourceSet';
import { createServices } from './createServices';
import { openLibrary } from './library';

const made: string[] = [];
afterAll(() => Promise.all(made.map((d) => rm(d, { recursive: true, force: true }))));

async function coreWithFloods() {
  const root = await mkdtemp(join(tmpdir(), 'briefwright-sources-'));
  made.push(root);
  const core = createServices(openLibrary(root));
  const ids = new Map<string, string>();
  for (const a of crossSourceArticles().filter((x) => /^k?floods-/.test(x.name))) {
    const outcome = await core.importText({ text: a.text, name: a.name });
    if (!outcome.ok) throw new Error(`${a.name} did not import`);
    ids.set(a.name, outcome.article.id);
  }
  return { core, root, id: (name: string) => ids.get(name) as string };
}

describe('reading across the library', () => {
  it('groups the recent articles into stories and finds the figures and quotes that differ', async () => {
    const { core, id } = await coreWithFloods();
    const report = await core.compareSources({});
    const lundara = report.stories.find((s) => s.articleIds.includes(id('floods-courier')));
    expect(lundara?.articleIds).toHaveLength(4);
    expect(lundara?.sources).toBe(4);
    expect(report.stories.find((s) => s.articleIds.includes(id('kfloods-wire')))?.articleIds).toHaveLength(3);
    const sure = report.conflicts.filter((c) => c.sure).map((c) => [c.a.text, c.b.text].sort().join(' ≠ '));
    expect(sure).toContain('21 ≠ At least 19');
    expect(report.quoteDifferences.some((d) => d.a.articleId === id('floods-courier') || d.b.articleId === id('floods-courier'))).toBe(true);
    expect(report.previousBriefing).toBeNull();
    expect(report.newArticleIds).toHaveLength(7);
  });

  it('marks what is new since the previous edition and a story briefed yesterday as developing', async () => {
    const { core, id } = await coreWithFloods();
    const yesterday = await core.createBriefing({ title: 'Yesterday', date: '2026-03-10' });
    const section = newSection('Africa');
    section.items.push(newItem({ kind: 'excerpt', text: 'At least 19 people died', source: { articleId: id('floods-courier'), paragraph: 0, start: 0, end: 23, title: null, publication: null, published: null, url: null } }));
    await core.saveBriefing({ briefing: { ...yesterday, sections: [section] } });
    const today = await core.createBriefing({ title: 'Today', date: '2026-03-11' });
    const report = await core.compareSources({ briefingId: today.id });
    expect(report.previousBriefing).toMatchObject({ id: yesterday.id, date: '2026-03-10' });
    expect(report.newArticleIds).not.toContain(id('floods-courier'));
    expect(report.newArticleIds).toContain(id('floods-wire'));
    const lundara = report.stories.find((s) => s.articleIds.includes(id('floods-courier')));
    expect(report.developingStoryIds).toEqual([lundara?.id]);
  });

  it('keeps the analyst\'s split and merge, and survives a damaged corrections file', async () => {
    const { core, root, id } = await coreWithFloods();
    await core.linkArticles({ a: id('floods-observer'), b: id('floods-courier'), link: 'apart' });
    await core.linkArticles({ a: id('floods-observer'), b: id('floods-wire'), link: 'apart' });
    await core.linkArticles({ a: id('floods-observer'), b: id('floods-herald'), link: 'apart' });
    let stories = (await core.compareSources({})).stories;
    expect(stories.find((s) => s.articleIds.includes(id('floods-observer')))?.articleIds).toEqual([id('floods-observer')]);
    await core.linkArticles({ a: id('floods-observer'), b: id('kfloods-news'), link: 'together' });
    stories = (await core.compareSources({})).stories;
    expect(stories.find((s) => s.articleIds.includes(id('floods-observer')))?.articleIds).toContain(id('kfloods-news'));
    await core.linkArticles({ a: id('floods-observer'), b: id('kfloods-news'), link: 'auto' });
    expect(await core.linkArticles({ a: id('floods-observer'), b: id('floods-herald'), link: 'auto' })).toEqual({ together: 0, apart: 2 });
    await writeFile(join(root, 'stories.json'), '{ not json');
    stories = (await core.compareSources({})).stories;
    expect(stories.find((s) => s.articleIds.includes(id('floods-observer')))?.articleIds).toHaveLength(4);
  });
});
