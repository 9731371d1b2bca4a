import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { newBriefing, newItem } from '../../../shared/model/newBriefing';
import { renderApp } from '../../../test/helpers/renderApp';

afterEach(cleanup);

async function openBriefing() {
  const briefing = newBriefing({ title: 'Morning brief', date: '2026-11-25' });
  briefing.sections[0].items.push(
    newItem({
      kind: 'excerpt',
      text: 'Turnout was 61 percent.',
      source: { articleId: 'art_1', paragraph: 2, start: 0, end: 23, title: 'Election night', publication: 'The Ledger', published: '2026-11-24', url: null },
    }),
  );
  const app = renderApp({ briefings: [briefing] }, { saveDelayMs: 20 });
  await screen.findByLabelText('Briefing title');
  const pane = screen.getByRole('region', { name: 'Briefing' });
  const saved = () => app.library.briefings.get(briefing.id)!;
  return { ...app, pane, id: briefing.id, saved };
}

const titles = () => screen.queryAllByLabelText('Section title').map((input) => (input as HTMLInputElement).value);

describe('Briefing', () => {
  it('shows the title, date, sections and items with their source named', async () => {
    const { pane } = await openBriefing();
    expect((within(pane).getByLabelText('Briefing title') as HTMLInputElement).value).toBe('Morning brief');
    expect((within(pane).getByLabelText('Briefing date') as HTMLInputElement).value).toBe('2026-11-25');
    expect(titles()).toEqual(['Key developments']);
    expect(within(pane).getByText('Turnout was 61 percent.')).toBeTruthy();
    // Short on the card, in full on hover.
    expect(within(pane).getByTitle('Source: Election night, The Ledger, 2026-11-24').textContent).toBe('The Ledger · 24 Nov');
  });

  it('adds, renames and removes sections, and saves each change', async () => {
    const { user, pane, saved } = await openBriefing();
    await user.click(within(pane).getByRole('button', { name: 'Add section' }));
    expect(titles()).toEqual(['Key developments', 'New section']);
    const added = screen.getAllByLabelText('Section title')[1];
    expect(document.activeElement).toBe(added);

    await user.clear(added);
    await user.type(added, 'Markets');
    expect(titles()).toEqual(['Key developments', 'Markets']);
    await waitFor(() => expect(saved().sections.map((s) => s.title)).toEqual(['Key developments', 'Markets']));
    await waitFor(() => expect(within(pane).getByText('Saved')).toBeTruthy());

    await user.click(within(pane).getByRole('button', { name: 'Remove section Key developments' }));
    expect(titles()).toEqual(['Markets']);
    await waitFor(() => expect(saved().sections.map((s) => s.title)).toEqual(['Markets']));
  });

  it('edits the title and date and saves them once typing pauses', async () => {
    const { user, pane, saved, library } = await openBriefing();
    const title = within(pane).getByLabelText('Briefing title');
    await user.clear(title);
    await user.type(title, 'Evening brief');
    await waitFor(() => expect(saved().title).toBe('Evening brief'));
    const saves = library.calls.filter((c) => c.method === 'saveBriefing').length;
    expect(saves).toBeLessThan('Evening brief'.length);

    const date = within(pane).getByLabelText('Briefing date');
    // A date picker sets the whole value at once; clearing it keeps the last valid date.
    fireEvent.change(date, { target: { value: '2026-12-01' } });
    await waitFor(() => expect(saved().date).toBe('2026-12-01'));
    fireEvent.change(date, { target: { value: '' } });
    expect((date as HTMLInputElement).value).toBe('2026-12-01');
  });

  it('removes an item', async () => {
    const { user, pane, saved } = await openBriefing();
    await user.click(within(pane).getByRole('button', { name: 'Remove item: Turnout was 61 percent.' }));
    expect(within(pane).queryByText('Turnout was 61 percent.')).toBeNull();
    await waitFor(() => expect(saved().sections[0].items).toHaveLength(0));
  });

  it('undoes and redoes with the keyboard and the buttons; typing is one undo step', async () => {
    const { user, pane, saved } = await openBriefing();
    expect((within(pane).getByRole('button', { name: 'Undo' }) as HTMLButtonElement).disabled).toBe(true);

    await user.click(within(pane).getByRole('button', { name: 'Remove section Key developments' }));
    expect(titles()).toEqual([]);
    await user.keyboard('{Control>}z{/Control}');
    expect(titles()).toEqual(['Key developments']);
    expect(within(pane).getByText('Turnout was 61 percent.')).toBeTruthy();
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(titles()).toEqual([]);
    await user.keyboard('{Control>}z{/Control}');
    await user.keyboard('{Control>}y{/Control}');
    expect(titles()).toEqual([]);
    await user.click(within(pane).getByRole('button', { name: 'Undo' }));
    expect(titles()).toEqual(['Key developments']);

    const title = within(pane).getByLabelText('Briefing title');
    await user.type(title, ' draft');
    expect((title as HTMLInputElement).value).toBe('Morning brief draft');
    await user.keyboard('{Control>}z{/Control}');
    expect((within(pane).getByLabelText('Briefing title') as HTMLInputElement).value).toBe('Morning brief');
    await waitFor(() => expect(saved().title).toBe('Morning brief'));
    await waitFor(() => expect(saved().sections).toHaveLength(1));
  });

  it('saves before exporting and says where a desktop export was saved', async () => {
    const app = await openBriefing();
    // The desktop's save dialog stands in here; what the library held when the export ran is noted.
    let titleAtExport = '';
    app.api.exportDocx = async () => {
      titleAtExport = app.saved().title;
      return { ok: true, value: { fileName: 'Morning brief.docx', data: null, savedPath: '/home/ana/Morning brief.docx', canceled: false } };
    };
    const title = within(app.pane).getByLabelText('Briefing title');
    await app.user.type(title, '!');
    await app.user.click(within(app.pane).getByRole('button', { name: 'Export to Word' }));
    expect(await screen.findByText('Saved to /home/ana/Morning brief.docx')).toBeTruthy();
    expect(titleAtExport).toBe('Morning brief!');
    expect(app.downloads).toHaveLength(0);
  });

  it('tells the analyst when saving fails, in their words', async () => {
    const app = await openBriefing();
    app.api.saveBriefing = async () => ({ ok: false, code: 'file-locked', message: 'The library folder is read-only.' });
    await app.user.click(within(app.pane).getByRole('button', { name: 'Add section' }));
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert.textContent).toContain('Your briefing could not be saved: The library folder is read-only.'));
    expect(within(app.pane).getByText('Not saved')).toBeTruthy();
  });

  it('offers to try again when the briefing cannot be opened', async () => {
    let down = true;
    const app = renderApp(
      {},
      {
        prepare: (api) => {
          const list = api.listBriefings;
          api.listBriefings = async (input) => (down ? { ok: false, code: 'file-locked', message: 'The library folder cannot be read.' } : list(input));
        },
      },
    );
    expect((await screen.findByRole('alert')).textContent).toContain('The library folder cannot be read.');
    down = false;
    await app.user.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByLabelText('Briefing title')).toBeTruthy();
  });
});
