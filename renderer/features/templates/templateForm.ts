import type { RoutingRule } from '../../../shared/model/routingRule';
import { isCatchAll } from '../../../shared/model/routingRule';
import { checkTitlePattern, renderTitle } from '../../../shared/templates/titlePattern';

/** What a title pattern gives on a date, or why it cannot: the editor's live preview. */
export function titlePreview(pattern: string, isoDate: string): { title: string; error: null } | { title: null; error: string } {
  if (!pattern.trim()) return { title: null, error: 'A template needs a title pattern, like “Daily brief — {date}”.' };
  try {
    checkTitlePattern(pattern);
    return { title: renderTitle(pattern, isoDate), error: null };
  } catch (error) {
    return { title: null, error: (error as Error).message };
  }
}

/** A comma-separated list as the analyst types it → its entries, trimmed, without blanks or repeats. */
export function parseList(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const entry of text.split(',')) {
    const trimmed = entry.trim();
    if (trimmed && !seen.has(trimmed.toLowerCase())) {
      seen.add(trimmed.toLowerCase());
      out.push(trimmed);
    }
  }
  return out;
}

/** The routing keywords the editor shows for a section: those of its first rule that has keywords. */
export function keywordsOf(rules: readonly RoutingRule[]): string {
  return (rules.find((rule) => rule.keywords.length > 0)?.keywords ?? []).join(', ');
}

/**
 * A section's rules with its keywords replaced by what the analyst typed. Other rules (by kind, speaker,
 * publication, the catch-all) stay as they were; a rule left with nothing to look for is dropped rather than
 * turning into a catch-all that would take every item.
 */
export function withKeywords(rules: readonly RoutingRule[], text: string): RoutingRule[] {
  const keywords = parseList(text);
  const at = rules.findIndex((rule) => rule.keywords.length > 0);
  if (at < 0) {
    return keywords.length > 0 ? [...rules, { keywords, speakers: [], publications: [], kinds: [] }] : [...rules];
  }
  const changed = { ...rules[at], keywords };
  const next = [...rules];
  if (isCatchAll(changed)) next.splice(at, 1);
  else next[at] = changed;
  return next;
}

/** Whether a section takes whatever no other section took (it has a rule with nothing filled in). */
export function takesTheRest(rules: readonly RoutingRule[]): boolean {
  return rules.some(isCatchAll);
}

export function withTheRest(rules: readonly RoutingRule[], on: boolean): RoutingRule[] {
  const others = rules.filter((rule) => !isCatchAll(rule));
  return on ? [...others, { keywords: [], speakers: [], publications: [], kinds: [] }] : others;
}

/** "#1f3864" (a colour input) ↔ "1F3864" (as Word and the template store it). */
export const toColourInput = (hex: string) => `#${hex.toLowerCase()}`;
export const fromColourInput = (value: string) => value.replace(/^#/, '').toUpperCase();
