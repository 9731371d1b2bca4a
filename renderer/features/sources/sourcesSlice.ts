import type { CrossSourceReport } from '../../../shared/model/crossSource';
import type { SliceCreator, StoreDeps } from '../../app/store';
import { sectionLabel } from '../briefing/briefingOps';
import { itemFromSuggestion, suggestionsOf } from '../suggestions/suggestions';

export type SourcesSlice = {
  sourcesOpen: boolean;
  /** What reading across the recent articles found; null until first asked. */
  sourcesReport: CrossSourceReport | null;
  sourcesLoading: boolean;
  sourcesError: string | null;
  showSources: () => void;
  closeSources: () => void;
  refreshSources: () => Promise<void>;
  /** Keeps pairs of articles in one story, splits them, or leaves them to the words; then reads across again. */
  linkStories: (pairs: Array<[string, string]>, link: 'together' | 'apart' | 'auto') => Promise<void>;
  /** Adds the article's suggested quote or figure found at a place to the section the Reader targets, or the first. */
  acceptFromSource: (articleId: string, at: { kind: 'quote' | 'figure'; paragraph: number; start: number } | { kind: 'quote'; index: number }) => Promise<void>;
};

export const createSourcesSlice =
  ({ api }: StoreDeps): SliceCreator<SourcesSlice> =>
  (set, get) => ({
    sourcesOpen: false,
    sourcesReport: null,
    sourcesLoading: false,
    sourcesError: null,
    showSources: () => set({ sourcesOpen: true }),
    closeSources: () => set({ sourcesOpen: false }),
    refreshSources: async () => {
      set({ sourcesLoading: true, sourcesError: null });
      const result = await api.compareSources({ briefingId: get().briefing?.id });
      if (result.ok) set({ sourcesReport: result.value, sourcesLoading: false });
      else set({ sourcesLoading: false, sourcesError: result.message });
    },
    linkStories: async (pairs, link) => {
      for (const [a, b] of pairs) {
        const result = await api.linkArticles({ a, b, link });
        if (!result.ok) {
          get().notify('error', result.message);
          break;
        }
      }
      await get().refreshSources();
    },
    acceptFromSource: async (articleId, at) => {
      const sections = get().briefing?.sections ?? [];
      const sectionId = sections.find((s) => s.id === get().targetSectionId)?.id ?? sections[0]?.id;
      if (!sectionId) {
        get().notify('info', 'Add a section to the briefing first.');
        return;
      }
      const result = await api.getArticle({ id: articleId });
      if (!result.ok) {
        get().notify('error', result.message);
        return;
      }
      const suggestion = suggestionsOf(result.value).find((s) => ('index' in at ? s.key === `quote:${at.index}` : s.kind === at.kind && s.paragraph === at.paragraph && s.start === at.start));
      if (!suggestion) return;
      get().addItem(sectionId, itemFromSuggestion(result.value, suggestion));
      const section = sections.find((s) => s.id === sectionId);
      const label = section ? sectionLabel(section) : 'the section';
      get().notify('info', `Added ${suggestion.kind === 'quote' ? 'a quote' : 'a figure'} to “${label}”.`);
    },
  });
