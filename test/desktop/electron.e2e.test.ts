import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import type { ElectronApplication, Page } from 'playwright-core';
import { _electron } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HARBOUR_ARTICLE } from '../fixtures/articles';

/**
 * Drives the real desktop app with Playwright's `_electron.launch`: the window, its security, the
 * menus, files dropped on it and files opened with it. Where no Electron binary can be had (these
 * machines are offline, and Electron downloads its binary on first start) the suite is skipped,
 * and its name says why.
 */
const root = join(import.meta.dirname, '..', '..');

function electronBinary(): { path: string | null; why: string } {
  if (process.env.BRIEFWRIGHT_ELECTRON) {
    return existsSync(process.env.BRIEFWRIGHT_ELECTRON) ? { path: process.env.BRIEFWRIGHT_ELECTRON, why: '' } : { path: null, why: `BRIEFWRIGHT_ELECTRON=${process.env.BRIEFWRIGHT_ELECTRON} does not exist` };
  }
  let pkgDir: string;
  try {
    pkgDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { path: null, why: 'the electron package is not installed' };
  }
  const pathFile = join(pkgDir, 'path.txt');
  const binary = existsSync(pathFile) ? join(pkgDir, 'dist', readFileSync(pathFile, 'utf8').trim()) : null;
  if (!binary || !existsSync(binary)) return { path: null, why: "Electron's binary is not installed (node_modules/electron/dist is missing and cannot be downloaded on this machine)" };
  return { path: binary, why: '' };
}

function skipReason(): string {
  const { path, why } = electronBinary();
  if (!path) return why;
  if (!existsSync(join(root, 'out', 'main', 'index.js'))) return 'the app is not built (run `npm run build`)';
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return 'there is no display (run the tests under xvfb-run)';
  return '';
}

const reason = skipReason();
const title = reason ? `the desktop app (skipped: ${reason})` : 'the desktop app';

describe.skipIf(reason !== '')(title, () => {
  let app: ElectronApplication;
  let page: Page;
  let home: string;
  let userData: string;
  let files: string;
  let sharedTitle: string;

  async function launch(args: string[] = []): Promise<ElectronApplication> {
    const env: Record<string, string> = { BRIEFWRIGHT_HOME: home, BRIEFWRIGHT_USER_DATA: userData };
    for (const [key, value] of Object.entries(process.env)) if (value !== undefined && key !== 'ELECTRON_RUN_AS_NODE' && !(key in env)) env[key] = value;
    return _electron.launch({ executablePath: electronBinary().path!, args: [root, ...args], cwd: files, env, timeout: 60_000 });
  }

  beforeAll(async () => {
    home = await mkdtemp(join(tmpdir(), 'briefwright-e2e-home-'));
    userData = await mkdtemp(join(tmpdir(), 'briefwright-e2e-data-'));
    files = await mkdtemp(join(tmpdir(), 'briefwright-e2e-files-'));
    // A briefing a colleague shared, made by the same core the app runs.
    const { createServices } = await import('../../electron/services/createServices');
    const { openLibrary } = await import('../../electron/services/library');
    const colleague = createServices(openLibrary(await mkdtemp(join(tmpdir(), 'briefwright-e2e-colleague-'))));
    const briefing = await colleague.createBriefing({ title: 'Shared ports brief' });
    sharedTitle = briefing.title;
    const shared = await colleague.exportBriefingBundle({ briefingId: briefing.id });
    await writeFile(join(files, 'Shared ports brief.briefing'), shared.data!);

    app = await launch(['Shared ports brief.briefing']);
    page = await app.firstWindow();
    await page.getByRole('region', { name: 'Inbox' }).waitFor({ timeout: 60_000 });
  }, 120_000);

  afterAll(async () => {
    await app?.close().catch(() => undefined);
    for (const dir of [home, userData, files]) if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('serves the page from app://briefwright with the strict CSP, not from file://', async () => {
    expect(page.url()).toBe('app://briefwright/index.html');
    const csp = await page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
  });

  it('gives the page no Node, only window.api', async () => {
    const seen = await page.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      api: Object.keys((globalThis as unknown as { api: object }).api).sort(),
    }));
    expect(seen.require).toBe('undefined');
    expect(seen.process).toBe('undefined');
    expect(seen.api).toEqual(expect.arrayContaining(['listArticles', 'importFiles', 'exportBriefingBundle', 'importBriefingBundle', 'onCommand', 'onBriefingOpened', 'onArticlesImported']));
  });

  it('runs the window sandboxed, isolated and without Node integration', async () => {
    // getLastWebPreferences is Electron's own record of what the window runs with (not in its typings).
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0].webContents as unknown as { getLastWebPreferences?: () => Record<string, unknown> | null };
      return contents.getLastWebPreferences?.() ?? null;
    });
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webviewTag: false });
  });

  it('opens no new window and navigates nowhere else', async () => {
    // Not an http(s) address, so nothing reaches the system browser either (an https one would open there).
    const opened = await page.evaluate(() => window.open('file:///etc/hosts') === null);
    expect(opened).toBe(true);
    // Wait for Electron to ask about the navigation (the app's handler, added first, answers before this one).
    type Asked = { asked?: Promise<string> };
    await app.evaluate(({ BrowserWindow }) => {
      (globalThis as Asked).asked = new Promise<string>((resolve) => BrowserWindow.getAllWindows()[0].webContents.once('will-navigate', (_event, url) => resolve(url)));
    });
    await page.evaluate(() => {
      location.href = 'https://example.org/';
    });
    expect(await app.evaluate(() => (globalThis as Asked).asked)).toBe('https://example.org/');
    expect(page.url()).toBe('app://briefwright/index.html');
    expect(app.windows()).toHaveLength(1);
  });

  it('refuses every permission the page asks for', async () => {
    const state = await page.evaluate(async () => (await navigator.permissions.query({ name: 'notifications' as PermissionName })).state);
    expect(state).not.toBe('granted');
  });

  it('has File, Edit, View, Briefing and Help menus, whose items reach the page', async () => {
    const labels = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()!.items.map((item) => item.label.replace('&', '')));
    expect(labels).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Briefing', 'Help']));
    const received = page.evaluate(
      () => new Promise<string>((resolve) => (globalThis as unknown as { api: { onCommand(cb: (name: string) => void): () => void } }).api.onCommand(resolve)),
    );
    await app.evaluate(({ Menu }) => Menu.getApplicationMenu()!.getMenuItemById('addSection')!.click());
    expect(await received).toBe('addSection');
  });

  it('opened the .briefing file it was started with', async () => {
    const briefings = await page.evaluate(async () => (globalThis as unknown as { api: { listBriefings(i: object): Promise<{ ok: boolean; value: { title: string }[] }> } }).api.listBriefings({}));
    expect(briefings.ok).toBe(true);
    expect(briefings.value.map((b) => b.title)).toContain(sharedTitle);
  });

  it('imports a file dropped from the OS onto the drop zone', async () => {
    await page.evaluate((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'harbour.txt', { type: 'text/plain' }));
      const zone = document.querySelector('[data-testid="drop-zone"]')!;
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, HARBOUR_ARTICLE);
    await page.getByRole('region', { name: 'Inbox' }).getByText('Harbour authority approves £18.2 billion expansion').first().waitFor({ timeout: 30_000 });
  });

  it('remembers where its window was', async () => {
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0].setBounds({ x: 40, y: 40, width: 1000, height: 700 }));
    await app.close();
    const saved = JSON.parse(await readFile(join(userData, 'window-state.json'), 'utf8'));
    expect(saved).toMatchObject({ width: 1000, height: 700 });
    app = await launch();
    page = await app.firstWindow();
    const bounds = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0].getBounds());
    expect(bounds).toMatchObject({ width: 1000, height: 700 });
  }, 90_000);
});
