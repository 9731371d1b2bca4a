import type { TemporalState } from 'zundo';
import { temporal } from 'zundo';
import type { StateCreator, StoreApi } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { AppApi } from '../../shared/ipc/contract';
import type { Briefing } from '../../shared/model/briefing';
import type { ArticlesSlice } from '../features/inbox/articlesSlice';
import { createArticlesSlice } from '../features/inbox/articlesSlice';
import type { BriefingSlice } from '../features/briefing/briefingSlice';
import { createBriefingSlice } from '../features/briefing/briefingSlice';
import { downloadBytes } from '../features/briefing/download';
import type { Autosave } from './autosave';
import { createAutosave } from './autosave';
import type { CommandsSlice } from '../features/commands/commandsSlice';
import { createCommandsSlice } from '../features/commands/commandsSlice';
import type { LibrarySlice } from '../features/library/librarySlice';
import { createLibrarySlice } from '../features/library/librarySlice';
import type { ReaderSlice } from '../features/reader/readerSlice';
import { createReaderSlice } from '../features/reader/readerSlice';
import type { UiSlice } from './uiSlice';
import type { TemplatesSlice } from '../features/templates/templatesSlice';
import { createTemplatesSlice } from '../features/templates/templatesSlice';
import type { ExportSlice } from '../features/export/exportSlice';
import { createExportSlice } from '../features/export/exportSlice';
import type { SourcesSlice } from '../features/sources/sourcesSlice';
import type { SettingsSlice } from '../features/settings/settingsSlice';
import { createSettingsSlice } from '../features/settings/settingsSlice';
import { createSourcesSlice } from '../features/sources/sourcesSlice';
import { createUiSlice } from './uiSlice';

export type AppState = ArticlesSlice & BriefingSlice & UiSlice & ReaderSlice & LibrarySlice & CommandsSlice & TemplatesSlice & ExportSlice & SourcesSlice & SettingsSlice;

/** What undo/redo remembers: the briefing, and nothing else. */
export type Tracked = { briefing: Briefing | null };

/** A slice creator for the combined store (zustand's slices pattern, temporal middleware on the whole). */
export type SliceCreator<T> = StateCreator<AppState, [['temporal', unknown]], [], T>;

/** What slices need from outside the store. */
export type StoreDeps = {
  api: AppApi;
  autosave: Autosave;
  /** Hands a file to the person: a download in the browser. */
  download: (fileName: string, bytes: Uint8Array) => void;
  /** Consecutive edits with the same key (typing in one field) become a single undo step. */
  groupNextEdit: (key: string | null) => void;
  /** The next edit starts a new undo step whatever its key (after undo, redo or a load). */
  breakUndoGroup: () => void;
  /** The briefing's undo history. */
  history: () => TemporalState<Tracked>;
};

export type AppStore = StoreApi<AppState> & { temporal: StoreApi<TemporalState<Tracked>> };

export type StoreOptions = {
  api: AppApi;
  saveDelayMs?: number;
  download?: (fileName: string, bytes: Uint8Array) => void;
};

const GROUP_WINDOW_MS = 1000;

export function createAppStore(options: StoreOptions): AppStore {
  let store: AppStore | null = null;
  const autosave = createAutosave({
    read: () => store?.getState().briefing ?? null,
    save: (briefing, baseUpdatedAt) => options.api.saveBriefing({ briefing, baseUpdatedAt }),
    onConflict: (conflict) => store?.getState().keptBothVersions(conflict),
    onStatus: (status, message) => {
      store?.setState({ saveStatus: status });
      if (status === 'error' && message) store?.getState().notify('error', `Your briefing could not be saved: ${message}`);
    },
    delayMs: options.saveDelayMs ?? 500,
  });

  let pendingKey: string | null = null;
  let lastKey: string | null = null;
  let lastAt = 0;
  const deps: StoreDeps = {
    api: options.api,
    autosave,
    download: options.download ?? downloadBytes,
    groupNextEdit: (key) => {
      pendingKey = key;
    },
    breakUndoGroup: () => {
      lastKey = null;
    },
    history: () => (store as AppStore).temporal.getState(),
  };

  const created = createStore<AppState>()(
    temporal(
      (...a) => ({
        ...createArticlesSlice(deps)(...a),
        ...createBriefingSlice(deps)(...a),
        ...createUiSlice(deps)(...a),
        ...createReaderSlice(deps)(...a),
        ...createLibrarySlice(deps)(...a),
        ...createCommandsSlice(deps)(...a),
        ...createTemplatesSlice(deps)(...a),
        ...createExportSlice(deps)(...a),
        ...createSourcesSlice(deps)(...a),
        ...createSettingsSlice(deps)(...a),
      }),
      {
        partialize: (state): Tracked => ({ briefing: state.briefing }),
        equality: (past, current) => past.briefing === current.briefing,
        limit: 200,
        handleSet: (recordStep) => (past, replace, current, delta) => {
          // zundo hands its own four-argument recorder here, typed as setState.
          const record = recordStep as unknown as (...args: [typeof past, typeof replace, typeof current, typeof delta]) => void;
          const key = pendingKey;
          pendingKey = null;
          const now = Date.now();
          const grouped = key !== null && key === lastKey && now - lastAt < GROUP_WINDOW_MS;
          lastKey = key;
          lastAt = now;
          if (!grouped) record(past, replace, current, delta);
        },
      },
    ),
  );
  store = created as AppStore;

  store.subscribe((state, previous) => {
    if (state.briefing !== previous.briefing) autosave.changed();
  });
  return store;
}
