import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '../../shared/model/article';
import { seedArticle } from '../../test/helpers/editorLibrary';
import { createServices } from './createServices';
import { openLibrary } from './library';

const roots: string[] = [];
afterEach(async () => {
  for (const root of roots.splice(0)) await rm(root, { recursive: true, force: true });
});

const article = (n: number, title: string, text: string): Article =>
  seedArticle({ id: `art_index_${n}`, title, paragraphs: [text], importedAt: `2026-11-2${n}T07:00:00.000Z` });

/** A library with three articles, its index written to disk as a closed app leaves it. */
async function savedLibrary() {
  const root = await mkdtemp(join(tmpdir(), 'briefwright-index-'));
  roots.push(root);
  const library = openLibrary(root);
  const core = createServices(library);
  await core.listArticles({});
  await library.articles.write(article(1, 'Harbour dredging delayed', 'The port authority delayed the dredging of the outer harbour.'));
  await library.articles.write(article(2, 'Ferry fares rise', 'Fares on the island ferry will rise by 6 per cent in April.'));
  await library.articles.write(article(3, 'Tram extension approved', 'The council approved the tram extension on Tuesday.'));
  await library.articleIndex.flush();
  return { root, file: (n: number) => join(root, 'articles', `art_index_${n}.json`) };
}

/** The same library as the next start of the app sees it. */
function reopen(root: string, problems: string[] = []) {
  const library = openLibrary(root, (p) => problems.push(p.file));
  return { library, core: createServices(library) };
}

describe('the article index kept beside the files', () => {
  it('lists and searches from the saved index on the next start without reading every article again', async () => {
    const { root } = await savedLibrary();
    const { library, core } = reopen(root);
    expect((await core.listArticles({})).map((a) => a.title)).toEqual(['Tram extension approved', 'Ferry fares rise', 'Harbour dredging delayed']);
    expect(await core.searchArticles({ query: 'ferry' })).toEqual(['art_index_2']);
    expect(await core.searchArticles({ query: 'dredg' })).toEqual(['art_index_1']);
    expect(await core.searchArticles({ query: '"island ferry will rise"' })).toEqual(['art_index_2']);
    await library.articleIndex.verified();
    expect(library.articleIndex.lastRepair).toEqual({ reread: 0, dropped: 0, rebuilt: false });
  });

  it('agrees with the files after a hand-edited, a deleted, an added and a damaged file', async () => {
    const { root, file } = await savedLibrary();
    const edited = JSON.parse(await readFile(file(1), 'utf8')) as Article;
    await writeFile(file(1), JSON.stringify({ ...edited, title: 'Harbour dredging cancelled for good', paragraphs: ['The dredging will not go ahead, the authority said.'] }));
    await rm(file(2));
    await writeFile(join(root, 'articles', 'art_index_4.json'), JSON.stringify(article(4, 'Wind farm link opens', 'The wind farm link carried its first power on Monday.')));
    await writeFile(file(3), '{"schemaVersion": 1, "id": "art_index_3", "title": 4');
    const problems: string[] = [];
    const { library, core } = reopen(root, problems);
    // Added and deleted files are seen before the first answer; files changed in place by the check that follows.
    expect((await core.listArticles({})).map((a) => a.id)).not.toContain('art_index_2');
    expect(await core.searchArticles({ query: 'wind farm' })).toEqual(['art_index_4']);
    await library.articleIndex.verified();
    expect((await core.listArticles({})).map((a) => a.title)).toEqual(['Wind farm link opens', 'Harbour dredging cancelled for good']);
    expect(await core.searchArticles({ query: 'cancelled' })).toEqual(['art_index_1']);
    expect(await core.searchArticles({ query: 'outer harbour' })).toEqual([]);
    expect(await core.searchArticles({ query: 'ferry' })).toEqual([]);
    expect(await core.searchArticles({ query: 'tram' })).toEqual([]);
    expect(await core.searchArticles({ query: 'wind farm' })).toEqual(['art_index_4']);
    expect(problems).toEqual([file(3)]);
  });

  it('catches up with a file written just before a crash, before the index heard of it', async () => {
    const { root, file } = await savedLibrary();
    const crashed = openLibrary(root);
    crashed.articles.listener = null; // the process died between the file's rename and the index update
    await crashed.articles.write({ ...article(2, 'Ferry fares frozen after protest', 'Fares will stay where they are.'), importedAt: '2026-11-22T07:00:00.000Z' });
    const { library, core } = reopen(root);
    await library.articleIndex.verified();
    expect((await core.listArticles({})).find((a) => a.id === 'art_index_2')?.title).toBe('Ferry fares frozen after protest');
    expect(await core.searchArticles({ query: 'protest' })).toEqual(['art_index_2']);
    expect(await core.searchArticles({ query: 'april' })).toEqual([]);
  });

  it('rebuilds from the files when the index file is damaged or missing', async () => {
    const { root } = await savedLibrary();
    const indexFile = join(root, '.index', 'articles.idx');
    const bytes = await readFile(indexFile);
    await writeFile(indexFile, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const { library, core } = reopen(root);
    expect(await core.listArticles({})).toHaveLength(3);
    expect(await core.searchArticles({ query: 'tram' })).toEqual(['art_index_3']);
    expect(library.articleIndex.lastRepair).toMatchObject({ reread: 3, rebuilt: true });
    await library.articleIndex.flush();
    expect((await stat(indexFile)).size).toBeGreaterThan(bytes.length / 2);
    await rm(join(root, '.index'), { recursive: true });
    expect(await reopen(root).core.listArticles({})).toHaveLength(3);
  });

  it('follows imports, corrections and deletions made while it is open', async () => {
    const { root } = await savedLibrary();
    const { library, core } = reopen(root);
    await core.updateArticle({ id: 'art_index_3', patch: { title: 'Tram extension paused' } });
    await core.deleteArticle({ id: 'art_index_1' });
    expect((await core.listArticles({})).map((a) => a.title)).toEqual(['Tram extension paused', 'Ferry fares rise']);
    expect(await core.searchArticles({ query: 'paused' })).toEqual(['art_index_3']);
    await library.articleIndex.flush();
    // Writing the index renumbers its entries: what it answers stays the same.
    expect((await core.listArticles({})).map((a) => a.title)).toEqual(['Tram extension paused', 'Ferry fares rise']);
    expect(await core.searchArticles({ query: 'ferry' })).toEqual(['art_index_2']);
    const next = reopen(root);
    expect((await next.core.listArticles({})).map((a) => a.title)).toEqual(['Tram extension paused', 'Ferry fares rise']);
    await next.library.articleIndex.verified();
    expect(next.library.articleIndex.lastRepair).toEqual({ reread: 0, dropped: 0, rebuilt: false });
  });
});
