import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRID_ARTICLE, HARBOUR_ARTICLE } from '../fixtures/articles';
import { launchChromium, openBriefwright } from '../helpers/browser';
import { docxPart, textOfDocumentXml } from '../helpers/docxText';
import type { RunningHost } from '../helpers/host';
import { startHost, tempHome } from '../helpers/host';

let browser: Browser;
let files: string;

beforeAll(async () => {
  browser = await launchChromium();
  files = await mkdtemp(join(tmpdir(), 'briefwright-files-'));
  await writeFile(join(files, 'harbour.txt'), HARBOUR_ARTICLE);
  await writeFile(join(files, 'grid.html'), GRID_ARTICLE);
  await writeFile(join(files, 'empty.txt'), '');
  await writeFile(join(files, 'noise.txt'), randomBytes(4096));
  await writeFile(join(files, 'chart.xyz'), 'a format Briefwright does not read');
});

afterAll(async () => {
  await browser?.close();
});

/** Selects `passage` inside the Reader's paragraph that holds it, as a mouse selection would. */
async function selectPassage(page: Page, passage: string): Promise<void> {
  const reader = page.getByRole('region', { name: 'Reader' });
  const paragraph = reader.locator('p', { hasText: passage }).first();
  await paragraph.waitFor();
  await paragraph.evaluate((el, text) => {
    // The paragraph's text may be split by highlight marks: find the text node and offset of a character.
    const at = (offset: number): [Node, number] => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent!.length;
        if (offset <= length) return [node, offset];
        offset -= length;
      }
      throw new Error('offset outside the paragraph');
    };
    const start = el.textContent!.indexOf(text);
    const range = document.createRange();
    range.setStart(...at(start));
    range.setEnd(...at(start + text.length));
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    el.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    document.dispatchEvent(new Event('selectionchange'));
  }, passage);
}

describe('the walking skeleton, end to end in Chromium through the browser host', () => {
  let host: RunningHost;
  const passage = 'expected to create 10,000 jobs over a decade';

  beforeAll(async () => {
    host = await startHost(await tempHome());
  });
  afterAll(async () => {
    await host?.stop();
  });

  it('imports a file, adds a selected passage to a section and exports a Word file holding it', async () => {
    const page = await openBriefwright(browser, host);
    for (const name of ['Inbox', 'Reader', 'Briefing']) await expect(page.getByRole('region', { name }).isVisible()).resolves.toBe(true);

    await page.getByLabel('Add files').setInputFiles(join(files, 'harbour.txt'));
    const inbox = page.getByRole('region', { name: 'Inbox' });
    const title = 'Harbour authority approves £18.2 billion expansion';
    await inbox.getByRole('button', { name: title }).click();
    const reader = page.getByRole('region', { name: 'Reader' });
    await reader.getByText('The plan adds four deep-water berths', { exact: false }).waitFor();

    const briefing = page.getByRole('region', { name: 'Briefing' });
    await briefing.getByRole('button', { name: 'Add section' }).click();
    const titles = briefing.getByLabel('Section title');
    await titles.last().fill('Infrastructure');
    await page.getByLabel('Section', { exact: true }).selectOption({ label: 'Infrastructure' });

    await selectPassage(page, passage);
    await page.getByRole('button', { name: 'Add to section' }).click();
    await briefing.getByText(passage, { exact: false }).waitFor();

    const downloading = page.waitForEvent('download');
    await briefing.getByRole('button', { name: 'Export to Word' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const saved = join(files, 'export.docx');
    await download.saveAs(saved);
    const text = textOfDocumentXml(await docxPart(saved));
    expect(text).toContain(passage);
    expect(text).toContain('Infrastructure');
    const xml = await docxPart(saved);
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>/);
    await page.context().close();
  });

  it('finds the briefing again after the host restarts', async () => {
    const briefingsDir = join(host.home, 'briefings');
    const onDisk = await readdir(briefingsDir);
    expect(onDisk.filter((f) => f.endsWith('.json'))).toHaveLength(1);
    const stored = JSON.parse(await readFile(join(briefingsDir, onDisk.find((f) => f.endsWith('.json'))!), 'utf8'));
    expect(stored.schemaVersion).toBe(1);

    await host.stop();
    host = await startHost(host.home);
    const page = await openBriefwright(browser, host);
    const briefing = page.getByRole('region', { name: 'Briefing' });
    await briefing.getByText(passage, { exact: false }).waitFor();
    await expect(briefing.getByLabel('Section title').last().inputValue()).resolves.toBe('Infrastructure');
    await expect(page.getByRole('region', { name: 'Inbox' }).getByRole('button', { name: /Harbour authority/ }).count()).resolves.toBe(1);
    await page.context().close();
  });

  it('says clearly which files could not be read while the rest import, and never renders article HTML', async () => {
    const page = await openBriefwright(browser, host);
    await page.getByLabel('Add files').setInputFiles(['empty.txt', 'noise.txt', 'chart.xyz', 'grid.html'].map((f) => join(files, f)));
    const inbox = page.getByRole('region', { name: 'Inbox' });
    await inbox.getByRole('button', { name: 'Grid operator warns of winter shortfall' }).waitFor();
    for (const name of ['empty.txt', 'noise.txt', 'chart.xyz']) await page.getByText(name, { exact: false }).first().waitFor();
    await inbox.getByRole('button', { name: 'Grid operator warns of winter shortfall' }).click();
    const reader = page.getByRole('region', { name: 'Reader' });
    await reader.locator('p[data-paragraph]', { hasText: 'reserve margins could fall' }).waitFor();
    await expect(page.evaluate(() => (window as unknown as { __hostile?: boolean }).__hostile)).resolves.toBeUndefined();
    await expect(reader.locator('script, [onclick]').count()).resolves.toBe(0);
    await page.context().close();
  });
});
