import type { SliceCreator, StoreDeps } from './store';

export type Notice = { id: number; tone: 'info' | 'error'; text: string };

/** A passage of an article the Reader scrolls to and marks (an item's "jump to source"). */
export type FocusPassage = { articleId: string; paragraph: number; start: number; end: number };

export type UiSlice = {
  /** The one message the status area shows: info politely, errors as an alert. */
  notice: Notice | null;
  /** The section the Reader's "Add to section" puts passages into. */
  targetSectionId: string | null;
  /** A section just added: its title field takes the focus. */
  focusSectionId: string | null;
  notify: (tone: Notice['tone'], text: string) => void;
  dismissNotice: () => void;
  setTargetSection: (sectionId: string | null) => void;
  /** The briefing (by id) in which the analyst picked the Reader's section themselves; else accepted items follow the template's rules. */
  targetPickedFor: string | null;
  /** Accepted items go where the briefing's template rules say, until the analyst picks a section again. */
  routeByRules: () => void;
  /** The just-added section's title field has taken the focus. */
  sectionFocused: () => void;
  /** The passage the Reader shows marked; set through showPassage. */
  focusPassage: FocusPassage | null;
  /** Opens the passage's article in the Reader, scrolled to the passage and marked. */
  showPassage: (passage: FocusPassage) => void;
};

let nextNoticeId = 1;

export const createUiSlice =
  (_deps: StoreDeps): SliceCreator<UiSlice> =>
  (set, get) => ({
    notice: null,
    targetSectionId: null,
    focusSectionId: null,
    notify: (tone, text) => set({ notice: { id: nextNoticeId++, tone, text } }),
    dismissNotice: () => set({ notice: null }),
    setTargetSection: (sectionId) => set({ targetSectionId: sectionId, targetPickedFor: get().briefing?.id ?? null }),
    targetPickedFor: null,
    routeByRules: () => set({ targetPickedFor: null }),
    sectionFocused: () => set({ focusSectionId: null }),
    focusPassage: null,
    showPassage: (passage) => {
      set({ focusPassage: { ...passage } });
      void get().selectArticle(passage.articleId);
    },
  });
