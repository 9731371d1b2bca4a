import type { ArticleSummary, Article } from '../../../shared/model/article';
import { call } from '../../app/api';
import type { SliceCreator, StoreDeps } from '../../app/store';
import { articleTitle } from '../../ui/format';
import type { ImportSlice } from './importSlice';
import { createImportSlice } from './importSlice';
import type { InboxViewSlice } from './inboxViewSlice';
import { createInboxViewSlice } from './inboxViewSlice';
import { withoutArticle } from './mergeArticles';

export type ArticlesSlice = {
  /** The library's articles (the Inbox sorts and filters them for display). */
  articles: ArticleSummary[];
  /** Full articles already fetched for the Reader, by id. */
  bodies: Record<string, Article>;
  selectedArticleId: string | null;
  loadArticles: () => Promise<void>;
  selectArticle: (id: string) => Promise<void>;
  /** Takes an article out of the library (the Inbox asks first); briefings that quote it keep their items. */
  deleteArticle: (id: string) => Promise<void>;
} & ImportSlice &
  InboxViewSlice;

function newestFirst(a: ArticleSummary, b: ArticleSummary): number {
  return b.importedAt.localeCompare(a.importedAt);
}

export const createArticlesSlice =
  (deps: StoreDeps): SliceCreator<ArticlesSlice> =>
  (set, get, store) => {
    const { api } = deps;
    return {
      ...createImportSlice(deps)(set, get, store),
      ...createInboxViewSlice(deps)(set, get, store),
      articles: [],
      bodies: {},
      selectedArticleId: null,

      loadArticles: async () => {
        const result = await call(api, 'listArticles', {});
        if (!result.ok) {
          get().notify('error', `The library could not be read: ${result.message}`);
          return;
        }
        set({ articles: [...result.value].sort(newestFirst) });
      },

      selectArticle: async (id) => {
        set({ selectedArticleId: id });
        if (get().bodies[id]) return;
        const result = await call(api, 'getArticle', { id });
        if (!result.ok) {
          if (get().selectedArticleId === id) set({ selectedArticleId: null });
          get().notify('error', `This article could not be opened: ${result.message}`);
          return;
        }
        set({ bodies: { ...get().bodies, [id]: result.value } });
      },

      deleteArticle: async (id) => {
        const title = articleTitle(get().articles.find((a) => a.id === id) ?? { title: null });
        const result = await call(api, 'deleteArticle', { id });
        if (!result.ok) {
          get().notify('error', `"${title}" could not be deleted: ${result.message}`);
          return;
        }
        const { [id]: _gone, ...bodies } = get().bodies;
        const hits = get().searchHits;
        set({
          articles: withoutArticle(get().articles, id),
          bodies,
          selectedArticleId: get().selectedArticleId === id ? null : get().selectedArticleId,
          searchHits: hits ? { ...hits, ids: hits.ids.filter((h) => h !== id) } : null,
        });
        get().notify('info', `Deleted "${title}" from the library.`);
      },
    };
  };
