import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp, testArticle } from '../../../test/helpers/renderApp';

afterEach(cleanup);

describe('copyright and provenance in the Reader', () => {
  it('shows the copyright line and the database’s document id of an article from a news-database export', async () => {
    const article = testArticle({
      id: 'art_factiva',
      title: 'Rotterdam port strike ends',
      publication: 'Meridian Wire Service',
      paragraphs: ['Dockworkers returned to work on Friday.'],
      copyright: 'Copyright 2025 Meridian Wire Service. All Rights Reserved.',
      documentId: 'MERWIR0020251219elcj000a2',
    });
    const app = renderApp({ articles: [article] });
    await app.user.click(await within(screen.getByRole('region', { name: 'Inbox' })).findByRole('button', { name: 'Rotterdam port strike ends' }));
    const reader = screen.getByRole('region', { name: 'Reader' });
    await within(reader).findByRole('heading', { name: 'Rotterdam port strike ends' });
    expect(reader.querySelector('.reader-rights')?.textContent).toBe('Copyright 2025 Meridian Wire Service. All Rights Reserved. · Document MERWIR0020251219elcj000a2');
  });
});
