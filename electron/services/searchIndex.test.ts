import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GRID_ARTICLE, HARBOUR_ARTICLE } from '../../test/fixtures/articles';
import { rankArticles, searchEntry } from '../../shared/model/articleSearch';
import type { Article } from '../../shared/model/article';
import { createServices } from './createServices';
import { openLibrary } from './library';

const FERRY = `SOURCE: Island Courier
DATE: 2026-03-02

Ferry fares to rise in spring

Fares on the island ferry will rise by 6 per cent in April, the operator said on Monday.

"Fuel has cost us more every month this winter," said Zoë Brannigan-Hale, the operator's finance director.

Season tickets will be frozen for a year, the company added.
`;

async function coreWith(texts: string[]) {
  const library = openLibrary(await mkdtemp(join(tmpdir(), 'briefwright-search-')));
  const core = createServices(library);
  const ids: string[] = [];
  for (const text of texts) {
    const outcome = await core.importText({ text });
    if (!outcome.ok) throw new Error(outcome.error.message);
    ids.push(outcome.article.id);
  }
  return { core, ids, library };
}

describe('searching the library', () => {
  it('finds articles by a word of the title, a phrase of the text and a speaker, accents or not', async () => {
    const { core, ids } = await coreWith([HARBOUR_ARTICLE, FERRY]);
    const [harbour, ferry] = ids;
    expect(await core.searchArticles({ query: 'harbour' })).toEqual([harbour]);
    expect(await core.searchArticles({ query: '"season tickets will be frozen"' })).toEqual([ferry]);
    expect(await core.searchArticles({ query: 'Okafor' })).toEqual([harbour]);
    expect(await core.searchArticles({ query: 'zoe brannigan' })).toEqual([ferry]);
    expect(await core.searchArticles({ query: 'ferry Okafor' })).toEqual([]);
    expect(await core.searchArticles({ query: '   ' })).toEqual([]);
  });

  it('ranks a title match above a passing mention and keeps up with imports, corrections and deletions', async () => {
    const { core, ids } = await coreWith([HARBOUR_ARTICLE, FERRY]);
    const [harbour, ferry] = ids;
    expect(await core.searchArticles({ query: 'fuel' })).toEqual([ferry]);

    const grid = await core.importText({ text: GRID_ARTICLE, html: GRID_ARTICLE });
    if (!grid.ok) throw new Error('import failed');
    expect(await core.searchArticles({ query: 'Helen Marsh' })).toEqual([grid.article.id]);

    await core.updateArticle({ id: harbour, patch: { title: 'Fuel prices and the harbour' } });
    expect(await core.searchArticles({ query: 'fuel' })).toEqual([harbour, ferry]);

    await core.deleteArticle({ id: ferry });
    expect(await core.searchArticles({ query: 'fuel' })).toEqual([harbour]);
  });

  it('ranks by where the words are found, newest import first among equals', () => {
    const article = (id: string, title: string, paragraphs: string[], importedAt: string): Article => ({
      schemaVersion: 1, id, title, byline: null, publication: null, published: null, url: null, language: 'en', paragraphs,
      source: { fileName: 'x.txt', format: 'txt' }, origin: {}, importedAt, quotes: [], figures: [],
    });
    const entries = [
      article('a', 'Budget day', ['The budget was late.'], '2026-01-01T00:00:00Z'),
      article('b', 'Water rates', ['A budget line on water.'], '2026-01-02T00:00:00Z'),
      article('c', 'Schools', ['No money talk here.'], '2026-01-03T00:00:00Z'),
      article('d', 'Roads', ['A budget for roads.'], '2026-01-04T00:00:00Z'),
    ].map(searchEntry);
    expect(rankArticles(entries, 'Budget')).toEqual(['a', 'd', 'b']);
    // Words found together as typed rank above the same words found apart.
    const apart = article('e', 'Line items', ['Water costs more.', 'The budget was set.'], '2026-01-05T00:00:00Z');
    expect(rankArticles([...entries, searchEntry(apart)], 'budget line')).toEqual(['b', 'e']);
  });
});
