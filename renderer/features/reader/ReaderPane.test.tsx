import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { newBriefing, newSection } from '../../../shared/model/newBriefing';
import { renderApp, selectText, testArticle } from '../../../test/helpers/renderApp';

afterEach(cleanup);

async function openArticle(paragraphs: string[], title = 'Ports and budgets') {
  const article = testArticle({ id: 'art_1', title, paragraphs, publication: 'The Courier', published: '2026-11-24', byline: 'By Mia Chen' });
  const briefing = newBriefing({ title: 'Morning' });
  briefing.sections.push(newSection('Economy'));
  const app = renderApp({ articles: [article], briefings: [briefing] });
  await screen.findByLabelText('Briefing title');
  await app.user.click(screen.getByRole('button', { name: title }));
  const reader = screen.getByRole('region', { name: 'Reader' });
  await within(reader).findByRole('heading', { name: title });
  return { ...app, reader, article, briefing };
}

function paragraph(reader: HTMLElement, index: number): HTMLElement {
  const element = reader.querySelector<HTMLElement>(`p[data-paragraph="${index}"]`);
  if (!element) throw new Error(`Paragraph ${index} is not shown.`);
  return element;
}

function savedItems(app: Awaited<ReturnType<typeof openArticle>>, sectionIndex: number) {
  return app.store.getState().briefing!.sections[sectionIndex].items;
}

describe('Reader', () => {
  it('shows the article title, byline, publication and date', async () => {
    const { reader } = await openArticle(['One.', 'Two.']);
    const meta = reader.querySelector('.reader-meta')!;
    expect(within(meta as HTMLElement).getByText('By Mia Chen')).toBeTruthy();
    expect(within(meta as HTMLElement).getByText('The Courier · 2026-11-24')).toBeTruthy();
  });

  it('renders paragraphs as text, never as HTML', async () => {
    const hostile = 'Before <script>alert(1)</script> <img src=x onerror="alert(2)"> after.';
    const { reader } = await openArticle(['Plain opening.', hostile]);
    expect(paragraph(reader, 1).textContent).toBe(hostile);
    expect(reader.querySelector('script')).toBeNull();
    expect(reader.querySelector('img')).toBeNull();
    expect(document.querySelector('script')).toBeNull();
  });

  it('adds the selected passage to the chosen section with its paragraph and offsets', async () => {
    const text = 'Exports rose 4.2% in October, the ministry said on Monday.';
    const app = await openArticle(['Lead paragraph here.', text]);
    const start = text.indexOf('Exports rose 4.2%');
    const end = text.indexOf(' in October');
    selectText(paragraph(app.reader, 1), start, end);
    await app.user.selectOptions(within(app.reader).getByLabelText('Section'), 'Economy');
    await app.user.click(within(app.reader).getByRole('button', { name: 'Add to section' }));

    const [item] = savedItems(app, 1);
    expect(item).toMatchObject({
      kind: 'excerpt',
      text: 'Exports rose 4.2%',
      source: {
        articleId: 'art_1',
        paragraph: 1,
        start,
        end,
        title: 'Ports and budgets',
        publication: 'The Courier',
        published: '2026-11-24',
      },
    });
    expect(savedItems(app, 0)).toHaveLength(0);
    const economy = screen.getByRole('list', { name: 'Items in Economy' });
    expect(within(economy).getByText('Exports rose 4.2%')).toBeTruthy();
  });

  it('leaves surrounding spaces out and makes a quote of a passage in quote marks', async () => {
    const text = 'She said: “We are not done yet.” Then she left.';
    const app = await openArticle([text]);
    const open = text.indexOf('“');
    const close = text.indexOf('”') + 1;
    selectText(paragraph(app.reader, 0), open - 1, close + 1);
    await app.user.click(within(app.reader).getByRole('button', { name: 'Add to section' }));
    const [item] = savedItems(app, 0);
    expect(item.kind).toBe('quote');
    expect(item.text).toBe('“We are not done yet.”');
    expect(item.source).toMatchObject({ paragraph: 0, start: open, end: close });
  });

  it('keeps a selection that runs into the next paragraph to its first paragraph, and says so', async () => {
    const app = await openArticle(['First paragraph text.', 'Second paragraph text.']);
    const range = document.createRange();
    range.setStart(paragraph(app.reader, 0).firstChild!, 6);
    range.setEnd(paragraph(app.reader, 1).firstChild!, 6);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    await app.user.click(within(app.reader).getByRole('button', { name: 'Add to section' }));
    const [item] = savedItems(app, 0);
    expect(item.text).toBe('paragraph text.');
    expect(item.source).toMatchObject({ paragraph: 0, start: 6, end: 21 });
    expect(await screen.findByText(/Only its first paragraph was taken/)).toBeTruthy();
  });

  it('asks for a selection when nothing is selected', async () => {
    const app = await openArticle(['Only paragraph.']);
    document.getSelection()!.removeAllRanges();
    await app.user.click(within(app.reader).getByRole('button', { name: 'Add to section' }));
    expect(await screen.findByText(/Select a passage in the article first/)).toBeTruthy();
    await waitFor(() => expect(savedItems(app, 0)).toHaveLength(0));
  });

  it('says so when an article cannot be opened, and leaves the Reader empty', async () => {
    const article = testArticle({ id: 'art_gone', title: 'Gone missing', paragraphs: ['Text.'] });
    const app = renderApp({ articles: [article] });
    const row = await screen.findByRole('button', { name: 'Gone missing' });
    // Deleted on disk after the Inbox listed it (another window, a sync tool).
    app.library.articles.delete('art_gone');
    await app.user.click(row);
    expect((await screen.findByRole('alert')).textContent).toContain('This article could not be opened: That article is no longer in the library.');
    expect(within(screen.getByRole('region', { name: 'Reader' })).getByText('Nothing open')).toBeTruthy();
  });
});
