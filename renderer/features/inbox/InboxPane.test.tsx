// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../app/renderApp';

afterEach(cleanup);

const GOOD = ['Rail strike called off', '', 'Unions and the operator reached a deal late on Sunday night.', '', 'Trains will run as normal from Monday morning.'].join('\n');

describe('Inbox', () => {
  it('imports what it can and names every file that failed with the reason', async () => {
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
    const failures = await within(inbox).findByRole('list', { name: 'Files not imported' });
    const rows = within(failures).getAllByRole('listitem');
    expect(rows.map((row) => row.querySelector('.file-name')?.textContent)).toEqual(['empty.txt', 'noise.txt']);
    expect(rows[0].textContent).toContain('This file is empty');
    expect(rows[0].getAttribute('data-code')).toBe('empty');
    expect(rows[1].querySelector('.failure-message')?.textContent?.length).toBeGreaterThan(10);
    expect((await screen.findByRole('alert')).textContent).toContain('Imported 1 article; 2 files could not be imported.');
    expect(library.articles.size).toBe(1);

    await user.click(within(inbox).getByRole('button', { name: 'Dismiss import problems' }));
    expect(within(inbox).queryByRole('list', { name: 'Files not imported' })).toBeNull();
  });

  it('opens the first imported article in the Reader and lists a re-import once', async () => {
    const { user } = renderApp();
    await screen.findByLabelText('Briefing title');
    await user.upload(screen.getByLabelText('Add files'), new File([GOOD], 'rail.txt'));
    const reader = screen.getByRole('region', { name: 'Reader' });
    expect(await within(reader).findByRole('heading', { name: 'Rail strike called off' })).toBeTruthy();

    await user.upload(screen.getByLabelText('Add files'), new File([GOOD], 'rail-again.txt'));
    expect(await screen.findByText(/1 was already in the library/)).toBeTruthy();
    const inbox = screen.getByRole('region', { name: 'Inbox' });
    expect(within(inbox).getAllByRole('button', { name: 'Rail strike called off' })).toHaveLength(1);
  });

  it('imports files dropped on the drop zone, in batches, showing progress; a second drop waits its turn', async () => {
    const { library } = renderApp();
    await screen.findByLabelText('Briefing title');
    const files = Array.from({ length: 12 }, (_, i) => new File([`Story number ${i}\n\nBody of story ${i} with enough words to count.`], `story-${i}.txt`));
    const zone = screen.getByTestId('drop-zone');
    const dataTransfer = { files, types: ['Files'], dropEffect: 'none' };
    fireEvent.dragOver(zone, { dataTransfer });
    expect(zone.className).toContain('is-over');
    fireEvent.drop(zone, { dataTransfer });
    const late = new File(['Late story\n\nIt arrived while the others were importing.'], 'late.txt');
    fireEvent.drop(zone, { dataTransfer: { files: [late], types: ['Files'], dropEffect: 'none' } });
    expect(await screen.findByLabelText('Import progress')).toBeTruthy();
    await waitFor(() => expect(screen.getAllByRole('button', { name: /^Story number/ })).toHaveLength(12));
    expect(await screen.findByRole('button', { name: 'Late story' })).toBeTruthy();
    const batches = library.calls.filter((c) => c.method === 'importFiles');
    expect(batches).toHaveLength(3);
    expect(screen.queryByLabelText('Import progress')).toBeNull();
  });
});
