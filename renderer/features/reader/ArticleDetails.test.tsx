import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp, testArticle } from '../../../test/helpers/renderApp';

afterEach(cleanup);

async function openArticle() {
  const article = testArticle({
    id: 'art_wire',
    title: 'Port strike ends',
    byline: 'Staff',
    publication: 'Coastal Ledger',
    published: '2026-03-14',
    url: null,
    language: 'en',
    paragraphs: ['Dockers returned to work on Friday.'],
    origin: { title: 'json-ld', byline: 'header-line', publication: 'header-line', published: 'header-line', language: 'html-lang' },
    nearDuplicates: ['art_other'],
  });
  const other = testArticle({ id: 'art_other', title: 'Dock walkout over', paragraphs: ['Dock workers went back on Friday.'], nearDuplicates: ['art_wire'] });
  const app = renderApp({ articles: [article, other] });
  const inbox = screen.getByRole('region', { name: 'Inbox' });
  await app.user.click(await within(inbox).findByRole('button', { name: 'Port strike ends' }));
  const reader = screen.getByRole('region', { name: 'Reader' });
  await within(reader).findByRole('heading', { name: 'Port strike ends' });
  return { ...app, reader, inbox };
}

describe('article details in the Reader', () => {
  it('says where each field came from', async () => {
    const { reader } = await openArticle();
    const details = reader.querySelector('.reader-details')!;
    const row = (label: string) => within(details as HTMLElement).getByText(label).closest('.details-row')!.textContent;
    expect(row('Title')).toContain("from the page's JSON-LD");
    expect(row('Byline')).toContain('from the header line');
    expect(row('URL')).toContain('—');
    expect(within(reader).getByRole('heading', { name: 'Port strike ends' }).getAttribute('title')).toBe("Title, from the page's JSON-LD");
  });

  it('edits the title in place, saves only what changed, shows it came from the analyst and renames it in the Inbox', async () => {
    const app = await openArticle();
    await app.user.click(within(app.reader).getByRole('button', { name: 'Edit details' }));
    const form = within(app.reader).getByRole('form', { name: 'Article details' });
    const title = within(form).getByLabelText('Title') as HTMLInputElement;
    expect(title.value).toBe('Port strike ends');
    expect(within(form).getByLabelText('Byline')).toHaveProperty('value', 'Staff');
    expect(within(form).getByText("from the page's JSON-LD")).toBeTruthy();
    await app.user.clear(title);
    await app.user.type(title, 'Port strike ends after three weeks');
    await app.user.type(within(form).getByLabelText('URL'), 'https://ledger.example/strike');
    await app.user.click(within(form).getByRole('button', { name: 'Save' }));

    await within(app.reader).findByRole('heading', { name: 'Port strike ends after three weeks' });
    expect(await within(app.inbox).findByRole('button', { name: 'Port strike ends after three weeks' })).toBeTruthy();
    const update = app.library.calls.find((c) => c.method === 'updateArticle');
    expect(update?.input).toEqual({ id: 'art_wire', patch: { title: 'Port strike ends after three weeks', url: 'https://ledger.example/strike' } });
    const details = app.reader.querySelector('.reader-details') as HTMLElement;
    const row = (label: string) => within(details).getByText(label).closest('.details-row')!.textContent;
    expect(row('Title')).toContain('from the analyst');
    expect(row('URL')).toContain('from the analyst');
    expect(row('Byline')).toContain('from the header line');
    expect(app.library.articles.get('art_wire')!.origin.title).toBe('analyst');
    // The focus returns to Edit details once the edited article is shown again (after the core answers).
    await waitFor(() => expect(document.activeElement).toBe(within(app.reader).getByRole('button', { name: 'Edit details' })));
  });

  it('leaves everything as it was on Cancel', async () => {
    const app = await openArticle();
    await app.user.click(within(app.reader).getByRole('button', { name: 'Edit details' }));
    const form = within(app.reader).getByRole('form', { name: 'Article details' });
    await app.user.type(within(form).getByLabelText('Publication'), ' Weekly');
    await app.user.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(within(app.reader).queryByRole('form', { name: 'Article details' })).toBeNull();
    expect(app.reader.querySelector('.reader-meta')!.textContent).toContain('Coastal Ledger · 2026-03-14');
    expect(app.library.calls.some((c) => c.method === 'updateArticle')).toBe(false);
  });

  it('links a near-duplicate and opens it', async () => {
    const app = await openArticle();
    expect(within(app.reader).getByText('Same story as: Dock walkout over')).toBeTruthy();
    await app.user.click(within(app.reader).getByRole('button', { name: 'Open Dock walkout over' }));
    await within(app.reader).findByRole('heading', { name: 'Dock walkout over' });
    await waitFor(() => expect(within(app.reader).getByText('Same story as: Port strike ends')).toBeTruthy());
  });
});
