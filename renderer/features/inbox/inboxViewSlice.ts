import type { Usage } from '../../../shared/ipc/contract';
import { call } from '../../app/api';
import type { SliceCreator, StoreDeps } from '../../app/store';
import type { InboxFilter, InboxSort } from './inboxView';
import { NO_FILTER } from './inboxView';

export type InboxFocusTarget = 'search' | 'address' | 'paste';

let focusCount = 0;

export type InboxViewSlice = {
  /** What the analyst typed into "Search articles". */
  inboxQuery: string;
  /** The core's ranked answer to the latest search that came back. */
  searchHits: { query: string; ids: string[] } | null;
  inboxFilter: InboxFilter;
  inboxSort: InboxSort;
  /** Per article id, the earlier briefings that used it (the open briefing left out). */
  articleUsage: Usage['articles'];
  /** A command asked the Inbox to bring one of its ways in to the front: the search box, the address field, the paste box. */
  inboxFocus: { target: InboxFocusTarget; at: number } | null;
  focusInbox: (target: InboxFocusTarget) => void;
  setInboxQuery: (query: string) => void;
  runSearch: (query: string) => Promise<void>;
  setInboxFilter: (patch: Partial<InboxFilter>) => void;
  clearInboxFilters: () => void;
  setInboxSort: (sort: InboxSort) => void;
  loadUsage: () => Promise<void>;
};

export const createInboxViewSlice =
  ({ api }: StoreDeps): SliceCreator<InboxViewSlice> =>
  (set, get) => ({
    inboxQuery: '',
    searchHits: null,
    inboxFilter: NO_FILTER,
    inboxSort: 'imported',
    articleUsage: {},
    inboxFocus: null,
    focusInbox: (target) => set({ inboxFocus: { target, at: ++focusCount } }),

    setInboxQuery: (query) => {
      const was = get().inboxQuery.trim() !== '';
      const is = query.trim() !== '';
      const sort = get().inboxSort;
      // A search lists the best matches first, until the analyst picks another order.
      let next = sort;
      if (!was && is && sort === 'imported') next = 'relevance';
      if (!is && sort === 'relevance') next = 'imported';
      set({ inboxQuery: query, inboxSort: next, ...(is ? {} : { searchHits: null }) });
    },

    runSearch: async (query) => {
      if (!query.trim()) {
        set({ searchHits: null });
        return;
      }
      const result = await call(api, 'searchArticles', { query: query.slice(0, 500) });
      if (get().inboxQuery !== query) return; // a later search has taken over
      if (!result.ok) {
        get().notify('error', `The search did not work: ${result.message}`);
        return;
      }
      set({ searchHits: { query, ids: result.value } });
    },

    setInboxFilter: (patch) => set({ inboxFilter: { ...get().inboxFilter, ...patch } }),
    clearInboxFilters: () => set({ inboxFilter: NO_FILTER }),
    setInboxSort: (sort) => set({ inboxSort: sort }),

    loadUsage: async () => {
      const briefingId = get().briefing?.id;
      const result = await call(api, 'getUsage', briefingId ? { excludeBriefingId: briefingId } : {});
      // The marks are a help, not a must: without them the list is still whole.
      if (result.ok && get().briefing?.id === briefingId) set({ articleUsage: result.value.articles });
    },
  });
