import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import type { Browser } from 'playwright-core';
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
  files = await mkdtemp(join(tmpdir(), 'briefwright-wordtemplate-'));
  await writeFile(join(files, 'harbour.txt'), HARBOUR_ARTICLE);
  const template = new Document({ sections: [{ children: ['Ministry of Harbours', '{{title}}', '{{body}}'].map((text) => new Paragraph(text)) }] });
  await writeFile(join(files, 'ministry.docx'), await Packer.toBuffer(template));
  host = await startHost(await tempHome());
});
afterAll(async () => {
  await host?.stop();
  await browser?.close();
});

/** The briefing as the core saved it on disk. */
async function storedBriefing(): Promise<{ sections: { items: { text: string }[] }[]; exportOptions?: { wordTemplateId: string | null } }> {
  const dir = join(host.home, 'briefings');
  const [file] = (await readdir(dir)).filter((f) => f.endsWith('.json'));
  return JSON.parse(await readFile(join(dir, file), 'utf8'));
}

describe('an organisation Word template end to end in Chromium through the browser host', () => {
  it('is uploaded in the Export dialog, chosen, and the Word export is poured into it', async () => {
    const page = await openBriefwright(browser, host);
    await page.getByLabel('Add files').setInputFiles(join(files, 'harbour.txt'));
    await page.getByRole('region', { name: 'Inbox' }).getByRole('button', { name: 'Harbour authority approves £18.2 billion expansion' }).click();
    const accept = page.getByRole('region', { name: 'Reader' }).getByRole('complementary', { name: 'Suggestions' }).getByRole('button', { name: /^Accept: / }).first();
    await accept.waitFor();
    await accept.click();

    await page.getByRole('button', { name: 'Export…', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByLabel('Add Word template').setInputFiles(join(files, 'ministry.docx'));
    await dialog.getByText('Uses {{title}}, {{body}}').waitFor();
    await expect.poll(async () => (await dialog.getByLabel('Word template').locator('option:checked').textContent())?.trim()).toBe('ministry.docx');
    await expect.poll(async () => (await storedBriefing()).exportOptions?.wordTemplateId ?? null).toMatch(/^[A-Za-z0-9_-]+$/);
    const itemText = (await storedBriefing()).sections.flatMap((s) => s.items)[0].text;

    const downloading = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export Word document' }).click();
    const word = join(files, 'export.docx');
    await (await downloading).saveAs(word);
    const text = textOfDocumentXml(await docxPart(word));
    expect(text).toContain('Ministry of Harbours');
    expect(text).not.toContain('{{body}}');
    expect(text.replace(/\s+/g, ' ')).toContain(itemText.replace(/\s+/g, ' ').slice(0, 60));
    await page.context().close();
  });
});
