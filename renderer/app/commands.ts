import type { TemporalState } from 'zundo';
import type { AppState, AppStore, Tracked } from './store';

/** What a command sees: the store's state and the briefing's undo history. */
export type CommandContext = { state: AppState; history: TemporalState<Tracked> };

/**
 * One command: the same entry drives its toolbar button, its keyboard shortcuts and, later, menus
 * and the command palette. Shortcuts are written `Mod+Shift+Z` (Mod is Ctrl, or Cmd on a Mac).
 */
export type Command = {
  name: string;
  label: string;
  shortcuts: readonly string[];
  enabled: (context: CommandContext) => boolean;
  perform: (context: CommandContext) => void;
};

/** The section a keyboard command acts on: the one the Reader adds to, else the first. */
function targetSection(state: AppState): string | null {
  const sections = state.briefing?.sections ?? [];
  return sections.find((s) => s.id === state.targetSectionId)?.id ?? sections[0]?.id ?? null;
}

const hasBriefing = ({ state }: CommandContext) => state.briefing !== null;

export const commands: readonly Command[] = [
  {
    name: 'undo',
    label: 'Undo',
    shortcuts: ['Mod+Z'],
    enabled: ({ history }) => history.pastStates.length > 0,
    perform: ({ state }) => state.undo(),
  },
  {
    name: 'redo',
    label: 'Redo',
    shortcuts: ['Mod+Shift+Z', 'Mod+Y'],
    enabled: ({ history }) => history.futureStates.length > 0,
    perform: ({ state }) => state.redo(),
  },
  {
    name: 'addSection',
    label: 'Add section',
    shortcuts: [],
    enabled: hasBriefing,
    perform: ({ state }) => state.addSection(),
  },
  {
    name: 'addNote',
    label: 'Add note',
    shortcuts: ['Mod+Shift+N'],
    enabled: ({ state }) => targetSection(state) !== null,
    perform: ({ state }) => {
      const sectionId = targetSection(state);
      if (sectionId) state.addNote(sectionId);
    },
  },
  {
    name: 'collapseAll',
    label: 'Collapse all sections',
    shortcuts: [],
    enabled: ({ state }) => (state.briefing?.sections.length ?? 0) > 0,
    perform: ({ state }) => state.setAllCollapsed(true),
  },
  {
    name: 'expandAll',
    label: 'Expand all sections',
    shortcuts: [],
    enabled: ({ state }) => (state.briefing?.sections.length ?? 0) > 0,
    perform: ({ state }) => state.setAllCollapsed(false),
  },
  {
    name: 'save',
    label: 'Save now',
    shortcuts: ['Mod+S'],
    enabled: hasBriefing,
    perform: ({ state }) => void state.flushSave(),
  },
  {
    name: 'exportDocx',
    label: 'Export to Word',
    shortcuts: ['Mod+E'],
    enabled: ({ state }) => state.briefing !== null && !state.exporting,
    perform: ({ state }) => void state.exportDocx(),
  },
  {
    name: 'openExport',
    label: 'Export…',
    shortcuts: [],
    enabled: ({ state }) => state.briefing !== null,
    perform: ({ state }) => state.showExportDialog(),
  },
  {
    name: 'openTemplates',
    label: 'Templates',
    shortcuts: [],
    enabled: () => true,
    perform: ({ state }) => state.showTemplates(),
  },
  {
    name: 'exportBriefingBundle',
    label: 'Share as briefing file',
    shortcuts: ['Mod+Shift+E'],
    enabled: ({ state }) => state.briefing !== null && !state.exporting,
    perform: ({ state }) => void state.exportBundle(),
  },
  {
    name: 'openSettings',
    label: 'Organisation settings',
    shortcuts: [],
    enabled: () => true,
    perform: ({ state }) => state.showSettings(),
  },
  {
    name: 'openSources',
    label: 'Across sources',
    shortcuts: ['Mod+Shift+A'],
    enabled: () => true,
    perform: ({ state }) => state.showSources(),
  },
  {
    name: 'openLibrary',
    label: 'Briefings',
    shortcuts: ['Mod+Shift+O'],
    enabled: () => true,
    perform: ({ state }) => state.showLibrary(),
  },
  {
    name: 'newBriefing',
    label: 'New briefing',
    shortcuts: ['Mod+N'],
    enabled: () => true,
    perform: ({ state }) => void state.newBriefing(),
  },
  {
    name: 'startFromYesterday',
    label: 'Start from yesterday',
    shortcuts: [],
    enabled: () => true,
    perform: ({ state }) => {
      state.showLibrary();
      void state.loadPreviousBriefing();
    },
  },
  {
    name: 'commandPalette',
    label: 'Command palette',
    shortcuts: ['Mod+K'],
    enabled: () => true,
    perform: ({ state }) => state.setPaletteOpen(true),
  },
  {
    name: 'shortcuts',
    label: 'Keyboard shortcuts',
    shortcuts: ['?', 'Mod+/'],
    enabled: () => true,
    perform: ({ state }) => state.setShortcutsOpen(true),
  },
  {
    name: 'findArticles',
    label: 'Search articles',
    shortcuts: ['Mod+Shift+F'],
    enabled: () => true,
    perform: ({ state }) => state.focusInbox('search'),
  },
  {
    name: 'pasteArticle',
    label: 'Paste article…',
    shortcuts: [],
    enabled: () => true,
    perform: ({ state }) => state.focusInbox('paste'),
  },
  {
    name: 'addFromWeb',
    label: 'Add from web address',
    shortcuts: [],
    enabled: () => true,
    perform: ({ state }) => state.focusInbox('address'),
  },
];

export function commandContext(store: AppStore): CommandContext {
  return { state: store.getState(), history: store.temporal.getState() };
}

export function findCommand(name: string): Command {
  const command = commands.find((c) => c.name === name);
  if (!command) throw new Error(`No command named ${name}.`);
  return command;
}

type KeyLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

/** Whether a key press is the given shortcut. */
export function matchesShortcut(event: KeyLike, shortcut: string): boolean {
  const parts = shortcut.split('+');
  const key = parts[parts.length - 1].toLowerCase();
  const wantsMod = parts.includes('Mod');
  const wantsShift = parts.includes('Shift');
  const wantsAlt = parts.includes('Alt');
  const mod = event.ctrlKey || event.metaKey;
  // A punctuation key ("?", "/") is typed with or without Shift depending on the keyboard: Shift does not count.
  const shiftMatters = /^[a-z0-9]$/.test(key) || key.length > 1;
  return event.key.toLowerCase() === key && mod === wantsMod && (!shiftMatters || event.shiftKey === wantsShift) && event.altKey === wantsAlt;
}

/** Whether a shortcut is a bare key (no Ctrl/Cmd), which must not fire while the analyst types. */
export function isBareKey(shortcut: string): boolean {
  return !shortcut.split('+').includes('Mod');
}

/** A shortcut as people read it on this platform. */
export function shortcutText(shortcut: string, mac: boolean): string {
  return shortcut.replace('Mod', mac ? '⌘' : 'Ctrl');
}
