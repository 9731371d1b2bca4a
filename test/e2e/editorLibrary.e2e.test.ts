import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BriefingSchema } from '../../shared/model/briefing';
import { todayIso } from '../../shared/model/newBriefing';
import { HARBOUR_ARTICLE } from '../fixtures/articles';
import { dragByMouse, launchChromium, openBriefwright, WIDE } from '../helpers/browser';
import { seedBriefing, writeLibrary } from '../helpers/editorLibrary';
import type { RunningHost } from '../helpers/host';
import { startHost, tempHome } from '../helpers/host';
import { newItem } from '../../shared/model/newBriefing';

let browser: Browser;
let host: RunningHost;
const monday = seedBriefing('Ports brief 2026-11-23', '2026-11-23', { Ports: [], Energy: [] });
const carried = newItem({ kind: 'note', text: 'Berth contracts due in June', source: null });
const tuesday = seedBriefing('Ports brief 2026-11-24', '2026-11-24', {
  Ports: [carried, newItem({ kind: 'note', text: 'Yesterday’s rumour', source: null })],
  Energy: [],
});

beforeAll(async () => {
  const home = await tempHome();
  await writeLibrary(home, { briefings: [monday, tuesday] });
  host = await startHost(home);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

const briefingsOnDisk = async (folder: string) => (await readdir(join(host.home, folder)).catch(() => [])).filter((f) => f.endsWith('.json'));
const titleValue = (page: Page) => page.getByLabel('Briefing title').inputValue();

async function openLibrary(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Briefings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Briefings' });
  await dialog.getByRole('list', { name: 'All briefings' }).waitFor();
  return dialog;
}

describe('the library of briefings, end to end in Chromium through the browser host', () => {
  it('moves a briefing to the trash and restores it, on disk', async () => {
    const page = await openBriefwright(browser, host, { viewport: WIDE });
    expect(await titleValue(page)).toBe('Ports brief 2026-11-24');
    const dialog = await openLibrary(page);
    await dialog.getByRole('button', { name: 'Move Ports brief 2026-11-23 to trash' }).click();
    const trash = dialog.getByRole('region', { name: 'Trash' });
    await trash.getByRole('button', { name: 'Restore Ports brief 2026-11-23' }).waitFor();
    expect(await briefingsOnDisk('trash/briefings')).toEqual([`${monday.id}.json`]);
    expect(await briefingsOnDisk('briefings')).not.toContain(`${monday.id}.json`);

    await trash.getByRole('button', { name: 'Restore Ports brief 2026-11-23' }).click();
    await dialog.getByRole('button', { name: 'Open Ports brief 2026-11-23' }).waitFor();
    expect(await briefingsOnDisk('briefings')).toContain(`${monday.id}.json`);
    expect(await briefingsOnDisk('trash/briefings')).toEqual([]);

    await dialog.getByRole('button', { name: 'Open Ports brief 2026-11-23' }).click();
    await expect.poll(() => titleValue(page)).toBe('Ports brief 2026-11-23');
    await page.context().close();
  });

  it('starts from yesterday, carrying one chosen item, with today in the title', async () => {
    const page = await openBriefwright(browser, host, { viewport: WIDE });
    const dialog = await openLibrary(page);
    await dialog.getByRole('button', { name: 'Start from yesterday' }).click();
    const group = dialog.getByRole('group', { name: 'Start from yesterday' });
    await group.getByLabel('Berth contracts due in June').check();
    await group.getByRole('button', { name: 'Create today’s briefing' }).click();
    const today = todayIso();
    await expect.poll(() => titleValue(page)).toBe(`Ports brief ${today}`);
    const briefing = page.getByRole('region', { name: 'Briefing' });
    expect(await briefing.getByLabel('Section title').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).toEqual(['Ports', 'Energy']);
    await briefing.getByText('Berth contracts due in June').waitFor();
    expect(await briefing.getByText('Yesterday’s rumour').count()).toBe(0);

    const files = await briefingsOnDisk('briefings');
    expect(files).toHaveLength(3);
    const stored = await Promise.all(files.map(async (f) => BriefingSchema.parse(JSON.parse(await readFile(join(host.home, 'briefings', f), 'utf8')))));
    const created = stored.find((b) => b.date === today)!;
    expect(created.sections[0].items.map((i) => i.text)).toEqual(['Berth contracts due in June']);
    await page.context().close();
  });

  it('drags a suggested quote from the Reader into a section by mouse and by keyboard', async () => {
    const page = await openBriefwright(browser, host, { viewport: WIDE });
    const file = join(host.home, '..', `harbour-${Date.now()}.txt`);
    await writeFile(file, HARBOUR_ARTICLE);
    await page.getByLabel('Add files').setInputFiles(file);
    await page.getByRole('region', { name: 'Inbox' }).getByRole('button', { name: /Harbour authority approves/ }).first().click();
    const suggestions = page.getByRole('list', { name: 'Suggested quotes and figures' });
    const handles = suggestions.getByRole('button', { name: /^Drag: / });
    await handles.first().waitFor();
    const energy = page.getByRole('region', { name: 'Briefing' }).getByRole('listitem', { name: 'Section Energy' });
    const texts = () => energy.locator('.item-text').allTextContents();
    const before = (await texts()).length;

    await dragByMouse(page, handles.first(), energy, 'section “Energy”');
    await expect.poll(async () => (await texts()).length).toBe(before + 1);

    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await texts()).length).toBe(before);

    // By keyboard a passage starts over the first section; each arrow press moves it one section.
    await handles.nth(1).focus();
    await page.keyboard.press('Space');
    const live = page.locator('[role="status"][aria-live="assertive"]');
    const said = () => live.textContent();
    await expect.poll(said).toMatch(/ is over section “Ports”, position \d+ of \d+\.$/);
    await page.keyboard.press('ArrowDown');
    await expect.poll(said).toMatch(/ is over section “Energy”, position \d+ of \d+\.$/);
    await page.keyboard.press('ArrowUp');
    await expect.poll(said).toMatch(/ is over section “Ports”, position \d+ of \d+\.$/);
    await page.keyboard.press('ArrowUp');
    await expect.poll(said).toMatch(/ is already at the first place it can go: section “Ports”/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await expect.poll(said).toMatch(/ was dropped at section “Energy”, position \d+ of \d+\.$/);
    await expect.poll(async () => (await texts()).length).toBe(before + 1);
    await page.context().close();
  });
});
