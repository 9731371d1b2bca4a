import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BriefingSchema } from '../../shared/model/briefing';
import { dragByMouse, launchChromium, openBriefwright, WIDE } from '../helpers/browser';
import { pickedItem, seedArticle, seedBriefing, writeLibrary } from '../helpers/editorLibrary';
import type { RunningHost } from '../helpers/host';
import { startHost, tempHome } from '../helpers/host';

const PORT = seedArticle({
  id: 'art_port',
  title: 'Harbour authority approves expansion',
  paragraphs: [
    'The Northport harbour authority approved an £18.2 billion expansion on Tuesday.',
    '“This is the decision that secures the port for the next fifty years,” said Daniel Okafor, the authority’s chair.',
    'The plan adds four deep-water berths and is expected to create 10,000 jobs over a decade.',
    'Critics warned that costs could rise by 70-80 per cent.',
  ],
});
const QUOTE = '“This is the decision that secures the port for the next fifty years,”';

let browser: Browser;
let host: RunningHost;
let briefingId: string;

beforeAll(async () => {
  const home = await tempHome();
  const briefing = seedBriefing('Morning brief', '2026-11-25', {
    Economy: [pickedItem(PORT, 0, 'approved an £18.2 billion expansion'), pickedItem(PORT, 2, 'create 10,000 jobs over a decade', 'figure')],
    Politics: [pickedItem(PORT, 1, QUOTE, 'quote')],
    Outlook: [],
  });
  briefingId = briefing.id;
  await writeLibrary(home, { articles: [PORT], briefings: [briefing] });
  host = await startHost(home);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

const section = (page: Page, name: string): Locator => page.getByRole('region', { name: 'Briefing' }).getByRole('listitem', { name: `Section ${name}` });
const itemTexts = (page: Page, name: string) => section(page, name).locator('.item-text').allTextContents();

async function onDisk(): Promise<ReturnType<typeof BriefingSchema.parse>> {
  return BriefingSchema.parse(JSON.parse(await readFile(join(host.home, 'briefings', `${briefingId}.json`), 'utf8')));
}

async function waitSaved(page: Page): Promise<void> {
  await page.getByRole('region', { name: 'Briefing' }).getByText('Saved', { exact: true }).waitFor();
}

describe('the briefing editor, end to end in Chromium through the browser host', () => {
  it('drags an item into another section with the mouse, then undoes and redoes the drag', async () => {
    const page = await openBriefwright(browser, host, { viewport: WIDE });
    const handle = section(page, 'Economy').getByRole('button', { name: /^Drag item: create 10,000 jobs/ });
    await dragByMouse(page, handle, section(page, 'Outlook'), 'section “Outlook”');
    await expect.poll(() => itemTexts(page, 'Outlook')).toEqual(['create 10,000 jobs over a decade']);
    expect(await itemTexts(page, 'Economy')).toEqual(['approved an £18.2 billion expansion']);
    await waitSaved(page);
    expect((await onDisk()).sections[2].items.map((i) => i.text)).toEqual(['create 10,000 jobs over a decade']);

    await page.keyboard.press('Control+z');
    await expect.poll(() => itemTexts(page, 'Economy')).toEqual(['approved an £18.2 billion expansion', 'create 10,000 jobs over a decade']);
    expect(await itemTexts(page, 'Outlook')).toEqual([]);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => itemTexts(page, 'Outlook')).toEqual(['create 10,000 jobs over a decade']);
    await page.keyboard.press('Control+z');
    await expect.poll(() => itemTexts(page, 'Outlook')).toEqual([]);
    await waitSaved(page);
    await expect.poll(async () => (await onDisk()).sections[0].items).toHaveLength(2);
    await page.context().close();
  });

  it('reorders items within a section and sections by mouse', async () => {
    const page = await openBriefwright(browser, host, { viewport: WIDE });
    const economy = section(page, 'Economy');
    await dragByMouse(page, economy.getByRole('button', { name: /^Drag item: approved/ }), economy.getByRole('button', { name: /^Drag item: create/ }), 'section “Economy”, position 2 of 2', 10);
    await expect.poll(() => itemTexts(page, 'Economy')).toEqual(['create 10,000 jobs over a decade', 'approved an £18.2 billion expansion']);
    await page.keyboard.press('Control+z');
    await expect.poll(() => itemTexts(page, 'Economy')).toEqual(['approved an £18.2 billion expansion', 'create 10,000 jobs over a decade']);
    await page.context().close();
  });

  it('moves an item and a section from the keyboard, one place per arrow press, announcing each', async () => {
    const page = await openBriefwright(browser, host, { viewport: WIDE });
    const live = page.locator('[role="status"][aria-live="assertive"]');
    const said = () => live.textContent();
    const ITEM = 'Item “This is the decision that secures the…';
    const handle = section(page, 'Politics').getByRole('button', { name: /^Drag item: “This is the decision/ });
    await handle.focus();
    await page.keyboard.press('Space');
    await expect.poll(said).toBe(`${ITEM} is over section “Politics”, position 1 of 1.`);
    await page.keyboard.press('ArrowUp');
    await expect.poll(said).toBe(`${ITEM} is over section “Economy”, position 3 of 3.`);
    await page.keyboard.press('ArrowUp');
    await expect.poll(said).toBe(`${ITEM} is over section “Economy”, position 2 of 3.`);
    await page.keyboard.press('Space');
    await expect.poll(said).toBe(`${ITEM} was dropped at section “Economy”, position 2 of 3.`);
    await expect.poll(() => itemTexts(page, 'Economy')).toEqual(['approved an £18.2 billion expansion', QUOTE, 'create 10,000 jobs over a decade']);
    expect(await itemTexts(page, 'Politics')).toEqual([]);
    await page.keyboard.press('Control+z');
    await expect.poll(() => itemTexts(page, 'Politics')).toEqual([QUOTE]);

    // Keys pressed back to back, as fast as the browser takes them: each one still moves one place.
    const sectionHandle = page.getByRole('button', { name: 'Drag section Outlook' });
    await sectionHandle.focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect.poll(said).toBe('Section “Outlook” is over position 1 of 3.');
    await page.keyboard.press('ArrowUp');
    await expect.poll(said).toBe('Section “Outlook” is already at the first place it can go: position 1 of 3.');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    const titles = () => page.getByLabel('Section title').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    await expect.poll(titles).toEqual(['Economy', 'Outlook', 'Politics']);
    expect(await said()).toBe('Section “Outlook” was dropped at position 2 of 3.');
    await page.keyboard.press('Control+z');
    await expect.poll(titles).toEqual(['Economy', 'Politics', 'Outlook']);
    await page.context().close();
  });

  it('trims a quote with an ellipsis, keeps the original on disk, and flags a changed quote', async () => {
    const page = await openBriefwright(browser, host, { viewport: WIDE });
    const politics = section(page, 'Politics');
    await politics.getByRole('button', { name: 'Edit' }).click();
    const text = politics.getByLabel('Quote text');
    await text.evaluate((area: HTMLTextAreaElement, value) => area.setSelectionRange(value.indexOf(' that secures'), value.indexOf(' for the next')), QUOTE);
    await politics.getByRole('button', { name: 'Cut selected words' }).click();
    const trimmed = '“This is the decision … for the next fifty years,”';
    await expect.poll(() => text.inputValue()).toBe(trimmed);
    await expect(politics.getByText('Quote no longer matches its source').count()).resolves.toBe(0);
    await waitSaved(page);
    await expect.poll(async () => (await onDisk()).sections[1].items[0]).toMatchObject({ text: trimmed, originalText: QUOTE });

    await text.fill('“This is the decision for the next sixty years”');
    await politics.getByText('Quote no longer matches its source').waitFor();
    await politics.getByRole('button', { name: 'Restore original words' }).click();
    await expect.poll(() => politics.getByText('Quote no longer matches its source').count()).toBe(0);
    await page.context().close();
  });

  it('jumps from an item to its passage in the Reader', async () => {
    const page = await openBriefwright(browser, host, { viewport: WIDE });
    await section(page, 'Economy').getByRole('listitem').filter({ hasText: 'create 10,000 jobs' }).getByRole('button', { name: 'Show source' }).click();
    const reader = page.getByRole('region', { name: 'Reader' });
    await reader.getByRole('heading', { name: PORT.title! }).waitFor();
    const mark = reader.locator('mark', { hasText: 'create 10,000 jobs over a decade' });
    await mark.first().waitFor();
    await expect.poll(() => mark.first().isVisible()).toBe(true);
    await page.context().close();
  });
});
