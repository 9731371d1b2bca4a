import type { ArticleMetadataPatch } from '../../../shared/ipc/contract';
import { call } from '../../app/api';
import type { SliceCreator, StoreDeps } from '../../app/store';

export type ReaderSlice = {
  /** Passage keys (see `passageKey`) of items in briefings other than the open one: "used in an earlier briefing". */
  earlierPassages: { briefingId: string; keys: readonly string[] } | null;
  /** Asks the core which passages other briefings already use. */
  loadEarlierUsage: () => Promise<void>;
  /** Saves the analyst's corrections to an article's metadata; answers whether they were saved. */
  saveArticleDetails: (id: string, patch: ArticleMetadataPatch) => Promise<boolean>;
};

export const createReaderSlice =
  ({ api }: StoreDeps): SliceCreator<ReaderSlice> =>
  (set, get) => ({
    earlierPassages: null,

    loadEarlierUsage: async () => {
      const briefingId = get().briefing?.id;
      if (!briefingId) return;
      const result = await call(api, 'getUsage', { excludeBriefingId: briefingId });
      // Without the answer the suggestions simply show no "used earlier" marks.
      if (result.ok && get().briefing?.id === briefingId) set({ earlierPassages: { briefingId, keys: result.value.passages } });
    },

    saveArticleDetails: async (id, patch) => {
      if (Object.keys(patch).length === 0) return true;
      const result = await call(api, 'updateArticle', { id, patch });
      if (!result.ok) {
        get().notify('error', `The article's details could not be saved: ${result.message}`);
        return false;
      }
      set({ bodies: { ...get().bodies, [id]: result.value } });
      get().notify('info', "Saved the article's details.");
      // The Inbox lists titles, bylines and dates: read the list again so it shows the corrections.
      await get().loadArticles();
      return true;
    },
  });
