import type { Article } from '../model/article';
import type { Briefing, Item } from '../model/briefing';
import { provenanceOf } from '../model/briefing';
import { newItem } from '../model/newBriefing';
import type { RoutingCandidate } from './routing';
import { sectionIndexFor } from './routing';

/** Suggestions below this confidence are left for the analyst unless they ask for more. */
export const DEFAULT_MIN_CONFIDENCE = 0.6;

export interface Placement {
  briefing: Briefing;
  /** Suggestions added to a section. */
  placed: number;
  /** Suggestions above the threshold that no section's rules took. */
  unplaced: number;
}

const provenance = provenanceOf;

const spanKey = (source: Item['source']) => (source ? `${source.articleId}:${source.paragraph}:${source.start}:${source.end}` : '');

/** An article's quote and figure suggestions as items, in reading order, each with how sure the analysis was. */
export function suggestedItems(article: Article): { item: Item; confidence: number }[] {
  const quotes = article.quotes.map((q) => ({
    at: q,
    confidence: q.confidence,
    item: newItem({ kind: 'quote', text: q.text, speaker: q.speaker, role: q.role, source: provenance(article, q) }),
  }));
  const figures = article.figures.map((f) => ({
    at: f,
    confidence: f.confidence,
    item: newItem({ kind: 'figure', text: f.text, what: f.what, source: provenance(article, f) }),
  }));
  return [...quotes, ...figures]
    .sort((a, b) => a.at.paragraph - b.at.paragraph || a.at.start - b.at.start)
    .map(({ item, confidence }) => ({ item, confidence }));
}

export function candidateOf(item: Item, article?: Pick<Article, 'title' | 'publication'> | null): RoutingCandidate {
  return {
    kind: item.kind,
    text: item.text,
    speaker: item.speaker,
    role: item.role,
    what: item.what,
    publication: article?.publication ?? item.source?.publication ?? null,
    articleTitle: article?.title ?? item.source?.title ?? null,
  };
}

/**
 * Where an accepted suggestion goes: the id of the section whose routing rules take it, or null when none does
 * (then the UI keeps it where the analyst is working). The analyst can move it anywhere afterwards.
 */
export function sectionIdFor(briefing: Pick<Briefing, 'sections'>, item: Item, article?: Pick<Article, 'title' | 'publication'> | null): string | null {
  const index = sectionIndexFor(briefing.sections, candidateOf(item, article));
  return index < 0 ? null : briefing.sections[index].id;
}

/**
 * Adds the articles' suggestions at or above `minConfidence` to the sections whose routing rules take them.
 * A suggestion already in the briefing (same article, paragraph and offsets) is not added twice. Pure: returns a new briefing.
 */
export function placeSuggestions(briefing: Briefing, articles: readonly Article[], options: { minConfidence?: number } = {}): Placement {
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  const sections = briefing.sections.map((section) => ({ ...section, items: [...section.items] }));
  const present = new Set(sections.flatMap((section) => section.items.map((item) => spanKey(item.source))));
  let placed = 0;
  let unplaced = 0;
  for (const article of articles) {
    for (const { item, confidence } of suggestedItems(article)) {
      if (confidence < minConfidence || present.has(spanKey(item.source))) continue;
      const index = sectionIndexFor(sections, candidateOf(item, article));
      if (index < 0) {
        unplaced += 1;
        continue;
      }
      sections[index].items.push(item);
      present.add(spanKey(item.source));
      placed += 1;
    }
  }
  return { briefing: { ...briefing, sections }, placed, unplaced };
}
