import type { BrowserWindow } from 'electron';
import { app, dialog, Menu, nativeTheme, screen } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { PageCommandName } from '../../shared/commands/commandList';
import { isPageCommand } from '../../shared/commands/commandList';
import type { EventPayloads, Handlers } from '../../shared/ipc/contract';
import type { EventName } from '../../shared/ipc/methods';
import { eventChannelOf } from '../../shared/ipc/methods';
import { ARTICLE_EXTENSIONS, BRIEFING_FILE_EXTENSION } from '../../shared/model/limits';
import type { Core } from '../services/openCore';
import { openCore } from '../services/openCore';
import type { FolderWatch } from '../services/watchFolder';
import { readWatchedFolder, saveWatchedFolder, watchFolder } from '../services/watchFolder';
import { registerAppScheme, serveRenderer } from './appProtocol';
import { withDesktopExport } from './desktopServices';
import { buildMenuTemplate } from './menuTemplate';
import type { BundlePreview } from './openPaths';
import { bundleQuestion, filesFromArgv, openFiles } from './openPaths';
import { registerHandlers } from './registerHandlers';
import { createMainWindow, lockDownSession, openExternalSafely } from './secureWindow';
import { fitToDisplays, loadWindowState, saveWindowState, windowStateFile } from './windowState';

const outDir = join(import.meta.dirname, '..');
/** The page's background before it paints, matching renderer/styles.css, so a dark desktop sees no white flash. */
const BACKGROUND = { light: '#f4f5f7', dark: '#14171c' };

// Tests and portable setups may keep the app's own data elsewhere (the library has BRIEFWRIGHT_HOME).
if (process.env.BRIEFWRIGHT_USER_DATA) app.setPath('userData', process.env.BRIEFWRIGHT_USER_DATA);

// Every renderer sandboxed, whatever a window's own settings say.
app.enableSandbox();
registerAppScheme();

let mainWindow: BrowserWindow | null = null;
let core: Core | null = null;
let handlers: Handlers | null = null;
/** Files the OS asked us to open before we were ready (macOS sends open-file that early). */
const pendingPaths: string[] = [];
/** Events for a page that is still loading: sent once it has. */
const pendingEvents: [EventName, unknown][] = [];
/** Writes that must finish before the app quits (the window's place, saved as it closes). */
const pendingWrites = new Set<Promise<void>>();

/** Runs work the caller does not wait for, reporting a failure instead of leaving it unhandled. */
function background(work: Promise<unknown>, what: string): void {
  work.catch((error: unknown) => console.error(`Briefwright could not ${what}:`, error));
}

function sendToPage<E extends EventName>(event: E, payload: EventPayloads[E]): void {
  const win = mainWindow;
  if (!win || win.isDestroyed() || win.webContents.isLoading()) {
    pendingEvents.push([event, payload]);
    return;
  }
  win.webContents.send(eventChannelOf(event), payload);
}

function flushEvents(): void {
  for (const [event, payload] of pendingEvents.splice(0)) mainWindow?.webContents.send(eventChannelOf(event), payload);
}

function iconPath(): string | undefined {
  const icon = app.isPackaged ? join(process.resourcesPath, 'icon.png') : join(outDir, '..', 'build', 'icons', '256x256.png');
  return existsSync(icon) ? icon : undefined;
}

async function openWindow(): Promise<BrowserWindow> {
  const stateFile = windowStateFile(app.getPath('userData'));
  const saved = await loadWindowState(stateFile);
  const fitted = saved ? fitToDisplays(saved, screen.getAllDisplays().map((d) => d.workArea)) : null;
  const win = createMainWindow(join(outDir, 'preload'), {
    ...fitted,
    backgroundColor: nativeTheme.shouldUseDarkColors ? BACKGROUND.dark : BACKGROUND.light,
    icon: iconPath(),
  });
  mainWindow = win;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const remember = () => {
    if (win.isDestroyed()) return;
    const b = win.getNormalBounds();
    const state = { x: Math.round(b.x), y: Math.round(b.y), width: Math.round(b.width), height: Math.round(b.height), maximized: win.isMaximized(), fullScreen: win.isFullScreen() };
    const write = saveWindowState(stateFile, state).catch((error: unknown) => console.error('Could not remember the window’s place:', error));
    pendingWrites.add(write);
    void write.finally(() => pendingWrites.delete(write));
  };
  const rememberSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(remember, 500);
  };
  for (const change of ['resize', 'move', 'maximize', 'unmaximize', 'enter-full-screen', 'leave-full-screen'] as const) win.on(change as 'resize', rememberSoon);
  win.on('close', () => {
    clearTimeout(timer);
    remember();
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  win.webContents.on('did-finish-load', flushEvents);
  return win;
}

let opening: Promise<BrowserWindow> | null = null;

/** The window, opening it if there is none (once, however many callers ask at the same moment). */
function ensureWindow(): Promise<BrowserWindow> {
  if (mainWindow) return Promise.resolve(mainWindow);
  opening ??= openWindow().finally(() => {
    opening = null;
  });
  return opening;
}

async function showWindow(): Promise<BrowserWindow> {
  const win = await ensureWindow();
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
  return win;
}

/** Shows what a shared briefing holds and asks before it is added (Cancel is the default). */
async function askToAddBriefing(preview: BundlePreview): Promise<boolean> {
  const question = bundleQuestion(preview);
  const options: Electron.MessageBoxOptions = { type: 'question', title: 'Open a shared briefing', noLink: true, ...question };
  const answer = mainWindow ? await dialog.showMessageBox(mainWindow, options) : await dialog.showMessageBox(options);
  return answer.response === 0;
}

/** Opens files from the OS (double-click, the Dock, a second launch, File ▸ Open): briefings open, articles import. */
async function openAndAnnounce(paths: readonly string[]): Promise<void> {
  if (paths.length === 0) return;
  if (!handlers) {
    pendingPaths.push(...paths);
    return;
  }
  await showWindow();
  const opened = await openFiles(paths, handlers, askToAddBriefing);
  for (const file of opened.openedFiles) app.addRecentDocument(file);
  for (const briefing of opened.briefings) sendToPage('briefingOpened', briefing);
  if (opened.outcomes.length > 0) sendToPage('articlesImported', opened.outcomes);
}

async function chooseAndOpen(title: string, filters: Electron.FileFilter[], multi: boolean): Promise<void> {
  const owner = mainWindow;
  const options: Electron.OpenDialogOptions = { title, filters, properties: multi ? ['openFile', 'multiSelections'] : ['openFile'] };
  const choice = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
  if (!choice.canceled) await openAndAnnounce(choice.filePaths);
}

let watched: FolderWatch | null = null;

/** Files saved into the chosen folder arrive in the Inbox as if dropped on the window. */
function startWatching(folder: string): void {
  watched?.close();
  watched = null;
  if (!handlers) return;
  const importFiles = handlers.importFiles;
  watched = watchFolder({ folder, importFiles: (files) => importFiles({ files }), onImported: (outcomes) => sendToPage('articlesImported', outcomes) });
}

async function chooseWatchedFolder(): Promise<void> {
  const options: Electron.OpenDialogOptions = { title: 'Watch a folder: files saved into it are imported', properties: ['openDirectory', 'createDirectory'] };
  const choice = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
  if (choice.canceled || choice.filePaths.length === 0) return;
  await saveWatchedFolder(app.getPath('userData'), choice.filePaths[0]);
  startWatching(choice.filePaths[0]);
}

function perform(name: string): void {
  if (isPageCommand(name)) {
    background(
      showWindow().then(() => sendToPage('command', name as PageCommandName)),
      `run ${name}`,
    );
    return;
  }
  if (name === 'openBriefingFile') {
    background(chooseAndOpen('Open a shared briefing', [{ name: 'Briefwright briefing', extensions: [BRIEFING_FILE_EXTENSION] }], false), 'open the briefing');
  }
  if (name === 'importArticles') {
    background(chooseAndOpen('Import articles', [{ name: 'Articles', extensions: [...ARTICLE_EXTENSIONS] }, { name: 'All files', extensions: ['*'] }], true), 'import the files');
  }
  if (name === 'watchFolder') background(chooseWatchedFolder(), 'watch the folder');
  if (name === 'about') app.showAboutPanel();
}

app.on('web-contents-created', (_event, contents) => {
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url);
    return { action: 'deny' };
  });
});

// One Briefwright at a time: a second launch hands its files to the first and quits.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  pendingPaths.push(...filesFromArgv(process.argv, process.cwd()));

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const paths = filesFromArgv(argv, workingDirectory);
    if (!handlers) {
      pendingPaths.push(...paths);
      return;
    }
    background(
      showWindow().then(() => openAndAnnounce(paths)),
      'open the files of a second launch',
    );
  });

  // macOS: a file double-clicked in the Finder or dropped on the Dock icon.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    background(openAndAnnounce([path]), `open ${path}`);
  });

  app.whenReady().then(async () => {
    if (process.platform === 'win32') app.setAppUserModelId('org.briefwright.app');
    nativeTheme.themeSource = 'system';
    nativeTheme.on('updated', () => mainWindow?.setBackgroundColor(nativeTheme.shouldUseDarkColors ? BACKGROUND.dark : BACKGROUND.light));
    lockDownSession();
    serveRenderer(join(outDir, 'renderer'));
    core = openCore({ userData: app.getPath('userData'), onProblem: (p) => console.error(p.movedTo ? `Moved aside an unreadable file: ${p.file} (${p.reason})` : `Left alone: ${p.file} (${p.reason})`) });
    handlers = withDesktopExport(core.handlers, core.library, {
      window: () => mainWindow,
      documentsDir: app.getPath('documents'),
      onSaved: (path) => app.addRecentDocument(path),
    });
    registerHandlers(handlers, () => mainWindow?.webContents ?? null);
    app.setAboutPanelOptions({
      applicationName: 'Briefwright',
      applicationVersion: app.getVersion(),
      version: `Electron ${process.versions.electron}`,
      copyright: 'Copyright © 2026 Briefwright',
      credits: 'Turn the morning’s articles into a formatted Word briefing in minutes.',
      iconPath: iconPath(),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ platform: process.platform, isPackaged: app.isPackaged, perform })));
    await ensureWindow();
    app.on('activate', () => background(ensureWindow(), 'open a window'));
    background(openAndAnnounce(pendingPaths.splice(0)), 'open the files it was started with');
    background(
      readWatchedFolder(app.getPath('userData')).then((folder) => folder && startWatching(folder)),
      'watch the folder chosen before',
    );
  }).catch((error: unknown) => {
    console.error('Briefwright could not start:', error);
    app.quit();
  });
}

app.on('will-quit', (event) => {
  if (pendingWrites.size > 0) {
    // Let the window's place reach the disk, then quit.
    event.preventDefault();
    void Promise.allSettled([...pendingWrites]).then(() => app.quit());
    return;
  }
  watched?.close();
  void core?.close();
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
