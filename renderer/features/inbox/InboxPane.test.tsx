import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppApi } from '../../../shared/ipc/contract';
import { renderApp } from '../../../test/helpers/renderApp';

afterEach(cleanup);

const GOOD = ['Rail strike called off', '', 'Unions and the operator reached a deal late on Sunday night.', '', 'Trains will run as normal from Monday morning.'].join('\n');

const story = (i: number) => new File([`Story number ${i}\n\nBody of story ${i} with enough words to count as an article.`], `story-${i}.txt`);

/** Holds every importFiles call at the door until `open()`; counts the calls. */
function gatedImports(api: AppApi) {
  const real = api.importFiles.bind(api);
  let open = () => undefined as void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const state = { started: 0, open: () => open() };
  api.importFiles = async (input) => {
    state.started++;
    await gate;
    return real(input);
  };
  return state;
}

function statusRows() {
  return within(screen.getByRole('list', { name: 'Import status' })).queryAllByRole('listitem');
}

describe('Inbox imports', () => {
  it('shows every file with its status, imports what it can and says why each failure failed', async () => {
    const { user, library } = renderApp();
    await screen.findByLabelText('Briefing title');
    const files = [
      new File([GOOD], 'rail.txt', { type: 'text/plain' }),
      new File([], 'empty.txt', { type: 'text/plain' }),
      new File([new Uint8Array([0, 159, 146, 150, 0, 1, 2, 3, 255, 254, 0, 0, 7, 8])], 'noise.txt', { type: 'text/plain' }),
    ];
    await user.upload(screen.getByLabelText('Add files'), files);

    const inbox = screen.getByRole('region', { name: 'Inbox' });
    expect(await within(inbox).findByRole('button', { name: 'Rail strike called off' })).toBeTruthy();
    expect((await screen.findByRole('alert')).textContent).toContain('Imported 1 article; 2 files could not be imported.');
    const rows = statusRows();
    // Once done, the failures come first.
    expect(rows.map((row) => [row.querySelector('.file-name')?.textContent, row.getAttribute('data-status')])).toEqual([
      ['empty.txt', 'failed'],
      ['noise.txt', 'failed'],
      ['rail.txt', 'imported'],
    ]);
    expect(rows[0].textContent).toContain('This file is empty');
    expect(rows[0].getAttribute('data-code')).toBe('empty');
    expect(rows[1].querySelector('.failure-message')?.textContent?.length).toBeGreaterThan(10);
    const progress = screen.getByLabelText('Import progress') as HTMLProgressElement;
    expect([progress.value, progress.max]).toEqual([3, 3]);
    expect(within(inbox).getByText(/Done: 3 of 3 files/)).toBeTruthy();
    expect(library.articles.size).toBe(1);

    await user.click(within(inbox).getByRole('button', { name: 'Hide details' }));
    expect(screen.queryByRole('list', { name: 'Import status' })).toBeNull();
    expect(within(inbox).getByRole('button', { name: 'Show details' }).getAttribute('aria-expanded')).toBe('false');
    await user.click(within(inbox).getByRole('button', { name: 'Dismiss import status' }));
    expect(within(inbox).queryByLabelText('Import progress')).toBeNull();
  });

  it('opens the first imported article in the Reader and says a re-import is already in the library', async () => {
    const { user } = renderApp();
    await screen.findByLabelText('Briefing title');
    await user.upload(screen.getByLabelText('Add files'), new File([GOOD], 'rail.txt'));
    const reader = screen.getByRole('region', { name: 'Reader' });
    expect(await within(reader).findByRole('heading', { name: 'Rail strike called off' })).toBeTruthy();

    await user.upload(screen.getByLabelText('Add files'), new File([GOOD], 'rail-again.txt'));
    expect(await screen.findByText('The article was already in the library.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Show details' }));
    const row = statusRows().find((r) => r.textContent?.includes('rail-again.txt'));
    expect(row?.getAttribute('data-status')).toBe('duplicate');
    expect(row?.textContent).toContain('Already in the library');
    const inbox = screen.getByRole('region', { name: 'Inbox' });
    expect(within(inbox).getAllByRole('button', { name: 'Rail strike called off' })).toHaveLength(1);
  });

  it('sends several batches at once, and a second drop joins the running import', async () => {
    let gate: ReturnType<typeof gatedImports> | null = null;
    const { library } = renderApp({}, { prepare: (api) => (gate = gatedImports(api)) });
    await screen.findByLabelText('Briefing title');
    const zone = screen.getByTestId('drop-zone');
    const files = Array.from({ length: 25 }, (_, i) => story(i));
    const dataTransfer = { files, types: ['Files'], dropEffect: 'none', getData: () => '' };
    fireEvent.dragOver(zone, { dataTransfer });
    expect(zone.className).toContain('is-over');
    fireEvent.drop(zone, { dataTransfer });
    // Three requests of 10, 10 and 5 files are in flight before the first answers.
    await waitFor(() => expect(gate!.started).toBe(3));
    const late = new File(['Late story\n\nIt arrived while the others were importing.'], 'late.txt');
    fireEvent.drop(zone, { dataTransfer: { files: [late], types: ['Files'], dropEffect: 'none', getData: () => '' } });
    expect(screen.getByText(/Importing… 0 of 26 files/)).toBeTruthy();
    expect(statusRows().filter((r) => r.getAttribute('data-status') === 'importing')).toHaveLength(25);
    expect(statusRows().at(-1)?.getAttribute('data-status')).toBe('queued');
    gate!.open();
    await waitFor(() => expect(screen.getAllByRole('button', { name: /^Story number/ })).toHaveLength(25));
    expect(await screen.findByRole('button', { name: 'Late story' })).toBeTruthy();
    expect(library.calls.filter((c) => c.method === 'importFiles')).toHaveLength(4);
    expect(await screen.findByText(/Done: 26 of 26 files/)).toBeTruthy();
    // Nothing went wrong: the per-file list folds away, one click brings it back.
    expect(screen.queryByRole('list', { name: 'Import status' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show details' }));
    expect(statusRows().every((r) => r.getAttribute('data-status') === 'imported')).toBe(true);
  });

  it('Cancel import sends no further batches and keeps what was already imported', async () => {
    let gate: ReturnType<typeof gatedImports> | null = null;
    const { user, library } = renderApp({}, { prepare: (api) => (gate = gatedImports(api)) });
    await screen.findByLabelText('Briefing title');
    await user.upload(screen.getByLabelText('Add files'), Array.from({ length: 45 }, (_, i) => story(i)));
    await waitFor(() => expect(gate!.started).toBe(3));
    await user.click(screen.getByRole('button', { name: 'Cancel import' }));
    expect(statusRows().filter((r) => r.getAttribute('data-status') === 'canceled')).toHaveLength(15);
    gate!.open();
    expect(await screen.findByText(/Done: 45 of 45 files/)).toBeTruthy();
    expect(gate!.started).toBe(3);
    expect(library.articles.size).toBe(30);
    expect(screen.getAllByRole('button', { name: /^Story number/ })).toHaveLength(30);
    expect(screen.getByText(/15 files were not imported because the import was canceled/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Cancel import' })).toBeNull();
  });
});
