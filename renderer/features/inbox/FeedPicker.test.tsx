import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/helpers/renderApp';

afterEach(cleanup);

const PAGE = (title: string) => `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>
<p>The council approved the plan on Tuesday after a long debate about its cost and timing.</p>
<p>Work is due to start in the spring, officials said.</p></article></body></html>`;

describe('picking items from a news feed', () => {
  it('lists a feed’s items, the new ones ticked, and imports only the ones picked', async () => {
    const { user, library } = renderApp();
    await screen.findByLabelText('Briefing title');
    const origin = library.pagesOrigin();
    const feed = `<rss version="2.0"><channel><title>Valley Times</title>
<item><title>Bridge reopens after repairs</title><link>${origin}/bridge</link><pubDate>Sat, 14 Mar 2026 08:00:00 GMT</pubDate></item>
<item><title>Library hours cut</title><link>${origin}/library</link></item></channel></rss>`;
    library.pages.set(`${origin}/feed.xml`, feed);
    library.pages.set(`${origin}/bridge`, PAGE('Bridge reopens after repairs'));
    library.pages.set(`${origin}/library`, PAGE('Library hours cut'));
    const form = screen.getByRole('form', { name: 'Add from web address' });
    await user.type(within(form).getByRole('textbox'), `${origin}/feed.xml`);
    await user.click(within(form).getByRole('button', { name: 'List feed items' }));
    const picker = await within(form).findByRole('group', { name: /Valley Times: 2 new since last time/ });
    await user.click(within(picker).getByRole('checkbox', { name: /Library hours cut/ }));
    await user.click(within(picker).getByRole('button', { name: 'Import 1 selected' }));
    const inbox = screen.getByRole('region', { name: 'Inbox' });
    await waitFor(() => expect(within(inbox).getByRole('button', { name: 'Bridge reopens after repairs' })).toBeTruthy(), { timeout: 20_000 });
    expect(within(inbox).queryByRole('button', { name: 'Library hours cut' })).toBeNull();
  });
});
