import type { Article } from '../../../shared/model/article';
import type { Briefing, Item } from '../../../shared/model/briefing';
import { sectionIdFor } from '../../../shared/templates/placeSuggestions';

/** The value of the Reader's "Section" chooser that means: where the template's rules say. */
export const BY_RULES = 'by-template-rules';

/** Whether any section of the briefing carries routing rules (it was made from a template that has them). */
export function hasRoutingRules(briefing: Pick<Briefing, 'sections'> | null): boolean {
  return briefing?.sections.some((section) => (section.rules ?? []).length > 0) ?? false;
}

/**
 * Where accepted items go: with `byRules`, each to the section whose template rules take it (else `fallbackId`);
 * without, all to `fallbackId`. Answers the sections in the order first used, each with its items in order.
 */
export function routeAccepted(
  briefing: Pick<Briefing, 'sections'>,
  items: readonly Item[],
  article: Pick<Article, 'title' | 'publication'> | null,
  fallbackId: string,
  byRules: boolean,
): { sectionId: string; items: Item[] }[] {
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    const sectionId = (byRules ? sectionIdFor(briefing, item, article) : null) ?? fallbackId;
    groups.set(sectionId, [...(groups.get(sectionId) ?? []), item]);
  }
  return [...groups].map(([sectionId, grouped]) => ({ sectionId, items: grouped }));
}
