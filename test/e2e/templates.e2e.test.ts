import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openBriefwright } from '../helpers/browser';
import { docxPart } from '../helpers/docxText';
import type { RunningHost } from '../helpers/host';
import { startHost, tempHome } from '../helpers/host';

let browser: Browser;
let files: string;

beforeAll(async () => {
  browser = await launchChromium();
  files = await mkdtemp(join(tmpdir(), 'briefwright-templates-'));
});
afterAll(async () => {
  await browser?.close();
});

async function openTemplates(page: Page) {
  await page.getByRole('button', { name: 'Templates', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Templates' });
  await dialog.getByRole('button', { name: 'New briefing from Daily brief' }).waitFor();
  // Title patterns show what they give today, never raw tokens like {date:EEEE d MMMM yyyy}.
  expect(await dialog.locator('.template-meta').allTextContents()).not.toContainEqual(expect.stringMatching(/\{date/));
  return dialog;
}

/** Clicks a button that downloads a file, and saves the file under `name`. */
async function download(page: Page, click: () => Promise<void>, name: string): Promise<{ path: string; suggested: string }> {
  const downloading = page.waitForEvent('download');
  await click();
  const file = await downloading;
  const path = join(files, name);
  await file.saveAs(path);
  return { path, suggested: file.suggestedFilename() };
}

/** The text of every Heading 1 paragraph of a .docx: its sections, in order. */
async function headings(path: string): Promise<string[]> {
  const xml = await docxPart(path);
  return xml
    .split('</w:p>')
    .filter((p) => p.includes('<w:pStyle w:val="Heading1"/>'))
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
}

async function headerTexts(path: string): Promise<string[]> {
  const out: string[] = [];
  for (let n = 1; n <= 6; n++) {
    const xml = await docxPart(path, `word/header${n}.xml`).catch(() => null);
    if (xml) out.push([...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
  }
  return out;
}

const isoDay = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

describe('templates end to end in Chromium through the browser host', () => {
  let host: RunningHost;
  beforeAll(async () => {
    host = await startHost(await tempHome());
  });
  afterAll(async () => {
    await host?.stop();
  });

  it('saves a briefing as a template, starts tomorrow’s from it, and both export with the same sections and style', async () => {
    const page = await openBriefwright(browser, host);
    const briefing = page.getByRole('region', { name: 'Briefing' });
    const title = briefing.getByLabel('Briefing title');

    // Today's briefing, laid out by a built-in template with its own colours, plus a section of our own.
    let templates = await openTemplates(page);
    await templates.getByRole('button', { name: 'New briefing from Media monitoring digest' }).click();
    await templates.waitFor({ state: 'detached' });
    await expect.poll(() => title.inputValue()).toMatch(/^Media monitoring digest — \d{1,2} \w+ \d{4}$/);
    const todayTitle = await title.inputValue();
    await briefing.getByRole('button', { name: 'Add section' }).click();
    await briefing.getByLabel('Section title').last().fill('Energy');

    // Empty sections are left out of the export unless kept: keep them all, to compare the two days' sections.
    const keepAll = async () => {
      for (const box of await briefing.getByLabel('Keep in the export while empty').all()) await box.check();
    };
    await keepAll();

    // Its marking and who it is for, chosen in the Export dialog, and today's Word file.
    await page.getByRole('button', { name: 'Export…', exact: true }).click();
    const exportDialog = page.getByRole('dialog', { name: 'Export' });
    await exportDialog.getByLabel('Classification marking').fill('OFFICIAL-SENSITIVE');
    await exportDialog.getByLabel('Prepared for').fill('Duty desk');
    const outline = exportDialog.getByRole('region', { name: 'Outline preview' });
    await expect.poll(() => outline.getByRole('listitem').allTextContents()).toEqual([
      'No contents: too short to need them without a cover',
      'What they said — 0 items',
      'By the numbers — 0 items',
      'Other coverage — 0 items',
      'Energy — 0 items',
      'No sources to cite',
    ]);
    const today = await download(page, () => exportDialog.getByRole('button', { name: 'Export Word document' }).click(), 'today.docx');
    await exportDialog.getByText(/^Downloaded .*\.docx\.$/).waitFor();
    await exportDialog.getByRole('button', { name: 'Close' }).click();

    // Save it as a template.
    templates = await openTemplates(page);
    await templates.getByLabel(/^Name for a template made from/).fill('Harbour digest');
    await templates.getByRole('button', { name: 'Save as template' }).click();
    await templates.getByRole('button', { name: 'Edit Harbour digest' }).waitFor();
    const onDisk = await readdir(join(host.home, 'templates'));
    expect(onDisk.filter((f) => f.endsWith('.json'))).toHaveLength(1);

    // Tomorrow's briefing from it.
    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 1);
    await templates.getByLabel('Date of a new briefing').fill(isoDay(tomorrow));
    await templates.getByRole('button', { name: 'New briefing from Harbour digest' }).click();
    await templates.waitFor({ state: 'detached' });
    const tomorrowTitle = `Media monitoring digest — ${tomorrow.getDate()} ${tomorrow.toLocaleString('en-GB', { month: 'long' })} ${tomorrow.getFullYear()}`;
    await expect.poll(() => title.inputValue()).toBe(tomorrowTitle);
    expect(tomorrowTitle).not.toBe(todayTitle);
    await keepAll();
    const next = await download(page, () => briefing.getByRole('button', { name: 'Export to Word' }).click(), 'tomorrow.docx');
    expect(next.suggested).toBe(`${tomorrowTitle}.docx`);

    // Same sections, same style, same marking; a different day.
    const sections = await headings(today.path);
    expect(sections.map((h) => h.replace(/^\d+\.\s*/, ''))).toEqual(['What they said', 'By the numbers', 'Other coverage', 'Energy']);
    expect(await headings(next.path)).toEqual(sections);
    const styles = await docxPart(today.path, 'word/styles.xml');
    expect(styles).toContain('385623');
    expect(await docxPart(next.path, 'word/styles.xml')).toBe(styles);
    for (const path of [today.path, next.path]) {
      const header = await headerTexts(path);
      expect(header.length).toBeGreaterThan(0);
      for (const text of header) expect(text).toContain('OFFICIAL-SENSITIVE');
      expect(await docxPart(path, 'docProps/core.xml')).toContain('Duty desk');
    }
    const nextText = await docxPart(next.path);
    expect(nextText).toContain(tomorrowTitle);
    expect(nextText).not.toContain(todayTitle);
    await page.context().close();
  });

  it('refuses a bad template file with a clear message, leaving the template list as it was', async () => {
    const page = await openBriefwright(browser, host);
    const templates = await openTemplates(page);
    const names = () => templates.locator('.template-name').allTextContents();
    const before = await names();
    const beforeOnDisk = await readdir(join(host.home, 'templates')).catch(() => []);

    await writeFile(join(files, 'colleague.json'), '{"schemaVersion": 2, "name": "Broken", "sections": [');
    await templates.getByLabel('Import template').setInputFiles(join(files, 'colleague.json'));
    const alert = templates.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('“colleague.json” was not imported.');
    expect(await alert.textContent()).toContain('not JSON');

    await writeFile(join(files, 'hostile.json'), '{"schemaVersion": 2, "id": "x", "name": "Evil", "titlePattern": "X", "sections": [{"title": "A"}], "__proto__": {"admin": true}}');
    await templates.getByLabel('Import template').setInputFiles(join(files, 'hostile.json'));
    await expect.poll(() => alert.textContent()).toContain('“hostile.json” was not imported.');
    expect(await alert.textContent()).toContain('__proto__');
    expect(await names()).toEqual(before);
    expect(await readdir(join(host.home, 'templates')).catch(() => [])).toEqual(beforeOnDisk);

    // A good file from a colleague (exported here) imports under a free name.
    const shared = await download(page, () => templates.getByRole('button', { name: 'Export Daily brief' }).click(), 'daily.json');
    expect(shared.suggested).toBe('Daily brief.briefwright-template.json');
    expect(JSON.parse(await readFile(shared.path, 'utf8'))).toMatchObject({ schemaVersion: 2, name: 'Daily brief' });
    await templates.getByLabel('Import template').setInputFiles(shared.path);
    await templates.getByRole('button', { name: 'Edit Daily brief (2)' }).waitFor();
    await expect.poll(() => templates.getByRole('alert').count()).toBe(0);
    await page.context().close();
  });
});
