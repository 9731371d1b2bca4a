import { z } from 'zod';
import type { ItemKind } from './briefing';

// The item kinds again, spelled out here so this file does not load briefing.ts (which loads this one).
const KINDS = ['quote', 'figure', 'excerpt', 'note'] as const satisfies readonly ItemKind[];
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const kindsMatch: Same<(typeof KINDS)[number], ItemKind> = true;
void kindsMatch;

/** A word or phrase a rule looks for; a trailing `*` matches any ending ("sanction*"). */
const PhraseSchema = z.string().trim().min(1).max(200);
const Phrases = z.array(PhraseSchema).max(200).default([]);

/**
 * Which items belong in a section. Every list that is filled in must match (a quote *and* by this speaker);
 * inside a list any one entry is enough. A rule with every list empty takes whatever no other section took.
 */
export const RoutingRuleSchema = z.object({
  /** Words or phrases in the item's text, in what a figure measures, or in its article's headline. */
  keywords: Phrases,
  /** Words in the speaker's name or role ("Zelensky", "minister"). */
  speakers: Phrases,
  /** Words in the publication's name ("Reuters", "Financial Times"). */
  publications: Phrases,
  kinds: z.array(z.enum(KINDS)).max(KINDS.length).default([]),
});
export type RoutingRule = z.output<typeof RoutingRuleSchema>;
export type RoutingRuleInput = z.input<typeof RoutingRuleSchema>;

/** A rule with nothing filled in: the section for everything no other section took. */
export function isCatchAll(rule: RoutingRule): boolean {
  return rule.keywords.length === 0 && rule.speakers.length === 0 && rule.publications.length === 0 && rule.kinds.length === 0;
}
