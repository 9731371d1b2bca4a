import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRIDGE_ARTICLE } from '../fixtures/suggestionsArticle';
import { dragByMouse, launchChromium, openBriefwright } from '../helpers/browser';
import { docxPart, textOfDocumentXml } from '../helpers/docxText';
import type { RunningHost } from '../helpers/host';
import { startHost, tempHome } from '../helpers/host';

let browser: Browser;
let host: RunningHost;
let files: string;
let page: Page;

const TITLE = 'Council backs £340m bridge as traffic climbs';

beforeAll(async () => {
  browser = await launchChromium();
  files = await mkdtemp(join(tmpdir(), 'briefwright-suggestions-'));
  await writeFile(join(files, 'bridge.txt'), BRIDGE_ARTICLE);
  host = await startHost(await tempHome());
  page = await openBriefwright(browser, host);
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

/** The one briefing in the host's library, as saved on disk. */
async function readBriefing(): Promise<{ sections: { items: Record<string, unknown>[] }[] }> {
  const dir = join(host.home, 'briefings');
  const name = (await readdir(dir)).find((f) => f.endsWith('.json'))!;
  return JSON.parse(await readFile(join(dir, name), 'utf8'));
}

describe('suggestions and article details, end to end in Chromium through the browser host', () => {
  it('highlights the suggested quotes and figures of an imported article, each kind marked apart', async () => {
    await page.getByLabel('Add files').setInputFiles(join(files, 'bridge.txt'));
    await page.getByRole('region', { name: 'Inbox' }).getByRole('button', { name: TITLE }).click();
    const reader = page.getByRole('region', { name: 'Reader' });
    await reader.locator('mark.hl-quote').first().waitFor();
    const quotes = await reader.locator('mark.hl-quote').allTextContents();
    expect(quotes).toContain('This bridge will cut journey times for 40,000 commuters');
    expect(quotes).toContain('Every large project here has gone over budget');
    const figures = await reader.locator('mark.hl-figure').allTextContents();
    expect(figures).toEqual(expect.arrayContaining(['£340m', '40,000', '18 per cent']));
    // The figure inside the quote nests in its mark; the paragraph's text is unchanged.
    await expect(reader.locator('mark.hl-quote mark.hl-figure').textContent()).resolves.toBe('40,000');
    await expect(reader.locator('p[data-paragraph]', { hasText: 'This bridge will' }).textContent()).resolves.toBe(
      '"This bridge will cut journey times for 40,000 commuters," said Ana Ruiz, the council leader. "We have waited long enough."',
    );
    // Not colour alone: each kind carries a hidden spoken prefix and its own underline.
    const prefix = (selector: string) => reader.locator(selector).first().evaluate((el) => getComputedStyle(el, '::before').content);
    await expect(prefix('mark.hl-quote')).resolves.toBe('"quote: "');
    await expect(prefix('mark.hl-figure')).resolves.toBe('"figure: "');
    const spoken = await reader.locator('p[data-paragraph]', { hasText: 'This bridge will' }).ariaSnapshot();
    expect(spoken).toContain('quote: This bridge will cut journey times for');
    expect(spoken).toContain('figure: 40,000');
  });

  it('focuses the list entry of a clicked highlight', async () => {
    const reader = page.getByRole('region', { name: 'Reader' });
    await reader.locator('mark.hl-figure', { hasText: '18 per cent' }).click();
    await expect(page.evaluate(() => document.activeElement?.textContent ?? '')).resolves.toContain('18 per cent');
  });

  it('accepts a quote by click and a figure by key into the chosen section, and exports both to Word', async () => {
    const briefing = page.getByRole('region', { name: 'Briefing' });
    await briefing.getByRole('button', { name: 'Add section' }).click();
    await briefing.getByLabel('Section title').last().fill('Transport');
    await page.getByLabel('Section', { exact: true }).selectOption({ label: 'Transport' });

    const panel = page.getByRole('region', { name: 'Reader' }).getByRole('complementary', { name: 'Suggestions' });
    await panel.getByRole('button', { name: /^Accept: This bridge will cut/ }).click();
    const figure = panel.getByRole('listitem').filter({ hasText: '18 per cent' });
    await figure.focus();
    await page.keyboard.press('a');

    const transport = briefing.getByRole('list', { name: 'Items in Transport' });
    await transport.getByText('This bridge will cut journey times', { exact: false }).waitFor();
    await transport.getByText('18 per cent', { exact: false }).first().waitFor();
    await panel.getByRole('listitem').filter({ hasText: '18 per cent' }).getByText('In this briefing').waitFor();
    await panel.getByRole('listitem').filter({ hasText: 'This bridge will cut' }).getByText('In this briefing').waitFor();

    const downloading = page.waitForEvent('download');
    await briefing.getByRole('button', { name: 'Export to Word' }).click();
    const saved = join(files, 'export.docx');
    await (await downloading).saveAs(saved);
    const text = textOfDocumentXml(await docxPart(saved));
    expect(text).toContain('This bridge will cut journey times for 40,000 commuters');
    expect(text).toContain('Ana Ruiz');
    expect(text).toContain('18 per cent');
    expect(text).toContain('Transport');
  });

  it('drags a suggestion into a section from the keyboard, and a highlight with the mouse', async () => {
    const briefing = page.getByRole('region', { name: 'Briefing' });
    const panel = page.getByRole('region', { name: 'Reader' }).getByRole('complementary', { name: 'Suggestions' });
    await panel.getByRole('button', { name: /^Drag: Every large project/ }).focus();
    await page.keyboard.press('Space');
    const live = page.locator('[role="status"][aria-live="assertive"]');
    await expect.poll(() => live.textContent()).toContain('“Every large project here has gone over…” is over section “Key developments”');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => live.textContent()).toContain('is over section “Transport”');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => live.textContent()).toContain('is over section “Key developments”');
    await page.keyboard.press('Space');
    const developments = briefing.getByRole('list', { name: 'Items in Key developments' });
    await developments.getByText('Every large project here has gone over budget', { exact: false }).waitFor();
    await expect.poll(async () => (await readBriefing()).sections[0].items[0]).toMatchObject({ kind: 'quote', speaker: 'Tom Hale', role: 'the city economist', source: { title: TITLE, publication: 'Riverside Gazette' } });

    // A highlight drags once it is the active one (a first click makes it so); a mouse selection can still start inside others.
    const mark = page.getByRole('region', { name: 'Reader' }).locator('mark.hl-figure', { hasText: '£340m' });
    await mark.click();
    await mark.scrollIntoViewIfNeeded();
    await dragByMouse(page, mark, briefing.getByRole('list', { name: 'Items in Transport' }), 'section “Transport”');
    await expect
      .poll(async () => (await readBriefing()).sections[1].items.map((i) => [i.kind, i.text, i.what]))
      .toContainEqual(['figure', '£340m', 'road bridge']);
  });

  it('edits the title in place and the Inbox shows the new one', async () => {
    const reader = page.getByRole('region', { name: 'Reader' });
    await reader.getByRole('button', { name: 'Edit details' }).click();
    const form = reader.getByRole('form', { name: 'Article details' });
    await expect(form.getByText('from the first line').count()).resolves.toBe(1);
    await form.getByLabel('Title').fill('Council approves estuary bridge');
    await form.getByRole('button', { name: 'Save' }).click();
    await reader.getByRole('heading', { name: 'Council approves estuary bridge' }).waitFor();
    await page.getByRole('region', { name: 'Inbox' }).getByRole('button', { name: 'Council approves estuary bridge' }).waitFor();
    await expect(reader.locator('.reader-details .details-row', { hasText: 'Title' }).textContent()).resolves.toContain('from the analyst');
  });
});
