import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crossSourceArticles } from '../fixtures/crossSource/crossSourceSet';
import { launchChromium, openBriefwright } from '../helpers/browser';
import type { RunningHost } from '../helpers/host';
import { startHost, tempHome } from '../helpers/host';

let browser: Browser;
let host: RunningHost;
let files: string;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  files = await mkdtemp(join(tmpdir(), 'briefwright-sources-'));
  for (const a of crossSourceArticles().filter((x) => /^(floods|strike)-/.test(x.name))) await writeFile(join(files, `${a.name}.txt`), a.text);
  host = await startHost(await tempHome());
  page = await openBriefwright(browser, host);
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  if (files) await rm(files, { recursive: true, force: true });
});

async function briefingItems(): Promise<Array<{ kind: string; text: string; speaker: string | null }>> {
  const dir = join(host.home, 'briefings');
  const name = (await readdir(dir)).find((f) => f.endsWith('.json'))!;
  const briefing = JSON.parse(await readFile(join(dir, name), 'utf8')) as { sections: { items: Array<{ kind: string; text: string; speaker: string | null }> }[] };
  return briefing.sections.flatMap((s) => s.items);
}

describe('across sources, end to end in Chromium through the browser host', () => {
  it('shows the stories, the figures that disagree and the reworded quotes of the morning, and adds one to the briefing', { timeout: 180_000 }, async () => {
    const names = (await readdir(files)).sort().map((f) => join(files, f));
    await page.getByLabel('Add files').setInputFiles(names);
    await expect.poll(() => page.getByRole('region', { name: 'Inbox' }).getByRole('button', { name: /Sabi|Harwick|Lundara|port strike/ }).count(), { timeout: 60_000 }).toBe(8);

    // The Inbox marks the rows of a story told by several outlets, and the Reader says which figures differ.
    const inbox = page.getByRole('region', { name: 'Inbox' });
    const courier = inbox.getByRole('button', { name: 'Floods kill at least 19 in Lundara province' });
    await expect.poll(() => courier.textContent(), { timeout: 30_000 }).toContain('4 sources');
    await expect.poll(() => courier.textContent()).toContain('Figures differ');
    await courier.click();
    const crossCheck = page.getByRole('region', { name: 'Reader' }).getByRole('region', { name: 'Reported differently elsewhere' });
    await expect.poll(() => crossCheck.textContent()).toMatch(/“At least 19” here; “21” in/);

    await page.getByRole('button', { name: /Across sources/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Across sources' });
    const lundara = dialog.getByRole('listitem', { name: /Lundara|Sabi/ }).first();
    await expect.poll(() => lundara.textContent()).toContain('4 sources');
    await expect.poll(() => dialog.getByRole('listitem', { name: /Harwick/ }).first().textContent()).toMatch(/[34] sources/);

    await dialog.getByRole('radio', { name: /Figures that disagree/ }).check();
    await expect.poll(() => dialog.textContent()).toMatch(/Reported differently: At least 19 and 21|Reported differently: 21 and At least 19/);

    const deaths = dialog.getByRole('listitem').filter({ hasText: 'Reported differently: At least 19' }).first();
    await deaths.getByRole('button', { name: /Add .*figure to the briefing/ }).first().click();
    const briefingPane = page.getByRole('region', { name: 'Briefing' });
    await expect.poll(() => briefingPane.getByRole('note').first().textContent()).toMatch(/Reported differently elsewhere: .*“21”/);

    await dialog.getByRole('radio', { name: /Quotes that differ/ }).check();
    const misquote = dialog.getByRole('listitem').filter({ hasText: 'no time to' }).first();
    await expect.poll(() => misquote.locator('del').allTextContents()).toContain('leave ');
    await expect.poll(() => misquote.locator('ins').allTextContents()).toContain('get out of ');
    await misquote.getByRole('button', { name: /Add .*quote to the briefing/ }).first().click();
    await expect.poll(async () => (await briefingItems()).map((i) => i.text).join('\n'), { timeout: 15_000 }).toContain('no time to');

    // The analyst splits the analysis piece off the Lundara story: it is then a story of three.
    await dialog.getByRole('radio', { name: /Stories/ }).check();
    await dialog.getByRole('button', { name: /Split Why the Sabi valley keeps flooding/ }).click();
    await expect.poll(() => dialog.getByRole('listitem', { name: /Lundara|Sabi/ }).first().textContent()).toContain('3 sources');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);

    // The organisation allows five words per source: the briefing pane warns of the quote just added.
    await page.getByRole('button', { name: /Command palette/ }).click();
    await page.keyboard.type('Organisation settings');
    await page.keyboard.press('Enter');
    const settings = page.getByRole('dialog', { name: 'Organisation settings' });
    await settings.getByLabel('Most words quoted from one source').fill('5');
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => settings.count()).toBe(0);
    await expect.poll(() => page.getByRole('region', { name: 'Briefing' }).getByRole('status').first().textContent()).toMatch(/This briefing quotes \d+ words from .* more than the 5 words per source/);
  });
});
