import { BrowserWindow, session, shell } from 'electron';
import { join } from 'node:path';
import { PAGE_CSP } from '../services/pageSecurity';
import { APP_ORIGIN } from './appProtocol';

/** Opens a link in the system browser only when it is http(s); everything else is dropped. */
export function openExternalSafely(url: string): void {
  try {
    const { protocol } = new URL(url);
    // Only http(s) reaches the OS, and only from a user's click on a link (window.open is denied).
    if (protocol === 'https:' || protocol === 'http:') void shell.openExternal(url); /* eng-disable OPEN_EXTERNAL_JS_CHECK */
  } catch {
    /* not a URL: ignore */
  }
}

/** Electron's security checklist, applied to the one session and every web contents. */
export function lockDownSession(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  // The app:// handler sets the CSP too; this covers every other response the window could receive.
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [PAGE_CSP] } });
  });
}

export function createMainWindow(preloadDir: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    title: 'Briefwright',
    show: false,
    // The preload is ours, sandboxed, and exposes only the contract's methods through contextBridge.
    webPreferences: {
      preload: join(preloadDir, 'index.cjs'), /* eng-disable PRELOAD_JS_CHECK */
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.once('ready-to-show', () => win.show());
  const contents = win.webContents;
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}
