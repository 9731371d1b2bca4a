import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { newBriefing } from '../../shared/model/newBriefing';
import { docxPart, textOfDocumentXml } from '../../test/helpers/docxText';
import { renderApp, selectText } from '../../test/helpers/renderApp';

afterEach(cleanup);

const ARTICLE_TEXT = [
  'Harbour plan wins council vote',
  '',
  'The city council approved the harbour redevelopment on Tuesday by nine votes to four.',
  '',
  '"We will open the first quay by spring," said the mayor, Ana Ruiz.',
  '',
  'Opponents say the budget of 120 million euros is too small for the work planned.',
].join('\n');

describe('App', () => {
  it('shows the three panes as named landmarks', async () => {
    renderApp();
    expect(screen.getByRole('region', { name: 'Inbox' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Reader' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Briefing' })).toBeTruthy();
    expect(await screen.findByLabelText('Briefing title')).toBeTruthy();
  });

  it('opens the most recent briefing rather than creating another', async () => {
    const older = { ...newBriefing({ title: 'Monday', date: '2026-11-23' }) };
    const newer = { ...newBriefing({ title: 'Tuesday', date: '2026-11-24' }) };
    const { library } = renderApp({ briefings: [older, newer] });
    expect(((await screen.findByLabelText('Briefing title')) as HTMLInputElement).value).toBe('Tuesday');
    expect(library.briefings.size).toBe(2);
    expect(library.calls.some((c) => c.method === 'createBriefing')).toBe(false);
  });

  it('creates a briefing on first start', async () => {
    const { library } = renderApp();
    await screen.findByLabelText('Briefing title');
    expect(library.briefings.size).toBe(1);
    expect(screen.getAllByLabelText('Section title')).toHaveLength(1);
  });

  it('takes an article from file to Word: import, read, pick a passage, save, export', async () => {
    const { user, library, downloads } = renderApp({}, { saveDelayMs: 20 });
    await screen.findByLabelText('Briefing title');

    const file = new File([ARTICLE_TEXT], 'harbour.txt', { type: 'text/plain' });
    await user.upload(screen.getByLabelText('Add files'), file);

    const inbox = screen.getByRole('region', { name: 'Inbox' });
    await user.click(await within(inbox).findByRole('button', { name: 'Harbour plan wins council vote' }));

    const reader = screen.getByRole('region', { name: 'Reader' });
    const paragraphs = await waitFor(() => {
      const found = reader.querySelectorAll('p[data-paragraph]');
      expect(found.length).toBeGreaterThan(1);
      return found;
    });
    const quote = Array.from(paragraphs).find((p) => p.textContent?.includes('the mayor'));
    if (!quote) throw new Error('The quote paragraph is not shown.');
    const wanted = '"We will open the first quay by spring,"';
    const start = quote.textContent!.indexOf(wanted);
    selectText(quote, start, start + wanted.length);
    await user.click(within(reader).getByRole('button', { name: 'Add to section' }));

    const briefing = screen.getByRole('region', { name: 'Briefing' });
    expect(await within(briefing).findByText(wanted)).toBeTruthy();
    expect(within(briefing).getByTitle(/Source: Harbour plan wins council vote/)).toBeTruthy();

    await waitFor(() => expect(within(briefing).getByText('Saved')).toBeTruthy());
    const saved = [...library.briefings.values()][0];
    const item = saved.sections[0].items[0];
    expect(item.kind).toBe('quote');
    expect(item.text).toBe(wanted);
    const article = [...library.articles.values()][0];
    expect(item.source?.articleId).toBe(article.id);
    expect(article.paragraphs[item.source!.paragraph].slice(item.source!.start, item.source!.end)).toBe(wanted);

    await user.click(within(briefing).getByRole('button', { name: 'Export to Word' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0].fileName).toMatch(/\.docx$/);
    expect(textOfDocumentXml(await docxPart(downloads[0].bytes))).toContain('We will open the first quay by spring,');
    expect(await screen.findByText(`Downloaded ${downloads[0].fileName}.`)).toBeTruthy();
  });
});
