import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { newBriefing, newItem, newSection } from '../../../shared/model/newBriefing';
import { renderApp, testArticle } from '../../../test/helpers/renderApp';

afterEach(cleanup);

const QUOTE = '“We could not afford to wait any longer,” said the chair.';

async function open() {
  const briefing = newBriefing({ title: 'Morning brief', date: '2026-11-25' });
  const markets = newSection('Markets');
  const politics = newSection('Politics');
  markets.items.push(
    newItem({
      kind: 'quote',
      text: QUOTE,
      speaker: 'Daniel Okafor',
      source: { articleId: 'art_port', paragraph: 1, start: 0, end: QUOTE.length, title: 'Port expands', publication: 'Ledger', published: '2026-11-24', url: null },
    }),
  );
  briefing.sections = [markets, politics];
  const article = testArticle({ id: 'art_port', title: 'Port expands', paragraphs: ['The port grows.', QUOTE] });
  const app = renderApp({ briefings: [briefing], articles: [article] }, { saveDelayMs: 20 });
  await screen.findByLabelText('Briefing title');
  const pane = screen.getByRole('region', { name: 'Briefing' });
  const saved = () => app.library.briefings.get(briefing.id)!;
  return { ...app, pane, saved };
}

const titles = () => screen.queryAllByLabelText('Section title').map((input) => (input as HTMLInputElement).value);

describe('sections', () => {
  it('moves a section down and up with its buttons, one undo step each', async () => {
    const { user, pane, saved } = await open();
    expect((within(pane).getByRole('button', { name: 'Move section Markets up' }) as HTMLButtonElement).disabled).toBe(true);
    await user.click(within(pane).getByRole('button', { name: 'Move section Markets down' }));
    expect(titles()).toEqual(['Politics', 'Markets']);
    await waitFor(() => expect(saved().sections.map((s) => s.title)).toEqual(['Politics', 'Markets']));
    await user.click(within(pane).getByRole('button', { name: 'Undo' }));
    expect(titles()).toEqual(['Markets', 'Politics']);
  });

  it('writes a summary per section and saves it', async () => {
    const { user, pane, saved } = await open();
    const summary = within(within(pane).getByRole('listitem', { name: 'Section Politics' })).getByLabelText('Section summary');
    await user.type(summary, 'Coalition talks stall.');
    await waitFor(() => expect(saved().sections[1].summary).toBe('Coalition talks stall.'));
    await user.keyboard('{Control>}z{/Control}');
    expect((summary as HTMLTextAreaElement).value).toBe('');
  });

  it('collapses a section to its title and expands it again', async () => {
    const { user, pane } = await open();
    const toggle = within(pane).getByRole('button', { name: 'Collapse section Markets' });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    await user.click(toggle);
    expect(within(pane).queryByText(QUOTE)).toBeNull();
    expect(within(pane).getByText('1 item hidden.')).toBeTruthy();
    await user.click(within(pane).getByRole('button', { name: 'Expand section Markets' }));
    expect(within(pane).getByText(QUOTE)).toBeTruthy();
  });
});

describe('items', () => {
  it('adds a note, opened for writing, and saves what is typed', async () => {
    const { user, pane, saved } = await open();
    const politics = within(pane).getByRole('listitem', { name: 'Section Politics' });
    await user.click(within(politics).getByRole('button', { name: 'Add note' }));
    const text = within(politics).getByLabelText('Note text');
    expect(document.activeElement).toBe(text);
    await user.type(text, 'Watch the vote on Friday.');
    await waitFor(() => expect(saved().sections[1].items[0]).toMatchObject({ kind: 'note', text: 'Watch the vote on Friday.' }));
  });

  it('trims a quote with an ellipsis and keeps its original words', async () => {
    const { user, pane, saved } = await open();
    const markets = within(pane).getByRole('listitem', { name: 'Section Markets' });
    await user.click(within(markets).getByRole('button', { name: 'Edit' }));
    const text = within(markets).getByLabelText('Quote text') as HTMLTextAreaElement;
    const start = QUOTE.indexOf('not afford');
    const end = QUOTE.indexOf('wait');
    text.setSelectionRange(start, end);
    await user.click(within(markets).getByRole('button', { name: 'Cut selected words' }));
    const trimmed = '“We could … wait any longer,” said the chair.';
    expect(text.value).toBe(trimmed);
    expect(within(markets).queryByText('Quote no longer matches its source')).toBeNull();
    await waitFor(() => expect(saved().sections[0].items[0]).toMatchObject({ text: trimmed, originalText: QUOTE }));
  });

  it('flags a quote whose words were changed, and restores the original words', async () => {
    const { user, pane } = await open();
    const markets = within(pane).getByRole('listitem', { name: 'Section Markets' });
    await user.click(within(markets).getByRole('button', { name: 'Edit' }));
    const text = within(markets).getByLabelText('Quote text');
    await user.clear(text);
    await user.type(text, 'We must act now');
    expect(within(markets).getByText('Quote no longer matches its source')).toBeTruthy();
    await user.click(within(markets).getByRole('button', { name: 'Restore original words' }));
    expect(within(markets).queryByText('Quote no longer matches its source')).toBeNull();
    await user.click(within(markets).getByRole('button', { name: 'Done' }));
    expect(within(markets).getByText(QUOTE)).toBeTruthy();
  });

  it('warns on export that a changed quote no longer matches its source', async () => {
    const { user, pane } = await open();
    const markets = within(pane).getByRole('listitem', { name: 'Section Markets' });
    await user.click(within(markets).getByRole('button', { name: 'Edit' }));
    await user.type(within(markets).getByLabelText('Quote text'), ' Really.');
    await user.click(within(pane).getByRole('button', { name: 'Export to Word' }));
    expect(await screen.findByText(/1 quote no longer matches its source: see the flags in the briefing\./)).toBeTruthy();
  });

  it('writes an analyst’s note on an item', async () => {
    const { user, pane, saved } = await open();
    const markets = within(pane).getByRole('listitem', { name: 'Section Markets' });
    await user.click(within(markets).getByRole('button', { name: 'Edit' }));
    await user.type(within(markets).getByLabelText('Analyst’s note'), 'Second time he said this.');
    await waitFor(() => expect(saved().sections[0].items[0].note).toBe('Second time he said this.'));
  });

  it('opens the source article in the Reader from an item', async () => {
    const { user, pane, store } = await open();
    await user.click(within(pane).getByRole('button', { name: 'Show source' }));
    const reader = screen.getByRole('region', { name: 'Reader' });
    await within(reader).findByRole('heading', { name: 'Port expands' });
    expect(store.getState().focusPassage).toEqual({ articleId: 'art_port', paragraph: 1, start: 0, end: QUOTE.length });
  });

  it('removes an item and undo brings it back', async () => {
    const { user, pane } = await open();
    await user.click(within(pane).getByRole('button', { name: /^Remove item: / }));
    expect(within(pane).queryByText(QUOTE)).toBeNull();
    await user.keyboard('{Control>}z{/Control}');
    expect(within(pane).getByText(QUOTE)).toBeTruthy();
  });
});
