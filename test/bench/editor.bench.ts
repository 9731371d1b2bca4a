// Editor benchmark, in Chromium through the real browser host with a real library on disk:
// 1,000 articles and a 500-item briefing. Measures the time to first render (navigation start until the Inbox
// lists articles and all 500 items are on screen) and the time from a drop to the re-rendered briefing, for
// mouse drags of an item between sections. Usage: npx tsx test/bench/editor.bench.ts [runs]
import { readFileSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Article } from '../../shared/model/article';
import type { Item } from '../../shared/model/briefing';
import { launchChromium } from '../helpers/browser';
import { pickedItem, seedArticle, seedBriefing, writeLibrary } from '../helpers/editorLibrary';
import { ROOT, startHost, tempHome } from '../helpers/host';

const runs = Number(process.argv[2] ?? 7);
const ITEMS = 500;
const ARTICLES = 1000;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function articles(): Article[] {
  return Array.from({ length: ARTICLES }, (_, i) =>
    seedArticle({
      id: `art_bench_${i}`,
      title: `Port authority update number ${i}`,
      publication: ['Coastal Ledger', 'Valley Times', 'The Courier'][i % 3],
      published: `2026-11-${String(1 + (i % 25)).padStart(2, '0')}`,
      importedAt: new Date(Date.UTC(2026, 10, 25, 7, 0, i)).toISOString(),
      paragraphs: [
        `The harbour authority said on Tuesday that update ${i} adds four berths and 1,200 jobs.`,
        `“We are on schedule and on budget,” said the chair, Daniel Okafor, in statement ${i}.`,
        'Critics warned that costs could rise by 70-80 per cent, as they did at the rival port.',
      ],
    }),
  );
}

async function firstRender(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(
    () =>
      document.querySelectorAll('.section-card').length === 5 &&
      document.querySelectorAll('.item-card').length > 0 &&
      document.querySelectorAll('[aria-label="Inbox"] .article-row, [aria-label="Inbox"] .article-slot').length > 0,
    undefined,
    { timeout: 120_000, polling: 'raf' },
  );
  return page.evaluate(() => performance.now());
}

/** One mouse drag of the first item of a section onto its third; answers ms from pointerup to the re-rendered list. */
async function timedDrag(page: Page, name: string): Promise<number> {
  const handles = page.getByRole('listitem', { name: `Section ${name}` }).getByRole('button', { name: /^Drag item: / });
  const handle = handles.first();
  const target = handles.nth(2);
  await handle.scrollIntoViewIfNeeded();
  const a = (await handle.boundingBox())!;
  const movedId = await handle.evaluate((el) => el.closest('[data-item-id]')!.getAttribute('data-item-id'));
  await page.evaluate((id) => {
    const w = window as unknown as { __dropTime?: Promise<number> };
    w.__dropTime = new Promise<number>((resolve) => {
      let t0 = 0;
      window.addEventListener('pointerup', () => (t0 = performance.now()), { capture: true, once: true });
      const observer = new MutationObserver(() => {
        const card = document.querySelector(`[data-item-id="${id}"]`);
        const index = card?.closest('[data-index]')?.getAttribute('data-index') ?? String(Array.from(card?.parentElement?.children ?? []).indexOf(card!));
        if (!t0 || index === '0') return;
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now() - t0));
      });
      observer.observe(document.body, { childList: true, subtree: true });
      setTimeout(() => resolve(Number.NaN), 10_000);
    });
  }, movedId);
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  const b = (await target.boundingBox())!;
  for (let i = 1; i <= 10; i++) await page.mouse.move(a.x + a.width / 2 + ((b.x + b.width / 2 - a.x - a.width / 2) * i) / 10, a.y + a.height / 2 + ((b.y + b.height / 2 - a.y - a.height / 2) * i) / 10);
  await page.waitForTimeout(50);
  await page.mouse.up();
  return page.evaluate(() => (window as unknown as { __dropTime: Promise<number> }).__dropTime);
}

/** Minified JavaScript the built window loads before its first render: the entry script and the modules it preloads. */
function initialJsKb(): number {
  const dir = join(ROOT, 'out/renderer');
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)].map((m) => m[1] ?? m[2]);
  return files.reduce((kb, file) => kb + statSync(join(dir, file)).size / 1024, 0);
}

async function main() {
  const home = await tempHome('briefwright-bench-');
  const library = articles();
  const picks = ['adds four berths and 1,200 jobs', '“We are on schedule and on budget,”', 'costs could rise by 70-80 per cent'];
  const items: Item[] = Array.from({ length: ITEMS }, (_, i) => pickedItem(library[i % ARTICLES], i % 3, picks[i % 3], i % 3 === 1 ? 'quote' : 'excerpt'));
  const sections = Object.fromEntries(['Ports', 'Energy', 'Politics', 'Markets', 'Outlook'].map((name, s) => [name, items.slice(s * 100, (s + 1) * 100)]));
  await writeLibrary(home, { articles: library, briefings: [seedBriefing('Bench brief', '2026-11-25', sections)] });
  const host = await startHost(home);
  const browser = await launchChromium();
  try {
    const renders: number[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
      const page = await context.newPage();
      renders.push(await firstRender(page, host.url));
      await context.close();
    }
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    const page = await context.newPage();
    page.on('crash', () => console.log('page crashed'));
    page.on('pageerror', (e) => console.log('page error', e.message));
    await firstRender(page, host.url);
    const drops: number[] = [];
    for (let i = 0; i < runs; i++) drops.push(await timedDrag(page, 'Ports'));
    await context.close();
    console.log(`library of ${ARTICLES} articles, briefing of ${ITEMS} items, ${runs} runs each (Chromium ${browser.version()}, browser host)`);
    console.log(`first render (navigation start → inbox listed, briefing's sections and first items on screen): median ${median(renders).toFixed(0)} ms (${renders.map((r) => r.toFixed(0)).join(', ')})`);
    console.log(`drop → re-rendered briefing (mouse drag reordering a 100-item section): median ${median(drops).toFixed(1)} ms (${drops.map((r) => r.toFixed(1)).join(', ')})`);
    const js = initialJsKb();
    console.log(`initial JavaScript (entry and preloaded modules, minified): ${js.toFixed(0)} KB`);
    console.log(JSON.stringify({ firstRenderMs: Math.round(median(renders)), dropMsMedian: Math.round(median(drops) * 10) / 10, dropMsMax: Math.round(Math.max(...drops) * 10) / 10, initialJsKb: Math.round(js) }));
  } finally {
    await browser.close();
    await host.stop();
    await rm(home, { recursive: true, force: true });
  }
}

await main();
