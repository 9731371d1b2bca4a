import type { Briefing, Item } from '../../../shared/model/briefing';
import { call } from '../../app/api';
import type { SaveStatus } from '../../app/autosave';
import type { SliceCreator, StoreDeps } from '../../app/store';
import * as ops from './briefingOps';

export type BriefingSlice = {
  /** The briefing being edited; undo/redo track this field only. */
  briefing: Briefing | null;
  saveStatus: SaveStatus;
  /** The briefing could not be opened: the pane offers to try again. */
  openFailed: boolean;
  exporting: boolean;
  openLatestBriefing: () => Promise<void>;
  setBriefingTitle: (title: string) => void;
  setBriefingDate: (date: string) => void;
  addSection: () => void;
  renameSection: (sectionId: string, title: string) => void;
  removeSection: (sectionId: string) => void;
  addItem: (sectionId: string, item: Item) => void;
  removeItem: (sectionId: string, itemId: string) => void;
  undo: () => void;
  redo: () => void;
  /** Saves any pending change now; answers whether the briefing on disk matches the screen. */
  flushSave: () => Promise<boolean>;
  exportDocx: () => Promise<void>;
};

/** The briefing an analyst most likely wants: the latest date, then the latest edit. */
function mostRecent<T extends { date: string; updatedAt: string }>(list: readonly T[]): T | undefined {
  return [...list].sort((a, b) => b.date.localeCompare(a.date) || b.updatedAt.localeCompare(a.updatedAt))[0];
}

export const createBriefingSlice =
  (deps: StoreDeps): SliceCreator<BriefingSlice> =>
  (set, get) => {
    const { api, autosave } = deps;

    /** Every edit goes through here: a pure change of the briefing, optionally grouped into one undo step. */
    const edit = (change: (briefing: Briefing) => Briefing, groupKey: string | null = null) => {
      const current = get().briefing;
      if (!current) return;
      const next = change(current);
      if (next === current) return;
      deps.groupNextEdit(groupKey);
      set({ briefing: next });
    };

    const open = (briefing: Briefing) => {
      set({ briefing, targetSectionId: briefing.sections[0]?.id ?? null });
      autosave.markSaved(briefing);
      deps.history().clear();
      deps.breakUndoGroup();
    };

    let opening: Promise<void> | null = null;
    const openLatest = async () => {
      set({ openFailed: false });
      const list = await call(api, 'listBriefings', {});
      if (!list.ok) {
        set({ openFailed: true });
        get().notify('error', `Your briefings could not be listed: ${list.message}`);
        return;
      }
      const latest = mostRecent(list.value);
      const result = latest ? await call(api, 'getBriefing', { id: latest.id }) : await call(api, 'createBriefing', {});
      if (!result.ok) {
        set({ openFailed: true });
        get().notify('error', `The briefing could not be opened: ${result.message}`);
        return;
      }
      open(result.value);
    };

    return {
      briefing: null,
      saveStatus: 'saved',
      openFailed: false,
      exporting: false,

      // One opening at a time, so a double start (React's StrictMode) never creates two briefings.
      openLatestBriefing: () => {
        opening ??= openLatest().finally(() => {
          opening = null;
        });
        return opening;
      },

      setBriefingTitle: (title) => edit((b) => ops.setTitle(b, title), 'title'),
      setBriefingDate: (date) => edit((b) => ops.setDate(b, date), 'date'),

      addSection: () => {
        const current = get().briefing;
        if (!current) return;
        const { briefing, section } = ops.addSection(current);
        deps.groupNextEdit(null);
        set({ briefing, focusSectionId: section.id });
      },

      renameSection: (sectionId, title) => edit((b) => ops.renameSection(b, sectionId, title), `rename:${sectionId}`),
      removeSection: (sectionId) => edit((b) => ops.removeSection(b, sectionId)),
      addItem: (sectionId, item) => edit((b) => ops.addItem(b, sectionId, item)),
      removeItem: (sectionId, itemId) => edit((b) => ops.removeItem(b, sectionId, itemId)),

      undo: () => {
        deps.breakUndoGroup();
        deps.history().undo();
      },
      redo: () => {
        deps.breakUndoGroup();
        deps.history().redo();
      },

      flushSave: () => autosave.flush(),

      exportDocx: async () => {
        const briefing = get().briefing;
        if (!briefing || get().exporting) return;
        set({ exporting: true });
        try {
          if (!(await autosave.flush())) {
            get().notify('error', 'The briefing was not exported because its latest changes could not be saved.');
            return;
          }
          const result = await call(api, 'exportDocx', { briefingId: briefing.id });
          if (!result.ok) {
            get().notify('error', `The Word file could not be made: ${result.message}`);
            return;
          }
          const file = result.value;
          if (file.canceled) return;
          if (file.data) {
            deps.download(file.fileName, file.data);
            get().notify('info', `Downloaded ${file.fileName}.`);
          } else if (file.savedPath) {
            get().notify('info', `Saved to ${file.savedPath}`);
          }
        } finally {
          set({ exporting: false });
        }
      },
    };
  };
