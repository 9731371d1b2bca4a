/**
 * The app's commands as data, without behaviour: the native menus of the desktop app are built from
 * this list, and the page's command table (renderer/app/commands.ts) can take its labels and
 * shortcuts from it. Shortcuts are written as the page writes them: `Mod+Shift+Z` (Mod is Ctrl, or
 * Cmd on a Mac); the first one is the one a menu shows.
 */
export const MENUS = ['file', 'edit', 'view', 'briefing', 'help'] as const;
export type MenuName = (typeof MENUS)[number];

export type CommandSpec = {
  readonly name: string;
  /** As a menu shows it; "…" when a dialog follows. */
  readonly label: string;
  readonly shortcuts: readonly string[];
  readonly menu: MenuName;
  /**
   * `page`: main sends the name to the window (`window.api.onCommand`) and the page performs it.
   * `main`: main performs it itself (native dialogs, the About box).
   */
  readonly performer: 'page' | 'main';
  /** Commands with different groups in one menu are separated by a line. */
  readonly group: number;
};

export const COMMAND_LIST = [
  { name: 'newBriefing', label: 'New Briefing', shortcuts: ['Mod+N'], menu: 'file', performer: 'page', group: 0 },
  { name: 'startFromYesterday', label: 'Start from Yesterday', shortcuts: [], menu: 'file', performer: 'page', group: 0 },
  { name: 'openLibrary', label: 'Briefings…', shortcuts: ['Mod+Shift+O'], menu: 'file', performer: 'page', group: 0 },
  { name: 'openBriefingFile', label: 'Open Shared Briefing…', shortcuts: ['Mod+O'], menu: 'file', performer: 'main', group: 0 },
  { name: 'importArticles', label: 'Import Articles…', shortcuts: ['Mod+I'], menu: 'file', performer: 'main', group: 1 },
  { name: 'pasteArticle', label: 'Paste Article…', shortcuts: [], menu: 'file', performer: 'page', group: 1 },
  { name: 'addFromWeb', label: 'Add from Web Address…', shortcuts: [], menu: 'file', performer: 'page', group: 1 },
  { name: 'watchFolder', label: 'Watch a Folder…', shortcuts: [], menu: 'file', performer: 'main', group: 1 },
  { name: 'save', label: 'Save Now', shortcuts: ['Mod+S'], menu: 'file', performer: 'page', group: 2 },
  { name: 'undo', label: 'Undo', shortcuts: ['Mod+Z'], menu: 'edit', performer: 'page', group: 0 },
  { name: 'redo', label: 'Redo', shortcuts: ['Mod+Shift+Z', 'Mod+Y'], menu: 'edit', performer: 'page', group: 0 },
  { name: 'findArticles', label: 'Search Articles', shortcuts: ['Mod+Shift+F'], menu: 'edit', performer: 'page', group: 1 },
  { name: 'commandPalette', label: 'Command Palette…', shortcuts: ['Mod+K'], menu: 'view', performer: 'page', group: 0 },
  { name: 'openSources', label: 'Across Sources…', shortcuts: ['Mod+Shift+A'], menu: 'view', performer: 'page', group: 0 },
  { name: 'collapseAll', label: 'Collapse All Sections', shortcuts: [], menu: 'view', performer: 'page', group: 1 },
  { name: 'expandAll', label: 'Expand All Sections', shortcuts: [], menu: 'view', performer: 'page', group: 1 },
  { name: 'addSection', label: 'Add Section', shortcuts: [], menu: 'briefing', performer: 'page', group: 0 },
  { name: 'addNote', label: 'Add Note', shortcuts: ['Mod+Shift+N'], menu: 'briefing', performer: 'page', group: 0 },
  { name: 'openSettings', label: 'Organisation Settings…', shortcuts: [], menu: 'briefing', performer: 'page', group: 1 },
  { name: 'openTemplates', label: 'Templates…', shortcuts: [], menu: 'briefing', performer: 'page', group: 1 },
  { name: 'openExport', label: 'Export…', shortcuts: [], menu: 'briefing', performer: 'page', group: 2 },
  { name: 'exportDocx', label: 'Export to Word', shortcuts: ['Mod+E'], menu: 'briefing', performer: 'page', group: 2 },
  { name: 'exportBriefingBundle', label: 'Share as Briefing File…', shortcuts: ['Mod+Shift+E'], menu: 'briefing', performer: 'page', group: 2 },
  { name: 'shortcuts', label: 'Keyboard Shortcuts', shortcuts: ['Mod+/'], menu: 'help', performer: 'page', group: 0 },
  { name: 'about', label: 'About Briefwright', shortcuts: [], menu: 'help', performer: 'main', group: 1 },
] as const satisfies readonly CommandSpec[];

export type CommandName = (typeof COMMAND_LIST)[number]['name'];
/** The commands main sends to the page, which the page must perform. */
export type PageCommandName = Extract<(typeof COMMAND_LIST)[number], { performer: 'page' }>['name'];

export const PAGE_COMMANDS: readonly PageCommandName[] = COMMAND_LIST.filter((c) => c.performer === 'page').map((c) => c.name as PageCommandName);

export function isPageCommand(name: string): name is PageCommandName {
  return (PAGE_COMMANDS as readonly string[]).includes(name);
}

/** A shortcut in Electron's accelerator syntax (`Mod` becomes `CmdOrCtrl`). */
export function toAccelerator(shortcut: string): string {
  return shortcut
    .split('+')
    .map((part) => (part === 'Mod' ? 'CmdOrCtrl' : part))
    .join('+');
}
