import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../helpers/renderApp';

afterEach(cleanup);

const exportFile = (name: string) => new File([readFileSync(join(import.meta.dirname, '../fixtures/exports', name))], name);

describe('Inbox: news-database exports', () => {
  it('lists every article of an export and says how many came from the file, and which could not be read', async () => {
    const { user } = renderApp();
    await screen.findByLabelText('Briefing title');
    await user.upload(screen.getByLabelText('Add files'), [exportFile('factiva-export.txt'), exportFile('factiva-export-damaged.txt')]);
    await user.click(await screen.findByRole('button', { name: 'Show details' }));
    const rows = within(screen.getByRole('list', { name: 'Import status' })).getAllByRole('listitem');
    expect(rows.find((r) => r.textContent?.includes('factiva-export.txt'))?.textContent).toContain('6 articles from factiva-export.txt');
    const damaged = rows.find((r) => r.textContent?.includes('factiva-export-damaged.txt'))!;
    expect(damaged.textContent).toContain('3 of 4 articles from factiva-export-damaged.txt (1 could not be read)');
    expect(damaged.textContent).toMatch(/Article 4: .*cut off/);
    const inbox = screen.getByRole('region', { name: 'Inbox' });
    expect(within(inbox).getByRole('button', { name: 'Keep the cheque book closed' })).toBeTruthy();
    expect(within(inbox).getAllByRole('button', { name: 'Rotterdam port strike ends after 11-day dispute over automation' })).toHaveLength(1);
  });
});
