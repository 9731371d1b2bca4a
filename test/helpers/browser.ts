import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';

export const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));

/** Debian's Chromium, headless, with a fresh profile (Playwright makes one per launch) and none of its background network chatter. */
export async function launchChromium(): Promise<Browser> {
  if (!CHROMIUM) throw new Error('Chromium is not installed: `apt-get install chromium` (.ci/run does it).');
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Opens Briefwright from the browser host's address in a fresh browser context and waits until the app has
 * loaded its briefing. Downloads are accepted; `clipboard` grants the page read and write on the host's origin.
 */
export async function openBriefwright(
  browser: Browser,
  url: string,
  options: { viewport?: { width: number; height: number }; clipboard?: boolean } = {},
): Promise<Page> {
  const context = await browser.newContext({ acceptDownloads: true, ...(options.viewport ? { viewport: options.viewport } : {}) });
  if (options.clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('region', { name: 'Briefing' }).getByLabel('Briefing title').waitFor();
  return page;
}
