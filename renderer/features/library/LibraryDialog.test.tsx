import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { newBriefing, newItem, todayIso } from '../../../shared/model/newBriefing';
import { renderApp } from '../../../test/helpers/renderApp';

afterEach(cleanup);

async function open() {
  const monday = newBriefing({ title: 'Brief 2026-11-23', date: '2026-11-23' });
  const tuesday = newBriefing({ title: 'Brief 2026-11-24', date: '2026-11-24' });
  tuesday.sections[0].items.push(newItem({ kind: 'note', text: 'Vote due Friday', source: null }), newItem({ kind: 'note', text: 'Stale rumour', source: null }));
  const app = renderApp({ briefings: [monday, tuesday] }, { saveDelayMs: 20 });
  await screen.findByLabelText('Briefing title');
  await app.user.click(screen.getByRole('button', { name: 'Briefings' }));
  const dialog = await screen.findByRole('dialog', { name: 'Briefings' });
  await within(dialog).findByRole('button', { name: 'Open Brief 2026-11-23' });
  return { ...app, dialog, monday, tuesday };
}

const rowTitles = (dialog: HTMLElement) =>
  within(within(dialog).getByRole('list', { name: 'All briefings' }))
    .getAllByRole('listitem')
    .map((li) => li.querySelector('.library-title')?.textContent);

describe('the library of briefings', () => {
  it('lists briefings by date, newest first, and opens another', async () => {
    const { user, dialog } = await open();
    expect(rowTitles(dialog)).toEqual(['Brief 2026-11-24', 'Brief 2026-11-23']);
    await user.click(within(dialog).getByRole('button', { name: 'Open Brief 2026-11-23' }));
    await waitFor(() => expect((screen.getByLabelText('Briefing title') as HTMLInputElement).value).toBe('Brief 2026-11-23'));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('renames and duplicates a briefing', async () => {
    const { user, dialog, library, monday } = await open();
    await user.click(within(dialog).getByRole('button', { name: 'Rename Brief 2026-11-23' }));
    const input = within(dialog).getByLabelText('New title for Brief 2026-11-23');
    await user.clear(input);
    await user.type(input, 'Monday wrap{Enter}');
    await within(dialog).findByRole('button', { name: 'Open Monday wrap' });
    expect(library.briefings.get(monday.id)!.title).toBe('Monday wrap');
    await user.click(within(dialog).getByRole('button', { name: 'Duplicate Monday wrap' }));
    await within(dialog).findByRole('button', { name: 'Open Monday wrap (copy)' });
    expect(library.briefings.size).toBe(3);
  });

  it('moves the open briefing to the trash, opens the next one, restores it and empties the trash', async () => {
    const { user, dialog, library, tuesday } = await open();
    await user.click(within(dialog).getByRole('button', { name: 'Move Brief 2026-11-24 to trash' }));
    const trash = within(dialog).getByRole('region', { name: 'Trash' });
    await within(trash).findByRole('button', { name: 'Restore Brief 2026-11-24' });
    await waitFor(() => expect((screen.getByLabelText('Briefing title') as HTMLInputElement).value).toBe('Brief 2026-11-23'));
    expect(library.briefings.has(tuesday.id)).toBe(false);

    await user.click(within(trash).getByRole('button', { name: 'Restore Brief 2026-11-24' }));
    await within(dialog).findByRole('button', { name: 'Open Brief 2026-11-24' });
    expect(library.briefings.has(tuesday.id)).toBe(true);

    await user.click(within(dialog).getByRole('button', { name: 'Move Brief 2026-11-24 to trash' }));
    await user.click(await within(trash).findByRole('button', { name: 'Empty trash' }));
    await user.click(within(trash).getByRole('button', { name: 'Delete for good' }));
    await within(trash).findByText('The trash is empty.');
    expect(library.trash.size).toBe(0);
  });

  it('starts from yesterday with the chosen items carried forward', async () => {
    const { user, dialog, store } = await open();
    await user.click(within(dialog).getByRole('button', { name: 'Start from yesterday' }));
    const group = await within(dialog).findByRole('group', { name: 'Start from yesterday' });
    await user.click(within(group).getByLabelText('Vote due Friday'));
    await user.click(within(group).getByRole('button', { name: 'Create today’s briefing' }));
    const today = todayIso();
    await waitFor(() => expect((screen.getByLabelText('Briefing title') as HTMLInputElement).value).toBe(`Brief ${today}`));
    const items = store.getState().briefing!.sections.flatMap((s) => s.items.map((i) => i.text));
    expect(items).toEqual(['Vote due Friday']);
  });
});
