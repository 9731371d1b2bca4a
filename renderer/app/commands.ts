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
    enabled: ({ state }) => state.briefing !== null,
    perform: ({ state }) => state.addSection(),
  },
  {
    name: 'save',
    label: 'Save now',
    shortcuts: ['Mod+S'],
    enabled: ({ state }) => state.briefing !== null,
    perform: ({ state }) => void state.flushSave(),
  },
  {
    name: 'exportDocx',
    label: 'Export to Word',
    shortcuts: ['Mod+E'],
    enabled: ({ state }) => state.briefing !== null && !state.exporting,
    perform: ({ state }) => void state.exportDocx(),
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
  return event.key.toLowerCase() === key && mod === wantsMod && event.shiftKey === wantsShift && event.altKey === wantsAlt;
}

/** The command a key press asks for, if any is bound to it. */
export function commandForKey(event: KeyLike): Command | undefined {
  return commands.find((command) => command.shortcuts.some((shortcut) => matchesShortcut(event, shortcut)));
}

/** A shortcut as people read it on this platform. */
export function shortcutText(shortcut: string, mac: boolean): string {
  return shortcut.replace('Mod', mac ? '⌘' : 'Ctrl');
}
