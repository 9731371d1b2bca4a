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

/**
 * The most routing phrases (keywords, speakers and publications together) one template or briefing holds.
 * A real template has a few hundred; the cap keeps a hostile file from making every placement slow.
 */
export const MAX_ROUTING_PHRASES = 2000;

/** How many routing phrases the sections hold, all rules together. */
export function routingPhraseCount(sections: readonly { rules?: readonly RoutingRule[] }[]): number {
  let count = 0;
  for (const section of sections) for (const rule of section.rules ?? []) count += rule.keywords.length + rule.speakers.length + rule.publications.length;
  return count;
}

/** For a `sections` schema: refuses more routing phrases than MAX_ROUTING_PHRASES, marked `too-large`. */
export function capRoutingPhrases(sections: readonly { rules?: readonly RoutingRule[] }[], ctx: z.RefinementCtx): void {
  const count = routingPhraseCount(sections);
  if (count > MAX_ROUTING_PHRASES) {
    ctx.addIssue({
      code: 'custom',
      message: `its routing rules hold ${count.toLocaleString('en-GB')} phrases, more than the ${MAX_ROUTING_PHRASES.toLocaleString('en-GB')} a template may hold`,
      params: { code: 'too-large' },
    });
  }
}

/** A rule with nothing filled in: the section for everything no other section took. */
export function isCatchAll(rule: RoutingRule): boolean {
  return rule.keywords.length === 0 && rule.speakers.length === 0 && rule.publications.length === 0 && rule.kinds.length === 0;
}
