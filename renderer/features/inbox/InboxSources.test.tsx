import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/helpers/renderApp';

afterEach(cleanup);

const TEXT = 'Ferry fares to rise in spring\n\nFares on the island ferry will rise by 6 per cent in April, the operator said on Monday.\n\nSeason tickets will be frozen for a year.';
const PAGE = `<html><head><title>Bridge reopens after repairs | Valley Times</title><meta property="og:site_name" content="Valley Times"></head>
<body><article><h1>Bridge reopens after repairs</h1><p>The old river bridge reopened on Saturday after eight months of repairs costing £4.1 million.</p>
<p>Traffic was light in the morning but built up by noon, the council said.</p></article></body></html>`;

/** A clipboard or drag payload as the browser hands it over. */
function transfer(data: Record<string, string>, files: File[] = []) {
  return { types: [...(files.length ? ['Files'] : []), ...Object.keys(data)], getData: (t: string) => data[t] ?? '', files, dropEffect: 'none' };
}

async function ready() {
  const app = renderApp();
  await screen.findByLabelText('Briefing title');
  return { ...app, inbox: screen.getByRole('region', { name: 'Inbox' }) };
}

const calls = (library: { calls: { method: string; input: unknown }[] }, method: string) => library.calls.filter((c) => c.method === method).map((c) => c.input);

describe('Inbox sources', () => {
  it('imports text pasted anywhere in the Inbox, but leaves a paste into the search box alone', async () => {
    const { inbox, library } = await ready();
    fireEvent.paste(within(inbox).getByRole('searchbox'), { clipboardData: transfer({ 'text/plain': TEXT }) });
    fireEvent.paste(inbox.querySelector('.inbox')!, { clipboardData: transfer({ 'text/plain': TEXT }) });
    expect(await within(inbox).findByRole('button', { name: 'Ferry fares to rise in spring' })).toBeTruthy();
    expect(calls(library, 'importText')).toEqual([{ text: TEXT }]);
  });

  it('prefers the HTML of a pasted browser selection, and sends a pasted web address to be fetched', async () => {
    const { inbox, library } = await ready();
    library.pages.set(`${library.pagesOrigin()}/bridge`, PAGE);
    fireEvent.paste(inbox.querySelector('.inbox')!, { clipboardData: transfer({ 'text/plain': 'Bridge reopens…', 'text/html': PAGE }) });
    expect(await within(inbox).findByRole('button', { name: 'Bridge reopens after repairs' })).toBeTruthy();
    expect(calls(library, 'importText')).toEqual([{ text: 'Bridge reopens…', html: PAGE }]);

    fireEvent.paste(inbox.querySelector('.inbox')!, { clipboardData: transfer({ 'text/plain': `  ${library.pagesOrigin()}/missing \n` }) });
    await waitFor(() => expect(calls(library, 'importUrl')).toEqual([{ url: `${library.pagesOrigin()}/missing` }]));
    const row = await within(inbox).findByText(`${library.pagesOrigin()}/missing`);
    await waitFor(() => expect(row.closest('li')?.getAttribute('data-code')).toBe('fetch-failed'));
  });

  it('imports from the Paste article box and from a typed web address', async () => {
    const { inbox, library, user } = await ready();
    await user.click(within(inbox).getByRole('button', { name: 'Paste article' }));
    const dialog = within(inbox).getByRole('dialog', { name: 'Paste article' });
    const box = within(dialog).getByLabelText('Article text');
    expect(document.activeElement).toBe(box);
    await user.type(box, 'Short note{Enter}{Enter}The depot will close at the end of the month, staff were told on Thursday.');
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect(within(inbox).queryByRole('dialog')).toBeNull();
    expect(await within(inbox).findByRole('button', { name: 'Short note' })).toBeTruthy();

    library.pages.set(`${library.pagesOrigin()}/bridge`, PAGE);
    await user.type(within(inbox).getByLabelText('Web address'), `${library.pagesOrigin()}/bridge`);
    await user.click(within(inbox).getByRole('button', { name: 'Fetch' }));
    expect(await within(inbox).findByRole('button', { name: 'Bridge reopens after repairs' })).toBeTruthy();
    expect(calls(library, 'importUrl')).toEqual([{ url: `${library.pagesOrigin()}/bridge` }]);
    expect((within(inbox).getByLabelText('Web address') as HTMLInputElement).value).toBe('');
  });

  it('takes a link, a selection or an address dragged in from a browser, and files before anything else', async () => {
    const { inbox, library } = await ready();
    library.pages.set(`${library.pagesOrigin()}/bridge`, PAGE);
    const zone = screen.getByTestId('drop-zone');
    const link = transfer({ 'text/uri-list': `# dragged\r\n${library.pagesOrigin()}/bridge`, 'text/plain': `${library.pagesOrigin()}/bridge`, 'text/html': `<a href="${library.pagesOrigin()}/bridge">Bridge</a>` });
    fireEvent.dragOver(zone, { dataTransfer: link });
    expect(zone.className).toContain('is-over');
    fireEvent.drop(zone, { dataTransfer: link });
    expect(await within(inbox).findByRole('button', { name: 'Bridge reopens after repairs' })).toBeTruthy();

    const [headline, ...body] = TEXT.split('\n\n');
    fireEvent.drop(zone, { dataTransfer: transfer({ 'text/plain': TEXT, 'text/html': `<h1>${headline}</h1><p>${body.join('</p><p>')}</p>` }) });
    expect(await within(inbox).findByRole('button', { name: 'Ferry fares to rise in spring' })).toBeTruthy();
    fireEvent.drop(zone, { dataTransfer: transfer({ 'text/plain': `${library.pagesOrigin()}/other` }) });
    fireEvent.drop(zone, { dataTransfer: transfer({ 'text/uri-list': 'https://news.example/ignored' }, [new File(['Depot to close\n\nThe depot will close at the end of the month.'], 'depot.txt')]) });
    expect(await within(inbox).findByRole('button', { name: 'Depot to close' })).toBeTruthy();
    expect(calls(library, 'importUrl')).toEqual([{ url: `${library.pagesOrigin()}/bridge` }, { url: `${library.pagesOrigin()}/other` }]);
    expect(calls(library, 'importText')).toHaveLength(1);
    expect(calls(library, 'importFiles')).toHaveLength(1);
  });

  it('brings the search box, the address field and the paste box forward from commands', async () => {
    const { inbox, user, store } = await ready();
    await user.keyboard('{Control>}{Shift>}F{/Shift}{/Control}');
    expect(document.activeElement).toBe(within(inbox).getByLabelText('Search articles'));
    store.getState().focusInbox('address');
    await waitFor(() => expect(document.activeElement).toBe(within(inbox).getByLabelText('Web address')));
    store.getState().focusInbox('paste');
    await waitFor(() => expect(document.activeElement).toBe(within(inbox).getByLabelText('Article text')));
  });
});
