import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp, testArticle } from '../../../test/helpers/renderApp';

afterEach(cleanup);

const MADE_UP = 'The county will close four of its nine recycling centres next…';
const paragraphs = ['The county will close four of its nine recycling centres next spring, the council said.', 'The closures save £1.2 million a year.'];

const articles = async () => within(await screen.findByRole('list', { name: 'Articles' }));

describe('a made-up title in the Inbox', () => {
  it('is marked as made up, and the analyst can replace it', async () => {
    const { user, library } = renderApp({ articles: [testArticle({ id: 'art_made', title: MADE_UP, origin: { title: 'made-up' }, paragraphs })] });
    const row = await (await articles()).findByRole('button', { name: MADE_UP });
    expect(within(row).getByText('Made-up title')).toBeTruthy();
    await user.click(row);
    await user.click(await screen.findByRole('button', { name: 'Edit title' }));
    const input = screen.getByRole('textbox', { name: 'Article title' });
    await user.clear(input);
    await user.type(input, 'County to shut four recycling centres{Enter}');
    const renamed = await (await articles()).findByRole('button', { name: 'County to shut four recycling centres' });
    await waitFor(() => expect(within(renamed).queryByText('Made-up title')).toBeNull());
    expect(library.articles.get('art_made')).toMatchObject({ title: 'County to shut four recycling centres', origin: { title: 'analyst' } });
  });

  it('keeps the title when the edit is cancelled, and will not save an empty one', async () => {
    const { user, library } = renderApp({ articles: [testArticle({ id: 'art_made', title: MADE_UP, origin: { title: 'made-up' }, paragraphs })] });
    await user.click(await (await articles()).findByRole('button', { name: MADE_UP }));
    await user.click(await screen.findByRole('button', { name: 'Edit title' }));
    await user.clear(screen.getByRole('textbox', { name: 'Article title' }));
    expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('textbox', { name: 'Article title' })).toBeNull();
    expect(library.articles.get('art_made')?.title).toBe(MADE_UP);
  });

  it('shows no mark and no title editing for a title the article gave', async () => {
    const { user } = renderApp({ articles: [testArticle({ id: 'art_real', title: 'County to shut four recycling centres', origin: { title: 'first-line' }, paragraphs })] });
    const row = await (await articles()).findByRole('button', { name: 'County to shut four recycling centres' });
    await user.click(row);
    expect(within(row).queryByText('Made-up title')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Edit title' })).toBeNull();
  });
});
