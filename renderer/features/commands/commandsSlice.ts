import type { SliceCreator, StoreDeps } from '../../app/store';

export type CommandsSlice = {
  /** The command palette (Ctrl/Cmd+K) is open. */
  paletteOpen: boolean;
  /** The keyboard shortcuts sheet ("?") is open. */
  shortcutsOpen: boolean;
  setPaletteOpen: (open: boolean) => void;
  setShortcutsOpen: (open: boolean) => void;
};

export const createCommandsSlice =
  (_deps: StoreDeps): SliceCreator<CommandsSlice> =>
  (set) => ({
    paletteOpen: false,
    shortcutsOpen: false,
    setPaletteOpen: (open) => set({ paletteOpen: open, shortcutsOpen: false }),
    setShortcutsOpen: (open) => set({ shortcutsOpen: open, paletteOpen: false }),
  });
