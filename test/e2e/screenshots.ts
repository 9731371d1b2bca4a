// Screenshots of the main screens, for looking at them as a designer would: empty, five articles, a full briefing,
// Export, Templates and Library, at 1280×800 and 1920×1080, light and dark; and the pages of an exported briefing
// as LibreOffice renders them. Output: test-results/screens/ (gitignored).
// Usage (after `npm run build`): npx tsx test/e2e/screenshots.ts [--only 1280x800-light]
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { MORNING_ARTICLES } from '../fixtures/morningArticles';
import { launchChromium } from '../helpers/browser';
import { ROOT, startHost, tempHome } from '../helpers/host';

const OUT = join(ROOT, 'test-results/screens');
const VARIANTS = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
].flatMap((size) => (['light', 'dark'] as const).map((scheme) => ({ ...size, scheme, name: `${size.width}x${size.height}-${scheme}` })));
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;

async function open(browser: Browser, url: string, variant: (typeof VARIANTS)[number]): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: variant.width, height: variant.height }, colorScheme: variant.scheme, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('region', { name: 'Briefing' }).getByLabel('Briefing title').waitFor();
  return page;
}

async function shot(page: Page, variant: (typeof VARIANTS)[number], screen: string) {
  await page.waitForTimeout(150); // let transitions settle: this is a picture, not an assertion
  await page.screenshot({ path: join(OUT, `${screen}-${variant.name}.png`) });
}

async function openFirstArticle(page: Page) {
  await page.getByRole('region', { name: 'Inbox' }).getByRole('button', { name: /Foreign ministers agree/ }).click();
  await page.getByRole('complementary', { name: 'Suggestions' }).getByRole('button', { name: /^Accept: |^Add again|Accepted/ }).first().waitFor();
}

async function main() {
  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
  const files = await mkdtemp(join(tmpdir(), 'bw-screens-'));
  for (const a of MORNING_ARTICLES) await writeFile(join(files, a.fileName), a.text);
  const browser = await launchChromium();
  const emptyHost = await startHost(await tempHome());
  const host = await startHost(await tempHome());
  const variants = VARIANTS.filter((v) => !only || v.name === only);
  try {
    for (const v of variants) {
      const page = await open(browser, emptyHost.url, v);
      await shot(page, v, '1-empty');
      await page.context().close();
    }
    // Five articles in the Inbox, one open in the Reader, the briefing still empty.
    const setup = await open(browser, host.url, variants[0]);
    await setup.getByLabel('Add files').setInputFiles(MORNING_ARTICLES.map((a) => join(files, a.fileName)));
    await setup.getByRole('region', { name: 'Inbox' }).getByRole('button', { name: /Foreign ministers agree/ }).waitFor();
    await setup.waitForFunction(() => document.querySelectorAll('[aria-label="Inbox"] .article-row').length >= 5);
    for (const v of variants) {
      const page = await open(browser, host.url, v);
      await openFirstArticle(page);
      await shot(page, v, '2-five-articles');
      await page.context().close();
    }
    // A full briefing: a new one from the Daily brief, every suggestion accepted (routing places them).
    await setup.getByRole('button', { name: 'Templates', exact: true }).click();
    await setup.getByRole('dialog', { name: 'Templates' }).getByRole('button', { name: 'New briefing from Daily brief' }).click();
    await setup.getByRole('dialog', { name: 'Templates' }).waitFor({ state: 'hidden' });
    const count = await setup.locator('[aria-label="Inbox"] .article-row').count();
    for (let i = 0; i < count; i++) {
      await setup.locator('[aria-label="Inbox"] .article-row').nth(i).click();
      await setup.getByRole('complementary', { name: 'Suggestions' }).getByRole('button', { name: /^Accept: / }).first().waitFor({ timeout: 10_000 }).catch(() => undefined);
      const accept = setup.getByRole('complementary', { name: 'Suggestions' }).locator('button[aria-label^="Accept: "]:not([disabled])');
      while ((await accept.count()) > 0) await accept.first().click();
    }
    await setup.getByText('Saved').first().waitFor().catch(() => undefined);
    for (const v of variants) {
      const page = await open(browser, host.url, v);
      await openFirstArticle(page);
      await shot(page, v, '3-full-briefing');
      await page.getByRole('button', { name: 'Export…', exact: true }).click();
      const exportDialog = page.getByRole('dialog', { name: 'Export' });
      await exportDialog.waitFor();
      await page.waitForTimeout(1500); // the live preview renders lazily
      await shot(page, v, '4-export');
      if (v === variants[0]) {
        const downloading = page.waitForEvent('download');
        await exportDialog.getByRole('button', { name: 'Export Word document' }).click();
        await (await downloading).saveAs(join(OUT, 'briefing.docx'));
      }
      await exportDialog.getByRole('button', { name: 'Close' }).click();
      await page.getByRole('button', { name: 'Templates', exact: true }).click();
      await page.getByRole('dialog', { name: 'Templates' }).waitFor();
      await shot(page, v, '5-templates');
      await page.getByRole('dialog', { name: 'Templates' }).getByRole('button', { name: 'Close' }).click();
      await page.getByRole('button', { name: 'Briefings', exact: true }).click();
      await page.getByRole('dialog').first().waitFor();
      await shot(page, v, '6-library');
      await page.context().close();
    }
  } finally {
    await browser.close();
    await emptyHost.stop();
    await host.stop();
    await rm(files, { recursive: true, force: true });
  }
  // The exported briefing's pages as LibreOffice lays them out.
  const profile = await mkdtemp(join(tmpdir(), 'lo-ui-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', OUT, join(OUT, 'briefing.docx')], { stdio: 'ignore', timeout: 120_000 });
    execFileSync('pdftoppm', ['-png', '-r', '60', join(OUT, 'briefing.pdf'), join(OUT, 'docx-page')]);
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  console.log(`Screenshots in ${OUT}`);
}

await main();
