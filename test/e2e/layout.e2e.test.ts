import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MORNING_ARTICLES } from '../fixtures/morningArticles';
import { launchChromium, openBriefwright } from '../helpers/browser';
import type { RunningHost } from '../helpers/host';
import { startHost, tempHome } from '../helpers/host';
import { pickedItem, seedArticle, seedBriefing, writeLibrary } from '../helpers/editorLibrary';

// The window at the sizes analysts' laptops have: 1280×800 and 1440×900, with a morning's five articles.
let browser: Browser;
let host: RunningHost;
let files: string;
let paths: string[];

beforeAll(async () => {
  browser = await launchChromium();
  files = await mkdtemp(join(tmpdir(), 'briefwright-layout-'));
  paths = [];
  for (const a of MORNING_ARTICLES) {
    await writeFile(join(files, a.fileName), a.text);
    paths.push(join(files, a.fileName));
  }
  host = await startHost(await tempHome());
  const page = await openBriefwright(browser, host, { viewport: { width: 1280, height: 800 } });
  await page.getByLabel('Add files').setInputFiles(paths);
  await page.getByRole('region', { name: 'Inbox' }).getByText('5 articles').waitFor();
  await page.context().close();
});
afterAll(async () => {
  await host?.stop();
  await browser?.close();
  await rm(files, { recursive: true, force: true });
});

/** Whether the element is wholly inside the viewport and inside `within` (nothing clipped by a pane edge). */
async function fullyShown(element: Locator, within: Locator, page: Page): Promise<boolean> {
  const box = await element.boundingBox();
  const outer = await within.boundingBox();
  const view = page.viewportSize()!;
  if (!box || !outer) return false;
  const inside = (b: { x: number; y: number; width: number; height: number }, o: { x: number; y: number; width: number; height: number }) =>
    b.x >= o.x - 0.5 && b.y >= o.y - 0.5 && b.x + b.width <= o.x + o.width + 0.5 && b.y + b.height <= o.y + o.height + 0.5;
  return inside(box, outer) && inside(box, { x: 0, y: 0, width: view.width, height: view.height });
}

async function openArticle(page: Page, title: RegExp) {
  await page.getByRole('region', { name: 'Inbox' }).getByRole('button', { name: title }).click();
  await page.getByRole('complementary', { name: 'Suggestions' }).getByRole('listitem').first().waitFor();
}

describe.each([
  [1280, 800],
  [1440, 900],
])('the window at %i×%i', (width, height) => {
  it('shows the suggestions beside or below the text, and brings the one clicked in the text into view', async () => {
    const page = await openBriefwright(browser, host, { viewport: { width, height } });
    await openArticle(page, /Drone strikes hit fuel depots/);
    const reader = page.getByRole('region', { name: 'Reader' });
    const panel = reader.getByRole('complementary', { name: 'Suggestions' });
    expect(await fullyShown(panel.getByRole('listitem').first(), reader, page)).toBe(true);

    // The last highlight of the article: its entry is at the end of the list, out of view until clicked.
    const marks = reader.locator('.reader-text mark[data-suggestion]');
    const last = marks.last();
    await last.scrollIntoViewIfNeeded();
    await last.click();
    const key = await last.getAttribute('data-suggestion');
    const entry = panel.locator(`[data-key="${key}"]`);
    await expect.poll(() => entry.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(async () => fullyShown(entry, panel, page)).toBe(true);
    // …and the text did not move away from the highlight that was clicked.
    expect(await fullyShown(last, reader, page)).toBe(true);
    await page.context().close();
  });

  it('gives the Inbox to the articles, with every control whole', async () => {
    const page = await openBriefwright(browser, host, { viewport: { width, height } });
    const inbox = page.getByRole('region', { name: 'Inbox' });
    const rows = inbox.locator('.article-row');
    await rows.first().waitFor();
    // Articles first: at least three of the five are on screen without scrolling.
    let shown = 0;
    for (let i = 0; i < 5; i++) if (await fullyShown(rows.nth(i), inbox, page)) shown++;
    expect(shown).toBeGreaterThanOrEqual(3);
    expect(await fullyShown(inbox.getByLabel('Sort by'), inbox, page)).toBe(true);
    expect(await fullyShown(inbox.getByRole('combobox', { name: /^Publication/ }), inbox, page)).toBe(true);
    await inbox.getByText('Dates, language, new only').click();
    expect(await fullyShown(inbox.getByLabel('From', { exact: true }), inbox, page)).toBe(true);
    expect(await fullyShown(inbox.getByLabel('To', { exact: true }), inbox, page)).toBe(true);
    await page.context().close();
  });
});

describe('the window', () => {
  it('keeps its place when an item’s source is shown in the Reader', async () => {
    const page = await openBriefwright(browser, host, { viewport: { width: 1280, height: 800 } });
    await openArticle(page, /Gas prices jump/);
    const panel = page.getByRole('complementary', { name: 'Suggestions' });
    await panel.getByRole('button', { name: /^Accept: / }).last().click();
    await openArticle(page, /Foreign ministers agree/);
    const header = page.locator('.app-header');
    const before = await header.boundingBox();
    await page.getByRole('region', { name: 'Briefing' }).getByRole('button', { name: 'Show source' }).last().click();
    await page.getByRole('region', { name: 'Reader' }).getByRole('heading', { name: /Gas prices jump/ }).waitFor();
    await page.locator('mark.hl-focus').waitFor();
    expect(await header.boundingBox()).toEqual(before);
    expect(await page.evaluate(() => [document.documentElement.scrollTop, document.body.scrollTop, document.querySelector('.app')!.scrollTop])).toEqual([0, 0, 0]);
    await page.context().close();
  });

  it('says plainly that a re-import brought nothing new, and names the details toggle for what it will do', async () => {
    const page = await openBriefwright(browser, host, { viewport: { width: 1280, height: 800 } });
    await page.getByLabel('Add files').setInputFiles(paths);
    await expect.poll(() => page.evaluate(() => document.querySelector('.status-area [role=status]')?.textContent), { timeout: 8000 }).toBe('All 5 articles were already in the library.');
    const inbox = page.getByRole('region', { name: 'Inbox' });
    await inbox.getByRole('button', { name: 'Show details' }).click();
    await inbox.getByRole('list', { name: 'Import status' }).waitFor();
    await inbox.getByRole('button', { name: 'Hide details' }).click();
    await inbox.getByRole('list', { name: 'Import status' }).waitFor({ state: 'hidden' });
    await page.context().close();
  });
});

describe('the briefing pane with a full briefing at 1280×800', () => {
  it('jumps to a section from the outline, and the compact view fits more items on screen', async () => {
    const home = await tempHome();
    const article = seedArticle({
      id: 'art_layout_1',
      title: 'Foreign ministers agree to resume ceasefire talks in Geneva',
      publication: 'The Civic Post',
      paragraphs: Array.from({ length: 24 }, (_, i) => `Diplomats said on Thursday that point ${i} of the talks would cover the exchange of prisoners and the reopening of border crossings.`),
    });
    const items = (from: number) => Array.from({ length: 8 }, (_, i) => pickedItem(article, from + i, `point ${from + i} of the talks would cover the exchange of prisoners`));
    const briefing = seedBriefing('Daily brief', '2026-11-27', { 'Key developments': items(0), 'Politics and diplomacy': items(8), 'Economy and energy': items(16) });
    await writeLibrary(home, { articles: [article], briefings: [briefing] });
    const own = await startHost(home);
    try {
      const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
      await page.goto(own.url);
      const pane = page.getByRole('region', { name: 'Briefing' });
      await pane.getByLabel('Briefing title').waitFor();
      const economy = pane.getByRole('listitem', { name: 'Section Economy and energy' });
      expect(await fullyShown(economy.locator('.section-head'), pane, page)).toBe(false);
      await pane.getByRole('navigation', { name: 'Outline' }).getByRole('button', { name: /Economy and energy/ }).click();
      await expect.poll(() => fullyShown(economy.locator('.section-head'), pane, page)).toBe(true);
      await expect.poll(() => economy.getByLabel('Section title').evaluate((el) => el === document.activeElement)).toBe(true);

      const shownItems = () => pane.locator('.item-card').evaluateAll((cards) => {
        const body = cards[0].closest('.pane-body')!.getBoundingClientRect();
        return cards.filter((c) => { const r = c.getBoundingClientRect(); return r.top >= body.top && r.bottom <= body.bottom; }).length;
      });
      const before = await shownItems();
      await pane.getByRole('button', { name: 'Compact' }).click();
      await expect.poll(shownItems).toBeGreaterThan(before * 1.5);
      // Sources are short on the card: publication and date, the full line on hover.
      expect(await pane.locator('.item-source').first().textContent()).toBe('The Civic Post · 24 Nov');
      await page.context().close();
    } finally {
      await own.stop();
      await rm(home, { recursive: true, force: true });
    }
  });
});
