import { existsSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { expect } from 'vitest';

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

/** The three panes side by side with room to spare (the editor tests drag between them). */
export const WIDE = { width: 1600, height: 1000 };

/**
 * The one way the end-to-end tests open Briefwright: a fresh browser context (its own storage; downloads
 * accepted) on the browser host's address, returned once the app has opened its briefing. `clipboard`
 * lets the page read and write the clipboard on the host's origin.
 */
export async function openBriefwright(
  browser: Browser,
  host: { url: string },
  options: { viewport?: { width: number; height: number }; clipboard?: boolean } = {},
): Promise<Page> {
  const context = await browser.newContext({ acceptDownloads: true, ...(options.viewport ? { viewport: options.viewport } : {}) });
  if (options.clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(host.url).origin });
  const page = await context.newPage();
  await page.goto(host.url);
  await page.getByRole('region', { name: 'Briefing' }).getByLabel('Briefing title').waitFor();
  return page;
}

/** The text of the drag-and-drop live region: what a screen reader was last told about a drag. */
export const dragAnnouncement = (page: Page): Promise<string | null> => page.locator('[role="status"][aria-live="assertive"]').textContent();

/**
 * A mouse drag in small steps, as a hand moves, from one element's centre to another's (`offsetY` lower),
 * let go only once the page has announced the drag over what `over` matches: never a fixed pause that a
 * slow machine outruns.
 */
export async function dragByMouse(page: Page, from: Locator, to: Locator, over: string | RegExp, offsetY = 0): Promise<void> {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  const sx = a.x + a.width / 2;
  const sy = a.y + a.height / 2;
  const tx = b.x + b.width / 2;
  const ty = b.y + b.height / 2 + offsetY;
  await page.mouse.move(sx, sy);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) await page.mouse.move(sx + ((tx - sx) * i) / 12, sy + ((ty - sy) * i) / 12);
  await expect.poll(() => dragAnnouncement(page)).toMatch(typeof over === 'string' ? new RegExp(`is over ${over.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) : over);
  await page.mouse.up();
}
