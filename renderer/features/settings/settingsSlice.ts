import type { Settings } from '../../../shared/model/settings';
import type { SliceCreator, StoreDeps } from '../../app/store';

export type SettingsSlice = {
  /** The organisation's settings; null until loaded. */
  settings: Settings | null;
  settingsOpen: boolean;
  loadSettings: () => Promise<void>;
  saveSettings: (patch: Partial<Omit<Settings, 'schemaVersion'>>) => Promise<boolean>;
  showSettings: () => void;
  closeSettings: () => void;
};

export const createSettingsSlice =
  ({ api }: StoreDeps): SliceCreator<SettingsSlice> =>
  (set, get) => ({
    settings: null,
    settingsOpen: false,
    loadSettings: async () => {
      const result = await api.getSettings({});
      if (result.ok) set({ settings: result.value });
    },
    saveSettings: async (patch) => {
      const result = await api.saveSettings({ settings: patch });
      if (!result.ok) {
        get().notify('error', result.message);
        return false;
      }
      set({ settings: result.value });
      get().notify('info', 'Organisation settings saved.');
      return true;
    },
    showSettings: () => {
      set({ settingsOpen: true });
      void get().loadSettings();
    },
    closeSettings: () => set({ settingsOpen: false }),
  });
