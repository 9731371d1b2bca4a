import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HARBOUR_ARTICLE } from '../fixtures/articles';
import { launchChromium, openBriefwright } from '../helpers/browser';
import { docxPart, textOfDocumentXml } from '../helpers/docxText';
import type { RunningHost } from '../helpers/host';
import { startHost, tempHome } from '../helpers/host';

let browser: Browser;
let files: string;
let host: RunningHost;

beforeAll(async () => {
  browser = await launchChromium();
  files = await mkdtemp(join(tmpdir(), 'briefwright-export-'));
  await writeFile(join(files, 'harbour.txt'), HARBOUR_ARTICLE);
  host = await startHost(await tempHome());
});
afterAll(async () => {
  await host?.stop();
  await browser?.close();
});

describe('the Export dialog end to end in Chromium through the browser host', () => {
  it('saves the chosen options with the briefing and exports Word, Markdown and a copy for email', async () => {
    const page = await openBriefwright(browser, host, { clipboard: true });
    await page.getByLabel('Add files').setInputFiles(join(files, 'harbour.txt'));
    const title = 'Harbour authority approves £18.2 billion expansion';
    await page.getByRole('region', { name: 'Inbox' }).getByRole('button', { name: title }).click();
    const suggestions = page.getByRole('region', { name: 'Reader' }).getByRole('complementary', { name: 'Suggestions' });
    const accept = suggestions.getByRole('button', { name: /^Accept: / }).first();
    await accept.waitFor();
    await accept.click();

    await page.getByRole('button', { name: 'Export…', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByLabel('Classification marking').fill('OFFICIAL');
    await dialog.getByLabel('Cover page').uncheck();
    await dialog.getByLabel('Sources as').selectOption({ label: 'Closing list of sources' });
    await expect.poll(() => dialog.getByRole('region', { name: 'Outline preview' }).getByRole('listitem').allTextContents()).toEqual([
      'No contents: too short to need them without a cover',
      'Key developments — 1 item',
      'Sources in a closing list',
    ]);

    const downloading = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export Word document' }).click();
    const word = join(files, 'export.docx');
    await (await downloading).saveAs(word);
    await dialog.getByText(/^Downloaded .*\.docx\.$/).waitFor();
    const text = textOfDocumentXml(await docxPart(word));
    expect(text).toContain('Sources');
    expect(text).toContain('Key developments');
    expect(await docxPart(word, 'word/header1.xml').catch(async () => docxPart(word, 'word/header2.xml'))).toContain('OFFICIAL');

    const mdDownloading = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export Markdown' }).click();
    const md = await mdDownloading;
    expect(md.suggestedFilename()).toMatch(/\.md$/);
    const markdownPath = join(files, 'export.md');
    await md.saveAs(markdownPath);
    const markdown = await readFile(markdownPath, 'utf8');
    expect(markdown).toContain('**OFFICIAL**');
    expect(markdown).toContain('## Key developments');

    await dialog.getByRole('button', { name: 'Copy for email' }).click();
    await page.getByText(/^Copied the briefing for email/).waitFor();
    const clipboard = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const read = async (type: string) => (item.types.includes(type) ? (await item.getType(type)).text() : null);
      return { types: [...item.types], html: await read('text/html'), text: await read('text/plain') };
    });
    expect(clipboard.types).toEqual(expect.arrayContaining(['text/html', 'text/plain']));
    expect(clipboard.html).toContain('Key developments');
    expect(clipboard.text).toContain('KEY DEVELOPMENTS');

    // The options were saved with the briefing, on disk.
    await page.getByRole('dialog', { name: 'Export' }).getByRole('button', { name: 'Close' }).click();
    const dir = join(host.home, 'briefings');
    await expect
      .poll(async () => {
        const [file] = (await readdir(dir)).filter((f) => f.endsWith('.json'));
        const stored = JSON.parse(await readFile(join(dir, file), 'utf8'));
        return { classification: stored.classification, cover: stored.exportOptions?.cover, sourceStyle: stored.exportOptions?.sourceStyle };
      })
      .toEqual({ classification: 'OFFICIAL', cover: false, sourceStyle: 'list' });
    await page.context().close();
  });

  it('warns before an unmarked export, takes the organisation’s default marking once, and keeps its buttons in view at 1280×800', async () => {
    const own = await startHost(await tempHome());
    try {
      const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true })).newPage();
      await page.goto(own.url);
      await page.getByRole('region', { name: 'Briefing' }).getByLabel('Briefing title').waitFor();
      await page.getByRole('region', { name: 'Briefing' }).getByLabel('Briefing summary').fill('Talks resume; gas prices jump.');
      await page.getByRole('button', { name: 'Export…', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Export' });
      await dialog.getByLabel('Cover page').check();
      const exportButton = dialog.getByRole('button', { name: 'Export Word document' });
      const box = (await exportButton.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(800);
      const warning = dialog.getByRole('note', { name: 'Unmarked' });
      await expect.poll(() => warning.textContent()).toContain('no classification marking');
      await dialog.getByLabel('Organisation default marking').fill('OFFICIAL');
      await dialog.getByRole('button', { name: 'Set as default' }).click();
      await dialog.getByText('Marked OFFICIAL, your organisation’s default.').waitFor();
      expect(await warning.count()).toBe(0);
      const downloading = page.waitForEvent('download');
      await exportButton.click();
      const word = join(files, 'defaulted.docx');
      await (await downloading).saveAs(word);
      expect(await docxPart(word, 'word/header1.xml').catch(async () => docxPart(word, 'word/header2.xml'))).toContain('OFFICIAL');
      // The cover carries the briefing's summary.
      expect(textOfDocumentXml(await docxPart(word))).toContain('Talks resume; gas prices jump.');
      // Set once: the next briefing's dialog carries it too.
      await page.reload();
      await page.getByRole('button', { name: 'Export…', exact: true }).click();
      await page.getByRole('dialog', { name: 'Export' }).getByText('Marked OFFICIAL, your organisation’s default.').waitFor();
      await page.context().close();
    } finally {
      await own.stop();
    }
  });
});
