import type { BrowserWindow } from 'electron';
import { app } from 'electron';
import { join } from 'node:path';
import { createServices } from '../services/createServices';
import { openLibrary } from '../services/library';
import { ReaderPool } from '../services/readerPool';
import { registerAppScheme, serveRenderer } from './appProtocol';
import { withDesktopExport } from './desktopServices';
import { registerHandlers } from './registerHandlers';
import { createMainWindow, lockDownSession, openExternalSafely } from './secureWindow';

const outDir = join(import.meta.dirname, '..');
let mainWindow: BrowserWindow | null = null;
const pool = new ReaderPool();

registerAppScheme();

app.on('web-contents-created', (_event, contents) => {
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url);
    return { action: 'deny' };
  });
});

app.whenReady().then(() => {
  lockDownSession();
  serveRenderer(join(outDir, 'renderer'));
  const libraryRoot = process.env.BRIEFWRIGHT_HOME || join(app.getPath('userData'), 'library');
  const library = openLibrary(libraryRoot, (p) => console.error(`Moved aside an unreadable file: ${p.file} (${p.reason})`));
  const handlers = withDesktopExport(createServices(library, { read: (file) => pool.read(file) }), library, () => mainWindow, app.getPath('documents'));
  registerHandlers(handlers, () => mainWindow?.webContents ?? null);
  mainWindow = createMainWindow(join(outDir, 'preload'));
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  app.on('activate', () => {
    if (!mainWindow) mainWindow = createMainWindow(join(outDir, 'preload'));
  });
});

app.on('will-quit', () => void pool.close());

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
