import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../shared/model/article';
import { newBriefing, newItem } from '../../../shared/model/newBriefing';
import { renderApp, testArticle } from '../../../test/helpers/renderApp';

afterEach(cleanup);

const quote = (speaker: string, text: string) => ({ paragraph: 0, start: 0, end: text.length, text, speaker, role: null, confidence: 0.9 });

const ARTICLES: Article[] = [
  testArticle({
    id: 'art_harbour', title: 'Harbour expansion approved', publication: 'Coastal Ledger', published: '2026-03-14',
    importedAt: '2026-11-20T08:00:00.000Z', paragraphs: ['"We could not afford to wait," the chair said.'],
    quotes: [quote('Daniel Okafor', 'We could not afford to wait')],
  }),
  testArticle({
    id: 'art_grid', title: 'Grid warns of winter shortfall', publication: 'Valley Times', published: '2026-01-09',
    importedAt: '2026-11-21T08:00:00.000Z', paragraphs: ['Reserve margins could fall to 2.3 per cent.'], nearDuplicates: ['art_grid2'],
  }),
  testArticle({
    id: 'art_grid2', title: 'Winter power margins thin, operator says', publication: 'Northern Echo', published: '2026-01-10',
    importedAt: '2026-11-22T08:00:00.000Z', paragraphs: ['Reserve margins could fall to 2.3 per cent, the operator said.'], nearDuplicates: ['art_grid'],
  }),
  testArticle({
    id: 'art_ferry', title: 'Ferry fares to rise', publication: 'Coastal Ledger', published: null,
    importedAt: '2026-11-23T08:00:00.000Z', paragraphs: ['Fares on the island ferry will rise in April.'],
  }),
];

function titlesShown(): string[] {
  const list = screen.queryByRole('list', { name: 'Articles' });
  return list ? Array.from(list.querySelectorAll('.article-row-title')).map((el) => el.textContent ?? '') : [];
}

async function ready(seed: Parameters<typeof renderApp>[0] = { articles: ARTICLES }) {
  const app = renderApp(seed);
  await screen.findByLabelText('Briefing title');
  await waitFor(() => expect(titlesShown().length).toBeGreaterThan(0));
  return { ...app, inbox: screen.getByRole('region', { name: 'Inbox' }) };
}

describe('finding articles in the Inbox', () => {
  it('searches titles, text and speakers, best match first', async () => {
    const { inbox, user, library } = await ready();
    const search = within(inbox).getByLabelText('Search articles');
    await user.type(search, 'okafor');
    await waitFor(() => expect(titlesShown()).toEqual(['Harbour expansion approved']));
    expect(library.calls.some((c) => c.method === 'searchArticles')).toBe(true);
    expect((within(inbox).getByLabelText('Sort by') as HTMLSelectElement).value).toBe('relevance');

    await user.clear(search);
    await user.type(search, 'margins');
    await waitFor(() => expect(titlesShown()).toEqual(['Winter power margins thin, operator says', 'Grid warns of winter shortfall']));
    expect(within(inbox).getByText('2 of 4 articles')).toBeTruthy();

    await user.clear(search);
    await user.type(search, 'nothing like this');
    expect(await within(inbox).findByText('No articles match')).toBeTruthy();
    await user.click(within(inbox).getByRole('button', { name: 'Clear search and filters' }));
    expect(titlesShown()).toHaveLength(4);
    expect((within(inbox).getByLabelText('Sort by') as HTMLSelectElement).value).toBe('imported');
  });

  it('filters by publication and date and sorts four ways', async () => {
    const { inbox, user } = await ready();
    expect(titlesShown()).toEqual(['Ferry fares to rise', 'Winter power margins thin, operator says', 'Grid warns of winter shortfall', 'Harbour expansion approved']);

    await user.selectOptions(within(inbox).getByLabelText('Publication'), 'Coastal Ledger');
    expect(titlesShown()).toEqual(['Ferry fares to rise', 'Harbour expansion approved']);
    await user.selectOptions(within(inbox).getByLabelText('Publication'), 'All publications');

    await user.type(within(inbox).getByLabelText('From'), '2026-01-10');
    await user.type(within(inbox).getByLabelText('To'), '2026-06-30');
    expect(titlesShown()).toEqual(['Winter power margins thin, operator says', 'Harbour expansion approved']);
    await user.clear(within(inbox).getByLabelText('From'));
    await user.clear(within(inbox).getByLabelText('To'));

    const sort = within(inbox).getByLabelText('Sort by');
    await user.selectOptions(sort, 'Title');
    expect(titlesShown()).toEqual(['Ferry fares to rise', 'Grid warns of winter shortfall', 'Harbour expansion approved', 'Winter power margins thin, operator says']);
    await user.selectOptions(sort, 'Published date');
    expect(titlesShown()).toEqual(['Harbour expansion approved', 'Winter power margins thin, operator says', 'Grid warns of winter shortfall', 'Ferry fares to rise']);
    await user.selectOptions(sort, 'Publication');
    expect(titlesShown()).toEqual(['Harbour expansion approved', 'Ferry fares to rise', 'Winter power margins thin, operator says', 'Grid warns of winter shortfall']);
  });

  it('shows each article\'s language and filters by it', async () => {
    const french = testArticle({
      id: 'art_fr', title: 'La Commission revoit la croissance à la baisse', publication: 'Le Quotidien', published: '2026-03-15', language: 'fr',
      importedAt: '2026-11-24T08:00:00.000Z', paragraphs: ['La croissance de la zone euro devrait ralentir cette année.'],
    });
    const { inbox, user } = await ready({ articles: [...ARTICLES, french] });
    const row = within(inbox).getByRole('button', { name: 'La Commission revoit la croissance à la baisse' });
    expect(row.textContent).toContain('FR');
    await user.selectOptions(within(inbox).getByLabelText('Language'), 'fr');
    expect(titlesShown()).toEqual(['La Commission revoit la croissance à la baisse']);
    await user.selectOptions(within(inbox).getByLabelText('Language'), 'en');
    expect(titlesShown()).toHaveLength(4);
  });

  it('marks articles an earlier briefing used, and New only hides them; marks the same story told twice', async () => {
    const yesterday = newBriefing({ title: 'Morning brief', date: '2026-11-24' });
    const source = { articleId: 'art_harbour', paragraph: 0, start: 1, end: 27, title: 'Harbour expansion approved', publication: 'Coastal Ledger', published: '2026-03-14', url: null };
    yesterday.sections[0].items.push(newItem({ kind: 'quote', text: 'We could not afford to wait', source }));
    const today = newBriefing({ title: 'Today', date: '2026-11-25' });
    const { inbox, user } = await ready({ articles: ARTICLES, briefings: [yesterday, today] });

    const harbour = within(inbox).getByRole('button', { name: 'Harbour expansion approved' });
    const used = await within(harbour).findByText('Used');
    expect(used.getAttribute('title')).toBe('Used in “Morning brief” (2026-11-24)');
    expect(harbour.getAttribute('aria-describedby')).toBeTruthy();
    expect(within(within(inbox).getByRole('button', { name: 'Ferry fares to rise' })).queryByText('Used')).toBeNull();

    const grid = within(inbox).getByRole('button', { name: 'Grid warns of winter shortfall' });
    expect(within(grid).getByText('Same story').getAttribute('title')).toBe('Same story as “Winter power margins thin, operator says”');

    await user.click(within(inbox).getByLabelText('New only'));
    expect(titlesShown()).toEqual(['Ferry fares to rise', 'Winter power margins thin, operator says', 'Grid warns of winter shortfall']);
  });

  it('deletes an article only after the analyst confirms', async () => {
    const { inbox, user, library } = await ready();
    await user.click(within(inbox).getByRole('button', { name: 'Grid warns of winter shortfall' }));
    await user.click(within(inbox).getByRole('button', { name: 'Delete article' }));
    const confirm = within(inbox).getByRole('alertdialog', { name: 'Delete article?' });
    expect(confirm.textContent).toContain('Delete “Grid warns of winter shortfall” from the library?');
    await user.click(within(confirm).getByRole('button', { name: 'Keep' }));
    expect(library.articles.has('art_grid')).toBe(true);

    await user.click(within(inbox).getByRole('button', { name: 'Grid warns of winter shortfall' }));
    await user.keyboard('{Delete}');
    await user.click(within(within(inbox).getByRole('alertdialog')).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(titlesShown()).not.toContain('Grid warns of winter shortfall'));
    expect(library.articles.has('art_grid')).toBe(false);
    // The other telling of the story is no longer marked as a duplicate of a deleted article.
    expect(within(within(inbox).getByRole('button', { name: 'Winter power margins thin, operator says' })).queryByText('Same story')).toBeNull();
    expect(await screen.findByText('Deleted "Grid warns of winter shortfall" from the library.')).toBeTruthy();
  });

  it('renders only the rows in view of a 1,000-article library, and search still finds any of them', async () => {
    const many = Array.from({ length: 1000 }, (_, i) =>
      testArticle({ id: `art_${i}`, title: `Council story ${i}`, importedAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(), paragraphs: [`Item ${i} of the council agenda.`] }),
    );
    const { inbox, user } = await ready({ articles: many });
    expect(within(inbox).getByText('1000 articles')).toBeTruthy();
    expect(titlesShown().length).toBeLessThan(60);
    expect(titlesShown()[0]).toBe('Council story 999');
    await user.click(within(inbox).getByLabelText('Search articles'));
    await user.paste('"council story 417"');
    await waitFor(() => expect(titlesShown()).toEqual(['Council story 417']));
  });
});
