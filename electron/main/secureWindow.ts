import { BrowserWindow, session, shell } from 'electron';
import { join } from 'node:path';
import { PAGE_CSP } from '../services/pageSecurity';
import { APP_ORIGIN, decidePermission, isAppUrl, isSafeExternalUrl } from './securityPolicy';

/** Opens a link in the system browser only when it is http(s); everything else is dropped. */
export function openExternalSafely(url: string): void {
  // Only http(s) reaches the OS, and only from a user's click on a link (window.open is denied).
  if (isSafeExternalUrl(url)) void shell.openExternal(url); /* eng-disable OPEN_EXTERNAL_JS_CHECK */
}

/** Electron's security checklist, applied to the one session and every web contents. */
export function lockDownSession(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(decidePermission()));
  session.defaultSession.setPermissionCheckHandler(() => decidePermission());
  // The app:// handler sets the CSP too; this covers every other response the window could receive.
  // Waiver below: PAGE_CSP is a shared constant electronegativity cannot read; test/security/csp.test.ts evaluates it instead.
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [PAGE_CSP] } }); /* eng-disable CSP_GLOBAL_CHECK */
  });
}

export interface WindowPlacement {
  bounds?: { x?: number; y?: number; width: number; height: number };
  maximized?: boolean;
  fullScreen?: boolean;
  backgroundColor?: string;
  /** The window icon where the OS takes it from the window (Linux, Windows). */
  icon?: string;
}

export function createMainWindow(preloadDir: string, placement: WindowPlacement = {}): BrowserWindow {
  // The literal below is what test/security/windowSecurity.test.ts reads: keep it a literal.
  const win = new BrowserWindow({
    width: 1400,
    height: 900,
    ...placement.bounds,
    minWidth: 900,
    minHeight: 600,
    title: 'Briefwright',
    show: false,
    backgroundColor: placement.backgroundColor,
    icon: placement.icon,
    // The preload is ours, sandboxed, and exposes only the contract's methods through contextBridge.
    webPreferences: {
      preload: join(preloadDir, 'index.cjs'), /* eng-disable PRELOAD_JS_CHECK */
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Off: on Linux the spell checker downloads dictionaries from Google, a network call the analyst never asked for.
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.once('ready-to-show', () => {
    if (placement.maximized) win.maximize();
    if (placement.fullScreen) win.setFullScreen(true);
    win.show();
  });
  const contents = win.webContents;
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}
