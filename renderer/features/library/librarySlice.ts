import type { TrashedBriefing } from '../../../shared/ipc/contract';
import type { Briefing, BriefingSummary } from '../../../shared/model/briefing';
import { call } from '../../app/api';
import { attempt as coreAttempt, saveFirst as saveOpenBriefing } from '../../app/coreCalls';
import type { SliceCreator, StoreDeps } from '../../app/store';

export type LibrarySlice = {
  /** Whether the library dialog is open. */
  libraryOpen: boolean;
  /** The library's briefings, newest date first. */
  libraryBriefings: BriefingSummary[];
  trash: TrashedBriefing[];
  /** The briefing "Start from yesterday" starts from, with its items to choose from; null until asked. */
  previousBriefing: Briefing | null;
  showLibrary: () => void;
  hideLibrary: () => void;
  refreshLibrary: () => Promise<void>;
  renameBriefing: (id: string, title: string) => Promise<void>;
  duplicateBriefing: (id: string) => Promise<void>;
  trashBriefing: (id: string) => Promise<void>;
  restoreBriefing: (id: string) => Promise<void>;
  emptyTrash: () => Promise<void>;
  newBriefing: () => Promise<void>;
  /** Fetches the latest briefing so the analyst can choose which of its items to carry forward. */
  loadPreviousBriefing: () => Promise<void>;
  startFromPrevious: (carryItemIds: string[]) => Promise<void>;
  /** Opens a briefing of the library (saving the current one first) and closes the dialog. */
  openFromLibrary: (id: string) => Promise<void>;
};

function byDate(a: BriefingSummary, b: BriefingSummary): number {
  return b.date.localeCompare(a.date) || b.updatedAt.localeCompare(a.updatedAt);
}

export const createLibrarySlice =
  ({ api, autosave }: StoreDeps): SliceCreator<LibrarySlice> =>
  (set, get) => {
    const attempt = <T>(what: string, run: () => Promise<{ ok: true; value: T } | { ok: false; message: string }>) => coreAttempt(get().notify, what, run);

    const saveFirst = () => saveOpenBriefing(autosave, get().notify);

    const refresh = async () => {
      const [list, trash] = await Promise.all([call(api, 'listBriefings', {}), call(api, 'listTrash', {})]);
      if (list.ok) set({ libraryBriefings: [...list.value].sort(byDate) });
      else get().notify('error', `Your briefings could not be listed: ${list.message}`);
      if (trash.ok) set({ trash: trash.value });
    };

    return {
      libraryOpen: false,
      libraryBriefings: [],
      trash: [],
      previousBriefing: null,

      showLibrary: () => {
        set({ libraryOpen: true, previousBriefing: null });
        void (async () => {
          await saveFirst();
          await refresh();
        })();
      },
      hideLibrary: () => set({ libraryOpen: false, previousBriefing: null }),
      refreshLibrary: refresh,

      renameBriefing: async (id, title) => {
        if (get().briefing?.id === id) {
          get().setBriefingTitle(title);
          await saveFirst();
        } else {
          const briefing = await attempt('The briefing could not be renamed', () => call(api, 'getBriefing', { id }));
          if (!briefing) return;
          if (!(await attempt('The briefing could not be renamed', () => call(api, 'saveBriefing', { briefing: { ...briefing, title } })))) return;
        }
        await refresh();
      },

      duplicateBriefing: async (id) => {
        if (!(await saveFirst())) return;
        const copy = await attempt('The briefing could not be copied', () => call(api, 'duplicateBriefing', { id }));
        if (!copy) return;
        get().notify('info', `Made a copy: “${copy.title}”.`);
        await refresh();
      },

      trashBriefing: async (id) => {
        const isOpen = get().briefing?.id === id;
        if (isOpen && !(await saveFirst())) return;
        const title = get().libraryBriefings.find((b) => b.id === id)?.title ?? get().briefing?.title ?? 'The briefing';
        if (!(await attempt('The briefing could not be moved to the trash', () => call(api, 'deleteBriefing', { id })))) return;
        if (isOpen) {
          // The open briefing went to the trash: show the next most recent one (or a new one) instead.
          autosave.markSaved(null);
          await get().openLatestBriefing();
        }
        get().notify('info', `Moved “${title}” to the trash. Restore brings it back.`);
        await refresh();
      },

      restoreBriefing: async (id) => {
        const restored = await attempt('The briefing could not be restored', () => call(api, 'restoreBriefing', { id }));
        if (!restored) return;
        get().notify('info', `Restored “${restored.title}”.`);
        await refresh();
      },

      emptyTrash: async () => {
        const done = await attempt('The trash could not be emptied', () => call(api, 'emptyTrash', {}));
        if (!done) return;
        get().notify('info', done.removed === 1 ? 'Deleted 1 briefing for good.' : `Deleted ${done.removed} briefings for good.`);
        await refresh();
      },

      newBriefing: async () => {
        if (!(await saveFirst())) return;
        const created = await attempt('A new briefing could not be made', () => call(api, 'createBriefing', {}));
        if (!created) return;
        get().showBriefing(created);
        set({ libraryOpen: false });
        get().notify('info', `Started “${created.title}”.`);
      },

      loadPreviousBriefing: async () => {
        if (!(await saveFirst())) return;
        await refresh();
        const latest = get().libraryBriefings[0];
        if (!latest) {
          get().notify('info', 'There is no earlier briefing to start from yet.');
          return;
        }
        const open = get().briefing;
        const previous = open?.id === latest.id ? open : await attempt('The last briefing could not be read', () => call(api, 'getBriefing', { id: latest.id }));
        if (previous) set({ previousBriefing: previous });
      },

      startFromPrevious: async (carryItemIds) => {
        if (!(await saveFirst())) return;
        const created = await attempt('The new briefing could not be made', () => call(api, 'createBriefingFromPrevious', { carryItemIds }));
        if (!created) return;
        get().showBriefing(created);
        set({ libraryOpen: false, previousBriefing: null });
        const carried = created.sections.reduce((n, s) => n + s.items.length, 0);
        get().notify('info', `Started “${created.title}” from the last briefing${carried ? `, carrying ${carried === 1 ? '1 item' : `${carried} items`}` : ''}.`);
      },

      openFromLibrary: async (id) => {
        if (get().briefing?.id === id || (await get().openBriefing(id))) set({ libraryOpen: false });
      },
    };
  };
