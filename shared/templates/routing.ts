import type { ItemKind } from '../model/briefing';
import type { RoutingRule } from '../model/routingRule';
import { isCatchAll } from '../model/routingRule';

/** What routing looks at: an item or a suggestion, and the article it came from. */
export interface RoutingCandidate {
  kind: ItemKind;
  text: string;
  speaker?: string | null;
  role?: string | null;
  /** For figures: what the number measures. */
  what?: string | null;
  publication?: string | null;
  /** The article's headline: it often says what a quote is about when the quote does not. */
  articleTitle?: string | null;
}

const compiled = new Map<string, RegExp>();

/**
 * A phrase as a whole word or words, case-insensitive, allowing a plural or possessive ending
 * ("port" finds "ports" and "port's", not "transport" or "portfolio"); a trailing `*` allows any ending.
 */
function phraseRegex(phrase: string): RegExp {
  let regex = compiled.get(phrase);
  if (!regex) {
    const open = phrase.trim().endsWith('*');
    const core = phrase
      .trim()
      .replace(/\*+$/, '')
      .trim()
      .split(/\s+/)
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+');
    const ending = open ? '' : "(?:s|es|'s|’s)?(?![\\p{L}\\p{N}])";
    regex = new RegExp(`(?<![\\p{L}\\p{N}])${core}${ending}`, 'iu');
    if (compiled.size > 5000) compiled.clear();
    compiled.set(phrase, regex);
  }
  return regex;
}

function anyPhraseIn(phrases: readonly string[], texts: readonly (string | null | undefined)[]): boolean {
  return phrases.some((phrase) => {
    const regex = phraseRegex(phrase);
    return texts.some((text) => !!text && regex.test(text));
  });
}

/** Whether a rule with something filled in takes this candidate: every filled-in list must match. */
export function ruleMatches(rule: RoutingRule, candidate: RoutingCandidate): boolean {
  if (isCatchAll(rule)) return false;
  if (rule.kinds.length > 0 && !rule.kinds.includes(candidate.kind)) return false;
  if (rule.keywords.length > 0 && !anyPhraseIn(rule.keywords, [candidate.text, candidate.what, candidate.articleTitle])) return false;
  if (rule.speakers.length > 0 && !anyPhraseIn(rule.speakers, [candidate.speaker, candidate.role])) return false;
  if (rule.publications.length > 0 && !anyPhraseIn(rule.publications, [candidate.publication])) return false;
  return true;
}

/**
 * The index of the section a candidate belongs in, or -1 when none takes it. The first section (top to bottom)
 * with a matching rule wins, so the analyst orders sections to say which comes first; when no rule matches,
 * the first section with a catch-all rule (everything left empty) takes it.
 */
export function sectionIndexFor(sections: readonly { rules?: readonly RoutingRule[] }[], candidate: RoutingCandidate): number {
  const matched = sections.findIndex((section) => (section.rules ?? []).some((rule) => ruleMatches(rule, candidate)));
  if (matched >= 0) return matched;
  return sections.findIndex((section) => (section.rules ?? []).some(isCatchAll));
}
