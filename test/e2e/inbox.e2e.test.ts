import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRID_ARTICLE } from '../fixtures/articles';
import { generatedArticle } from '../fixtures/generatedArticles';
import { launchChromium, openBriefwright } from '../helpers/browser';
import type { RunningHost } from '../helpers/host';
import { startHost, tempHome } from '../helpers/host';

const GOOD = 195;
const BAD: [string, string | Buffer][] = [
  ['empty.txt', ''],
  ['blank.md', '   \n\n  '],
  ['noise.txt', randomBytes(6000)],
  ['scan.pdf', randomBytes(3000)],
  ['chart.xyz', 'a format Briefwright does not read'],
];

const FERRY_PAGE = `<!doctype html><html lang="en"><head><title>Island ferry fares to rise by 6% | Island Courier</title>
<meta property="og:site_name" content="Island Courier"></head><body><article><h1>Island ferry fares to rise by 6%</h1>
<p>Fares on the island ferry will rise by 6 per cent in April, the operator said on Monday, blaming fuel costs.</p>
<p>"Fuel has cost us more every month this winter," said Zoë Brannigan, the operator's finance director.</p>
<p>Season tickets will be frozen for a year, the company added.</p></article></body></html>`;

let browser: Browser;
let host: RunningHost;
let folder: string;
let paths: string[] = [];
let web: Server;
let webBase = '';

beforeAll(async () => {
  browser = await launchChromium();
  folder = await mkdtemp(join(tmpdir(), 'briefwright-bulk-'));
  for (let i = 0; i < GOOD; i++) {
    const article = generatedArticle(i);
    await writeFile(join(folder, article.fileName), article.text);
    paths.push(join(folder, article.fileName));
  }
  for (const [name, content] of BAD) {
    await writeFile(join(folder, name), content);
    paths.push(join(folder, name));
  }
  paths = paths.sort();
  web = createServer((req, res) => {
    if (req.url === '/grid') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(GRID_ARTICLE);
    } else if (req.url === '/ferry') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(FERRY_PAGE);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((done) => web.listen(0, '127.0.0.1', done));
  webBase = `http://127.0.0.1:${(web.address() as AddressInfo).port}`;
  // Web imports refuse addresses inside the machine; this local test server is allowed by name.
  host = await startHost(await tempHome(), { BRIEFWRIGHT_TEST_ALLOW_FETCH: webBase.slice('http://'.length) });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  web?.closeAllConnections();
  web?.close();
});

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

describe('the Inbox in Chromium through the browser host', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openBriefwright(browser, host);
  });

  it('imports 200 files in parallel with progress, a status per file and the failures named, staying responsive', async () => {
    const inbox = page.getByRole('region', { name: 'Inbox' });
    const started = Date.now();
    await page.getByLabel('Add files').setInputFiles(paths);
    const progress = page.getByLabel('Import progress');
    await progress.waitFor();

    // While the import runs, the page must keep answering: time round trips into the page and a click on a control.
    const roundTrips: number[] = [];
    const clicks: number[] = [];
    const toggle = inbox.getByRole('button', { name: /^(Hide|Show) details$/ });
    let maxInFlight = 0;
    while (await inbox.getByRole('button', { name: 'Cancel import' }).isVisible()) {
      const t0 = performance.now();
      const importing = await page.evaluate(() => document.querySelectorAll('[data-status="importing"]').length);
      roundTrips.push(performance.now() - t0);
      maxInFlight = Math.max(maxInFlight, importing);
      const t1 = performance.now();
      await toggle.click({ timeout: 10_000 });
      clicks.push(performance.now() - t1);
      // The next sample once more files are done (or the import is over).
      await page.waitForFunction((done) => {
        const bar = document.querySelector<HTMLProgressElement>('progress[aria-label="Import progress"]');
        const running = [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Cancel import');
        return !bar || !running || bar.value !== done;
      }, await progress.evaluate((el: HTMLProgressElement) => el.value));
    }
    const seconds = (Date.now() - started) / 1000;
    await inbox.getByText('Done: 200 of 200 files').waitFor();
    const idleClicks: number[] = [];
    for (let i = 0; i < 6; i++) {
      const t = performance.now();
      await toggle.click();
      idleClicks.push(performance.now() - t);
    }
    await expect(progress.evaluate((el: HTMLProgressElement) => [el.value, el.max])).resolves.toEqual([200, 200]);
    console.log(
      `[inbox e2e] 200 files (${GOOD} articles + ${BAD.length} bad) in ${seconds.toFixed(1)} s = ${(200 / seconds).toFixed(1)} files/s; ` +
        `page round trip during import: median ${median(roundTrips).toFixed(0)} ms, max ${Math.max(...roundTrips).toFixed(0)} ms (${roundTrips.length} samples); ` +
        `click on "Hide/Show details": median ${median(clicks).toFixed(0)} ms, max ${Math.max(...clicks).toFixed(0)} ms (idle page: median ${median(idleClicks).toFixed(0)} ms); most files importing at once: ${maxInFlight}`,
    );
    expect(maxInFlight).toBeGreaterThan(10); // more than one batch of ten was in flight at once
    expect(roundTrips.length).toBeGreaterThan(0);

    if (!(await inbox.getByRole('list', { name: 'Import status' }).isVisible())) await inbox.getByRole('button', { name: 'Show details' }).click();
    const statusList = inbox.getByRole('list', { name: 'Import status' });
    await expect(statusList.locator('[data-status="imported"]').count()).resolves.toBe(GOOD);
    const failed = statusList.locator('[data-status="failed"]');
    await expect(failed.count()).resolves.toBe(BAD.length);
    const failedNames = await failed.locator('.file-name').allTextContents();
    expect(failedNames.sort()).toEqual(BAD.map(([name]) => name).sort());
    for (const message of await failed.locator('.failure-message').allTextContents()) expect(message.length).toBeGreaterThan(15);
    await expect(statusList.locator('[data-code="empty"]').count()).resolves.toBe(2);
    await expect(statusList.locator('[data-code="unsupported-format"]').filter({ hasText: 'chart.xyz' }).count()).resolves.toBe(1);
    await inbox.getByText('200 articles').or(inbox.getByText(`${GOOD} articles`)).first().waitFor();
  }, 300_000);

  it('keeps only the rows in view in the page, and scrolls to the end of the list', async () => {
    const inbox = page.getByRole('region', { name: 'Inbox' });
    await inbox.getByLabel('Sort by').selectOption({ label: 'Title' });
    const rows = inbox.getByRole('list', { name: 'Articles' }).getByRole('listitem');
    const inPage = await rows.count();
    expect(inPage).toBeLessThan(60);
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    const titles = Array.from({ length: GOOD }, (_, i) => generatedArticle(i).title).sort(collator.compare);
    const t0 = performance.now();
    await inbox.locator('.pane-body').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await inbox.getByRole('button', { name: titles.at(-1)!, exact: true }).waitFor();
    console.log(`[inbox e2e] ${GOOD} articles, ${inPage} rows in the page; scroll to the end and show the last: ${(performance.now() - t0).toFixed(0)} ms`);
    await expect(rows.last().getAttribute('aria-posinset')).resolves.toBe(String(GOOD));
    await inbox.getByLabel('Sort by').selectOption({ label: 'Newest imported' });
  }, 60_000);

  it('finds an article by the name of a person quoted in it', async () => {
    const inbox = page.getByRole('region', { name: 'Inbox' });
    const target = generatedArticle(123);
    await inbox.getByLabel('Search articles').fill(target.speaker);
    // Best match first: the article quoting this person (others may merely share a first name or surname).
    const first = inbox.getByRole('list', { name: 'Articles' }).locator('.article-row-title').first();
    await expect.poll(() => first.textContent(), { timeout: 15_000 }).toBe(target.title);
    await inbox.getByRole('list', { name: 'Articles' }).getByRole('button', { name: target.title }).click();
    await page.getByRole('region', { name: 'Reader' }).getByText(target.speaker, { exact: false }).first().waitFor();
    await inbox.getByRole('button', { name: 'Clear search and filters' }).click();
    await inbox.getByText(`${GOOD} articles`).waitFor();
  }, 60_000);

  it('imports a web address pasted into the Inbox, fetched from a local server', async () => {
    const inbox = page.getByRole('region', { name: 'Inbox' });
    const address = `${webBase}/grid`;
    // A real paste: the address on the clipboard, the Inbox itself focused (not a text field), then Ctrl+V.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
    await page.evaluate((url) => navigator.clipboard.writeText(url), address);
    await page.locator('.inbox').focus();
    await page.keyboard.press('Control+V');
    await inbox.getByRole('button', { name: 'Grid operator warns of winter shortfall' }).waitFor({ timeout: 30_000 });
    await inbox.getByRole('button', { name: 'Show details' }).click();
    await inbox.getByRole('list', { name: 'Import status' }).getByText(address).waitFor();
    await inbox.getByLabel('Search articles').fill('Helen Marsh');
    await expect.poll(() => inbox.getByRole('list', { name: 'Articles' }).locator('.article-row-title').first().textContent()).toBe(
      'Grid operator warns of winter shortfall',
    );
  }, 60_000);

  it('imports a link dragged in from a browser onto the drop zone', async () => {
    const inbox = page.getByRole('region', { name: 'Inbox' });
    const address = `${webBase}/ferry`;
    await inbox.getByLabel('Search articles').fill('');
    // What a browser hands over when a link is dragged out of it: a uri-list, the address as text, an <a> as HTML.
    await page.getByTestId('drop-zone').evaluate((zone, url) => {
      const data = new DataTransfer();
      data.setData('text/uri-list', url);
      data.setData('text/plain', url);
      data.setData('text/html', `<a href="${url}">Island ferry</a>`);
      for (const type of ['dragenter', 'dragover', 'drop']) zone.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    }, address);
    await inbox.getByRole('button', { name: 'Island ferry fares to rise by 6%' }).waitFor({ timeout: 30_000 });
  }, 60_000);
});
