import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Briefing } from '../../../shared/model/briefing';
import { newBriefing, newSection } from '../../../shared/model/newBriefing';
import { renderApp, testArticle } from '../../../test/helpers/renderApp';

afterEach(cleanup);

const PARAGRAPHS = ['“The grid will hold this winter,” said Lena Marsh, the energy minister.', '“Ferries run on time again,” said the harbour master.'];
const at = (paragraph: number, text: string) => {
  const start = PARAGRAPHS[paragraph].indexOf(text);
  return { paragraph, start, end: start + text.length };
};

function templatedBriefing(): Briefing {
  const briefing = newBriefing({ title: 'Daily', date: '2026-11-25' });
  const rule = (keywords: string[]) => ({ keywords, speakers: [], publications: [], kinds: [] });
  briefing.sections = [
    { ...newSection('Key developments'), rules: [rule([])] },
    { ...newSection('Harbour'), rules: [rule(['ferr*', 'harbour'])] },
    { ...newSection('Energy'), rules: [rule(['grid'])] },
  ];
  return briefing;
}

async function open(briefing: Briefing) {
  const article = testArticle({
    title: 'Winter outlook',
    paragraphs: PARAGRAPHS,
    quotes: [
      { text: 'The grid will hold this winter,', speaker: 'Lena Marsh', role: 'energy minister', confidence: 0.9, ...at(0, 'The grid will hold this winter,') },
      { text: 'Ferries run on time again,', speaker: null, role: 'harbour master', confidence: 0.8, ...at(1, 'Ferries run on time again,') },
    ],
  });
  const app = renderApp({ articles: [article], briefings: [briefing] });
  await screen.findByLabelText('Briefing title');
  await app.user.click(await screen.findByRole('button', { name: 'Winter outlook' }));
  const reader = screen.getByRole('region', { name: 'Reader' });
  const panel = await within(reader).findByRole('complementary', { name: 'Suggestions' });
  const titlesOf = (sectionTitle: string) => app.store.getState().briefing!.sections.find((s) => s.title === sectionTitle)!.items.map((i) => i.text);
  return { ...app, reader, panel, titlesOf };
}

describe('accepted suggestions follow the template’s routing rules', () => {
  it('sends each accepted suggestion to the section whose rules take it, until the analyst picks a section', async () => {
    const { user, reader, panel, titlesOf } = await open(templatedBriefing());
    const chooser = within(reader).getByLabelText('Section') as HTMLSelectElement;
    expect(chooser.selectedOptions[0].textContent).toBe('Where the template’s rules say');
    await user.click(within(panel).getByRole('button', { name: 'Accept: The grid will hold this winter,' }));
    await user.click(within(panel).getByRole('button', { name: 'Accept: Ferries run on time again,' }));
    expect(titlesOf('Energy')).toEqual(['The grid will hold this winter,']);
    expect(titlesOf('Harbour')).toEqual(['Ferries run on time again,']);
    expect(titlesOf('Key developments')).toEqual([]);
  });

  it('puts everything in the section the analyst picked, and moved items stay where they were moved', async () => {
    const { user, reader, panel, store, titlesOf } = await open(templatedBriefing());
    await user.selectOptions(within(reader).getByLabelText('Section'), 'Key developments');
    await user.click(within(panel).getByRole('button', { name: 'Accept: The grid will hold this winter,' }));
    expect(titlesOf('Key developments')).toEqual(['The grid will hold this winter,']);
    expect(titlesOf('Energy')).toEqual([]);

    await user.selectOptions(within(reader).getByLabelText('Section'), 'Where the template’s rules say');
    await user.click(within(panel).getByRole('button', { name: 'Accept: Ferries run on time again,' }));
    expect(titlesOf('Harbour')).toEqual(['Ferries run on time again,']);
    const moved = store.getState().briefing!.sections[1].items[0];
    store.getState().moveItem(moved.id, store.getState().briefing!.sections[2].id, 0);
    expect(titlesOf('Energy')).toEqual(['Ferries run on time again,']);
  });

  it('leaves a briefing without rules as it was: no rules option, the chosen section takes everything', async () => {
    const plain = newBriefing({ title: 'Plain', date: '2026-11-25' });
    plain.sections.push(newSection('Energy'));
    const { user, reader, panel, titlesOf } = await open(plain);
    const options = within(within(reader).getByLabelText('Section')).getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual(['Key developments', 'Energy']);
    await user.click(within(panel).getByRole('button', { name: 'Accept: The grid will hold this winter,' }));
    expect(titlesOf('Key developments')).toEqual(['The grid will hold this winter,']);
  });
});
