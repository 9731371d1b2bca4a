import type { Article } from '../../../shared/model/article';
import { SPEAKER_SURE } from '../../../shared/model/article';
import type { Briefing, Item } from '../../../shared/model/briefing';
import { newItem } from '../../../shared/model/newBriefing';
import { passageKey } from '../../../shared/ipc/contract';
import { sourceOf } from '../reader/passage';

/** One suggestion of the analysis, quote or figure, as the Reader lists and marks it. */
export type Suggestion = {
  /** Stable within the article: "quote:3", "figure:0". */
  key: string;
  kind: 'quote' | 'figure';
  text: string;
  speaker: string | null;
  role: string | null;
  what: string | null;
  confidence: number;
  /** How likely the speaker is right; below SPEAKER_SURE it is shown as a question. */
  speakerConfidence?: number;
  paragraph: number;
  start: number;
  end: number;
};

export type KindFilter = 'all' | 'quote' | 'figure';
export type SuggestionFilter = { kind: KindFilter; speaker: string | null };

/** The article's suggestions in reading order. */
export function suggestionsOf(article: Pick<Article, 'quotes' | 'figures'>): Suggestion[] {
  const quotes = article.quotes.map((q, i): Suggestion => ({ key: `quote:${i}`, kind: 'quote', what: null, ...q }));
  const figures = article.figures.map(
    (f, i): Suggestion => ({ key: `figure:${i}`, kind: 'figure', text: f.text, speaker: null, role: null, what: f.what, confidence: f.confidence, paragraph: f.paragraph, start: f.start, end: f.end }),
  );
  return [...quotes, ...figures].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start || a.kind.localeCompare(b.kind));
}

/** The speakers quoted, most quoted first, then alphabetically. */
export function speakersOf(suggestions: readonly Suggestion[]): string[] {
  const counts = new Map<string, number>();
  for (const s of suggestions) if (s.kind === 'quote' && s.speaker) counts.set(s.speaker, (counts.get(s.speaker) ?? 0) + 1);
  return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b));
}

/** The suggestions a filter keeps: a chosen speaker keeps that speaker's quotes only. */
export function filterSuggestions(suggestions: readonly Suggestion[], filter: SuggestionFilter): Suggestion[] {
  return suggestions.filter((s) => {
    if (filter.kind !== 'all' && s.kind !== filter.kind) return false;
    if (filter.speaker !== null) return s.kind === 'quote' && s.speaker === filter.speaker;
    return true;
  });
}

/** A quote's speaker the analysis is unsure of: shown as "Speaker? Jane Doe" and kept out of Word until confirmed. */
export function speakerUnsure(suggestion: Pick<Suggestion, 'kind' | 'speaker' | 'speakerConfidence' | 'confidence'>): boolean {
  return suggestion.kind === 'quote' && suggestion.speaker !== null && (suggestion.speakerConfidence ?? suggestion.confidence) < SPEAKER_SURE;
}

/** The briefing item a suggestion becomes: a quote with its speaker and role, or a figure with what it measures, and its source. */
export function itemFromSuggestion(article: Article, suggestion: Suggestion): Item {
  return newItem({
    kind: suggestion.kind,
    text: suggestion.text,
    speaker: suggestion.speaker,
    role: suggestion.role,
    what: suggestion.what,
    source: sourceOf(article, suggestion),
    ...(speakerUnsure(suggestion) ? { speakerUnconfirmed: true } : {}),
  });
}

/** The key of a suggestion's passage, the same as `getUsage` answers for items of earlier briefings. */
export function suggestionPassageKey(articleId: string, suggestion: Suggestion): string {
  return passageKey({ articleId, ...suggestion });
}

/** The passage keys of every item with a source in this briefing. */
export function passagesIn(briefing: Briefing | null): Set<string> {
  const keys = new Set<string>();
  for (const section of briefing?.sections ?? []) for (const item of section.items) if (item.source) keys.add(passageKey(item.source));
  return keys;
}

export type Usage = 'here' | 'earlier' | null;

/** Whether a suggestion is already in this briefing, or was used in an earlier one. */
export function usageOf(articleId: string, suggestion: Suggestion, here: ReadonlySet<string>, earlier: ReadonlySet<string>): Usage {
  const key = suggestionPassageKey(articleId, suggestion);
  if (here.has(key)) return 'here';
  return earlier.has(key) ? 'earlier' : null;
}
