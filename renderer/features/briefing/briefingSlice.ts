import type { SaveBriefingOutcome } from '../../../shared/ipc/contract';
import type { Briefing, Item } from '../../../shared/model/briefing';
import { newItem } from '../../../shared/model/newBriefing';
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
  setBriefingSummary: (summary: string) => void;
  addSection: () => void;
  renameSection: (sectionId: string, title: string) => void;
  removeSection: (sectionId: string) => void;
  /** Adds an item at the end of a section, or at `index` (a drop). */
  addItem: (sectionId: string, item: Item, index?: number) => void;
  removeItem: (sectionId: string, itemId: string) => void;
  /** Adds several items at the end of a section as one undoable step (the Reader's "Accept all quotes by …"). */
  addItems: (sectionId: string, items: readonly Item[]) => void;
  setSectionSummary: (sectionId: string, summary: string) => void;
  setKeepWhenEmpty: (sectionId: string, keep: boolean) => void;
  moveSection: (sectionId: string, toIndex: number) => void;
  moveItem: (itemId: string, toSectionId: string, toIndex: number) => void;
  updateItem: (itemId: string, patch: ops.ItemPatch) => void;
  /** Adds an empty note at the end of a section and opens it for writing. */
  addNote: (sectionId: string) => void;
  /** Sections folded away to their title, by id (not part of the briefing, not undone). */
  collapsedSections: Record<string, boolean>;
  toggleSection: (sectionId: string) => void;
  setAllCollapsed: (collapsed: boolean) => void;
  /** Shares the briefing with its articles as one `.briefing` file. */
  exportBundle: () => Promise<void>;
  /** The item whose editor is open. */
  editingItemId: string | null;
  setEditingItem: (itemId: string | null) => void;
  /** Opens the item's article in the Reader with its passage highlighted. */
  showSource: (itemId: string) => void;
  /** Saves the current briefing, then opens another from the library. */
  openBriefing: (id: string) => Promise<boolean>;
  /** Shows a briefing the core just made or opened (undo history starts afresh). */
  showBriefing: (briefing: Briefing) => void;
  /**
   * A save found the briefing changed in another window: this window's version was kept as a copy. Goes on
   * editing the copy and tells the analyst where both versions are.
   */
  keptBothVersions: (conflict: NonNullable<SaveBriefingOutcome['conflict']>) => void;
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
      set({ briefing, targetSectionId: briefing.sections[0]?.id ?? null, collapsedSections: {}, editingItemId: null });
      autosave.markSaved(briefing);
      deps.history().clear();
      deps.breakUndoGroup();
    };

    /** Saves, asks the core for a file of the briefing, and hands it over (a download, or where the desktop saved it). */
    const exportFile = async (method: 'exportDocx' | 'exportBriefingBundle', words: { unsaved: string; failed: string }) => {
      const briefing = get().briefing;
      if (!briefing || get().exporting) return;
      set({ exporting: true });
      try {
        if (!(await autosave.flush())) {
          get().notify('error', words.unsaved);
          return;
        }
        const result = await call(api, method, { briefingId: briefing.id });
        if (!result.ok) {
          get().notify('error', `${words.failed}: ${result.message}`);
          return;
        }
        const file = result.value;
        if (file.canceled) return;
        const broken = ops.countBrokenQuotes(briefing);
        const warning = broken === 0 ? '' : ` ${broken === 1 ? '1 quote' : `${broken} quotes`} no longer ${broken === 1 ? 'matches its' : 'match their'} source: see the flags in the briefing.`;
        if (file.data) {
          deps.download(file.fileName, file.data);
          get().notify('info', `Downloaded ${file.fileName}.${warning}`);
        } else if (file.savedPath) {
          get().notify('info', `Saved to ${file.savedPath}${warning ? `.${warning}` : ''}`);
        }
      } finally {
        set({ exporting: false });
      }
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
      collapsedSections: {},
      editingItemId: null,

      // One opening at a time, so a double start (React's StrictMode) never creates two briefings.
      openLatestBriefing: () => {
        opening ??= openLatest().finally(() => {
          opening = null;
        });
        return opening;
      },

      setBriefingTitle: (title) => edit((b) => ops.setTitle(b, title), 'title'),
      setBriefingDate: (date) => edit((b) => ops.setDate(b, date), 'date'),
      setBriefingSummary: (summary) => edit((b) => ops.setSummary(b, summary), 'briefing-summary'),

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
      addItems: (sectionId, items) => edit((b) => items.reduce((next, item) => ops.addItem(next, sectionId, item), b)),
      setSectionSummary: (sectionId, summary) => edit((b) => ops.setSectionSummary(b, sectionId, summary), `summary:${sectionId}`),
      setKeepWhenEmpty: (sectionId, keep) => edit((b) => ops.setKeepWhenEmpty(b, sectionId, keep)),
      moveSection: (sectionId, toIndex) => edit((b) => ops.moveSection(b, sectionId, toIndex)),
      moveItem: (itemId, toSectionId, toIndex) => edit((b) => ops.moveItem(b, itemId, toSectionId, toIndex)),
      updateItem: (itemId, patch) => edit((b) => ops.updateItem(b, itemId, patch), `item:${itemId}:${Object.keys(patch).join(',')}`),
      addNote: (sectionId) => {
        const note = newItem({ kind: 'note', text: '', source: null });
        edit((b) => ops.addItem(b, sectionId, note));
        if (ops.locateItem(get().briefing!, note.id)) set({ editingItemId: note.id, collapsedSections: { ...get().collapsedSections, [sectionId]: false } });
      },
      toggleSection: (sectionId) => set({ collapsedSections: { ...get().collapsedSections, [sectionId]: !get().collapsedSections[sectionId] } }),
      setEditingItem: (itemId) => set({ editingItemId: itemId }),
      setAllCollapsed: (collapsed) =>
        set({ collapsedSections: Object.fromEntries((get().briefing?.sections ?? []).map((section) => [section.id, collapsed])) }),

      exportBundle: () =>
        exportFile('exportBriefingBundle', {
          unsaved: 'The briefing was not shared because its latest changes could not be saved.',
          failed: 'The briefing file could not be made',
        }),

      showSource: (itemId) => {
        const briefing = get().briefing;
        const source = briefing ? ops.locateItem(briefing, itemId)?.item.source : null;
        if (!source) return;
        const { articleId, paragraph, start, end } = source;
        get().showPassage({ articleId, paragraph, start, end });
      },

      openBriefing: async (id) => {
        if (!(await autosave.flush())) {
          get().notify('error', 'The current briefing has changes that could not be saved, so it stays open.');
          return false;
        }
        const result = await call(api, 'getBriefing', { id });
        if (!result.ok) {
          get().notify('error', `The briefing could not be opened: ${result.message}`);
          return false;
        }
        open(result.value);
        return true;
      },
      showBriefing: (briefing) => open(briefing),

      keptBothVersions: ({ current, copy }) => {
        const briefing = get().briefing;
        if (!briefing || briefing.id !== current.id) return;
        // Undo would step back into the other version's id: the history starts afresh on the copy.
        set({ briefing: { ...briefing, id: copy.id, title: copy.title } });
        deps.history().clear();
        deps.breakUndoGroup();
        if (get().libraryOpen) void get().refreshLibrary();
        get().notify(
          'error',
          `“${current.title}” was changed in another window while you worked on it. Both versions are kept: you are now editing “${copy.title}”; the other is still “${current.title}” in the library.`,
        );
      },

      undo: () => {
        deps.breakUndoGroup();
        deps.history().undo();
      },
      redo: () => {
        deps.breakUndoGroup();
        deps.history().redo();
      },

      flushSave: () => autosave.flush(),

      exportDocx: () =>
        exportFile('exportDocx', {
          unsaved: 'The briefing was not exported because its latest changes could not be saved.',
          failed: 'The Word file could not be made',
        }),
    };
  };
