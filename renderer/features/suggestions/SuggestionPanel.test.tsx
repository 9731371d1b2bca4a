import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../shared/model/article';
import { newBriefing, newItem, newSection } from '../../../shared/model/newBriefing';
import { renderApp, selectText, testArticle } from '../../../test/helpers/renderApp';

afterEach(cleanup);

const PARAGRAPHS = [
  'The council approved a £340m budget on Monday.',
  '“We will not cut services,” said Ana Ruiz, the council leader. “Not one library will close.”',
  'Unemployment fell to 4.2% last year, said Tom Hale, the city economist: “The recovery is real.”',
];

/** Where `text` sits in paragraph `paragraph` of the test article. */
function at(paragraph: number, text: string) {
  const start = PARAGRAPHS[paragraph].indexOf(text);
  if (start < 0) throw new Error(`"${text}" is not in paragraph ${paragraph}.`);
  return { paragraph, start, end: start + text.length };
}

function councilArticle(): Article {
  return testArticle({
    id: 'art_council',
    title: 'Council passes budget',
    publication: 'The Courier',
    published: '2026-11-24',
    url: 'https://courier.example/budget',
    paragraphs: PARAGRAPHS,
    quotes: [
      { text: 'We will not cut services,', speaker: 'Ana Ruiz', role: 'council leader', confidence: 0.9, speakerConfidence: 0.9, ...at(1, 'We will not cut services,') },
      { text: 'Not one library will close.', speaker: 'Ana Ruiz', role: 'council leader', confidence: 0.75, speakerConfidence: 0.85, ...at(1, 'Not one library will close.') },
      { text: 'The recovery is real.', speaker: 'Tom Hale', role: 'city economist', confidence: 0.8, speakerConfidence: 0.6, ...at(2, 'The recovery is real.') },
    ],
    figures: [
      { text: '£340m', value: 340_000_000, unit: 'GBP', what: 'budget', whatConfidence: 0.9, confidence: 0.9, ...at(0, '£340m') },
      { text: '4.2%', value: 4.2, unit: '%', what: 'unemployment', whatConfidence: 0.6, confidence: 0.7, ...at(2, '4.2%') },
    ],
  });
}

async function openCouncil(options: { earlier?: boolean } = {}) {
  const article = councilArticle();
  const briefing = newBriefing({ title: 'Morning', date: '2026-11-25' });
  briefing.sections.push(newSection('Economy'));
  const briefings = [briefing];
  if (options.earlier) {
    const old = newBriefing({ title: 'Last week', date: '2026-11-18' });
    old.sections[0].items.push(
      newItem({ kind: 'quote', text: 'The recovery is real.', source: { articleId: article.id, ...at(2, 'The recovery is real.'), title: null, publication: null, published: null, url: null } }),
    );
    briefings.push(old);
  }
  const app = renderApp({ articles: [article], briefings });
  await screen.findByLabelText('Briefing title');
  await app.user.click(await screen.findByRole('button', { name: 'Council passes budget' }));
  const reader = screen.getByRole('region', { name: 'Reader' });
  await within(reader).findByRole('heading', { name: 'Council passes budget' });
  const panel = within(reader).getByRole('complementary', { name: 'Suggestions' });
  const list = () => within(panel).getByRole('list', { name: 'Suggested quotes and figures' });
  const entries = () => within(list()).queryAllByRole('listitem');
  const items = (section: number) => app.store.getState().briefing!.sections[section].items;
  return { ...app, reader, panel, list, entries, items, article };
}

describe('suggestions in the Reader', () => {
  it('marks suggested quotes and figures inside the text, each kind apart, and leaves the text as it was', async () => {
    const { reader } = await openCouncil();
    const marks = (kind: string) => Array.from(reader.querySelectorAll(`mark.hl-${kind}`)).map((m) => m.textContent);
    expect(marks('quote')).toEqual(['We will not cut services,', 'Not one library will close.', 'The recovery is real.']);
    expect(marks('figure')).toEqual(['£340m', '4.2%']);
    PARAGRAPHS.forEach((text, i) => expect(reader.querySelector(`p[data-paragraph="${i}"]`)!.textContent).toBe(text));
    expect(reader.querySelector('mark.hl-quote')!.getAttribute('title')).toBe('Suggested quote: Ana Ruiz');
    expect(reader.querySelector('mark.hl-figure')!.getAttribute('title')).toBe('Suggested figure: budget');
  });

  it('lists every suggestion with speaker and role, or what it measures, and its confidence', async () => {
    const { entries } = await openCouncil();
    const texts = entries().map((entry) => entry.textContent);
    expect(texts).toHaveLength(5);
    expect(texts[0]).toContain('£340m');
    expect(texts[0]).toContain('what: budget');
    expect(texts[1]).toContain('“We will not cut services,”');
    expect(texts[1]).toContain('— Ana Ruiz, council leader');
    expect(texts[1]).toContain('Confidence 90%');
  });

  it('asks the analyst to confirm a speaker the analysis is unsure of, on the suggestion and on the briefing item, until confirmed', async () => {
    const app = await openCouncil();
    const texts = app.entries().map((entry) => entry.textContent);
    expect(texts[1]).toContain('— Ana Ruiz, council leader');
    expect(texts[1]).not.toContain('Speaker?');
    expect(texts[4]).toContain('— Speaker? Tom Hale, city economist');

    await app.user.selectOptions(within(app.reader).getByLabelText('Section'), 'Economy');
    await app.user.click(within(app.panel).getByRole('button', { name: 'Accept: The recovery is real.' }));
    expect(app.items(1)[0]).toMatchObject({ speaker: 'Tom Hale', speakerUnconfirmed: true });
    const pane = screen.getByRole('region', { name: 'Briefing' });
    expect(within(pane).getByText(/Speaker\? Tom Hale, city economist/)).toBeTruthy();

    await app.user.click(within(pane).getByRole('button', { name: 'Confirm speaker: Tom Hale' }));
    expect(app.items(1)[0].speakerUnconfirmed).toBeUndefined();
    expect(within(pane).queryByText(/Speaker\?/)).toBeNull();
    expect(within(pane).getByText('Tom Hale, city economist')).toBeTruthy();
  });

  it('takes a speaker the analyst types in place of an unsure one as confirmed', async () => {
    const app = await openCouncil();
    await app.user.selectOptions(within(app.reader).getByLabelText('Section'), 'Economy');
    await app.user.click(within(app.panel).getByRole('button', { name: 'Accept: The recovery is real.' }));
    const pane = screen.getByRole('region', { name: 'Briefing' });
    await app.user.click(within(pane).getByRole('button', { name: 'Change speaker: Tom Hale' }));
    const input = within(pane).getByLabelText('Speaker');
    await app.user.clear(input);
    await app.user.type(input, 'Thomas Hale');
    expect(app.items(1)[0]).toMatchObject({ speaker: 'Thomas Hale' });
    expect(app.items(1)[0].speakerUnconfirmed).toBeUndefined();
  });

  it('filters by kind and by speaker', async () => {
    const { user, panel, entries } = await openCouncil();
    await user.click(within(panel).getByRole('radio', { name: 'Figures' }));
    expect(entries().map((e) => e.querySelector('.suggestion-text')!.textContent)).toEqual(['£340m', '4.2%']);
    await user.click(within(panel).getByRole('radio', { name: 'Quotes' }));
    expect(entries()).toHaveLength(3);
    await user.click(within(panel).getByRole('radio', { name: 'All' }));
    await user.selectOptions(within(panel).getByLabelText('Speaker'), 'Tom Hale');
    expect(entries().map((e) => e.querySelector('.suggestion-text')!.textContent)).toEqual(['“The recovery is real.”']);
    expect(within(within(panel).getByLabelText('Speaker')).getAllByRole('option').map((o) => o.textContent)).toEqual(['All speakers', 'Ana Ruiz', 'Tom Hale']);
  });

  it('accepts a quote by click into the chosen section, with speaker, role and source, as one undoable step', async () => {
    const app = await openCouncil();
    await app.user.selectOptions(within(app.reader).getByLabelText('Section'), 'Economy');
    await app.user.click(within(app.panel).getByRole('button', { name: 'Accept: We will not cut services,' }));
    const [item] = app.items(1);
    expect(item).toMatchObject({
      kind: 'quote',
      text: 'We will not cut services,',
      speaker: 'Ana Ruiz',
      role: 'council leader',
      source: {
        articleId: 'art_council',
        ...at(1, 'We will not cut services,'),
        title: 'Council passes budget',
        publication: 'The Courier',
        published: '2026-11-24',
        url: 'https://courier.example/budget',
      },
    });
    expect(app.items(0)).toHaveLength(0);
    expect(within(screen.getByRole('list', { name: 'Items in Economy' })).getByText(/We will not cut services/)).toBeTruthy();
    const entry = app.entries()[1];
    expect(entry.textContent).toContain('In this briefing');
    expect((within(entry).getByRole('button', { name: 'Accept: We will not cut services,' }) as HTMLButtonElement).disabled).toBe(true);
    const mark = app.reader.querySelector('mark[data-suggestion="quote:0"]')!;
    expect(mark.classList.contains('is-used')).toBe(true);
    expect(mark.getAttribute('title')).toBe('Suggested quote: Ana Ruiz (in this briefing)');

    app.store.getState().undo();
    await waitFor(() => expect(app.items(1)).toHaveLength(0));
    expect(app.entries()[1].textContent).not.toContain('In this briefing');
    await waitFor(() => expect(app.library.briefings.get(app.store.getState().briefing!.id)!.sections[1].items).toHaveLength(0));
  });

  it('accepts a figure with the "a" key on its focused entry, carrying what it measures', async () => {
    const app = await openCouncil();
    const figure = app.entries().find((e) => e.textContent!.includes('4.2%'))!;
    figure.focus();
    await app.user.keyboard('a');
    const [item] = app.items(0);
    expect(item).toMatchObject({ kind: 'figure', text: '4.2%', what: 'unemployment', source: { articleId: 'art_council', ...at(2, '4.2%') } });
    // Autosaved.
    await waitFor(() => expect(app.library.briefings.get(app.store.getState().briefing!.id)!.sections[0].items).toHaveLength(1));
    // The arrow keys move through the list.
    await app.user.keyboard('{ArrowUp}');
    expect(document.activeElement!.textContent).toContain('Not one library will close.');
  });

  it('accepts all quotes by one speaker at once, and one undo takes them all back', async () => {
    const app = await openCouncil();
    await app.user.selectOptions(within(app.panel).getByLabelText('Speaker'), 'Ana Ruiz');
    await app.user.click(within(app.panel).getByRole('button', { name: 'Accept all quotes by Ana Ruiz' }));
    expect(app.items(0).map((i) => [i.text, i.speaker])).toEqual([
      ['We will not cut services,', 'Ana Ruiz'],
      ['Not one library will close.', 'Ana Ruiz'],
    ]);
    // Again: nothing new is added twice.
    await app.user.click(within(app.panel).getByRole('button', { name: 'Accept all quotes by Ana Ruiz' }));
    expect(app.items(0)).toHaveLength(2);
    expect(await screen.findByText('These quotes are already in this briefing.')).toBeTruthy();
    app.store.getState().undo();
    await waitFor(() => expect(app.items(0)).toHaveLength(0));
  });

  it('marks a suggestion already used in an earlier briefing', async () => {
    const app = await openCouncil({ earlier: true });
    const entry = () => app.entries().find((e) => e.textContent!.includes('The recovery is real'))!;
    await waitFor(() => expect(entry().textContent).toContain('Used in an earlier briefing'));
    expect(app.reader.querySelector('mark[data-suggestion="quote:2"]')!.getAttribute('title')).toBe('Suggested quote: Tom Hale (used in an earlier briefing)');
    expect(app.entries().filter((e) => e.textContent!.includes('Used in an earlier briefing'))).toHaveLength(1);
    expect(app.library.calls.some((c) => c.method === 'getUsage')).toBe(true);
  });

  it('focuses the list entry of a clicked highlight, and scrolls the text to an entry chosen in the list', async () => {
    const app = await openCouncil();
    await app.user.click(within(app.panel).getByRole('radio', { name: 'Figures' }));
    const mark = app.reader.querySelector<HTMLElement>('mark.hl-quote')!;
    await app.user.click(mark);
    // The filter hiding it gives way, and its entry takes the focus.
    await waitFor(() => expect(document.activeElement?.getAttribute('data-key')).toBe('quote:0'));
    expect(mark.classList.contains('is-active')).toBe(true);

    const scrolled: string[] = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this.textContent ?? '');
    };
    try {
      await app.user.click(app.entries().find((e) => e.textContent!.includes('£340m'))!.querySelector('.suggestion-text')!);
      await waitFor(() => expect(scrolled).toContain('£340m'));
      expect(app.reader.querySelector('mark.hl-figure.is-active')!.textContent).toBe('£340m');
    } finally {
      delete (Element.prototype as { scrollIntoView?: unknown }).scrollIntoView;
    }
  });

  it('shows a passage asked for by a jump to source, marked apart and focused', async () => {
    const app = await openCouncil();
    app.store.getState().showPassage({ articleId: 'art_council', ...at(1, 'said Ana Ruiz') });
    const mark = await waitFor(() => {
      const found = app.reader.querySelector<HTMLElement>('mark.hl-focus');
      expect(found).not.toBeNull();
      return found!;
    });
    expect(mark.textContent).toBe('said Ana Ruiz');
    expect(document.activeElement).toBe(mark);
    expect(app.reader.querySelector('p[data-paragraph="1"]')!.textContent).toBe(PARAGRAPHS[1]);
  });

  it('still adds a selected passage that runs across highlights, with the offsets of the paragraph', async () => {
    const app = await openCouncil();
    const passage = at(2, 'fell to 4.2% last year, said Tom Hale, the city economist: “The recovery');
    selectText(app.reader.querySelector('p[data-paragraph="2"]')!, passage.start, passage.end);
    await app.user.click(within(app.reader).getByRole('button', { name: 'Add to section' }));
    const [item] = app.items(0);
    expect(item.text).toBe('fell to 4.2% last year, said Tom Hale, the city economist: “The recovery');
    expect(item.source).toMatchObject(passage);
  });

  it('says so when an article has no suggestions', async () => {
    const article = testArticle({ id: 'art_plain', title: 'Plain', paragraphs: ['Nothing quoted here.'] });
    const app = renderApp({ articles: [article] });
    await app.user.click(await screen.findByRole('button', { name: 'Plain' }));
    expect(await screen.findByText('No quotes or figures found in this article.')).toBeTruthy();
  });
});
