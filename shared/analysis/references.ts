/**
 * The references in a sentence that can name a speaker: names, pronouns, and descriptions such as
 * "the company", "a spokeswoman" or "Germany's defence minister", in text order.
 */
import { pronounGender } from './languages';
import type { LanguageTable } from './languages';
import type { NameMention } from './candidates';
import type { NameBook } from './nameBook';
import { isOrgWord, isRoleNoun } from './lexicon';
import type { SentenceRange } from './sentences';

/** Nouns for what speaks for an organisation (a statement, a report, its spokesman), besides the organisation words. */
const SPEAKS_FOR = /^(?:company|firm|business|statement|report|study|survey|spokes(?:man|woman|person|people|men|women)|website|site|newspaper|paper|memo|letter|filing|release|regulator|watchdog|authorities|government|campaign|charity|brand|chain|retailer|embassy|force|court)$/i;
const isOrgHead = (w: string): boolean => SPEAKS_FOR.test(w) || isOrgWord(w);

/** Which words head a noun phrase of each kind, remembered per word: every sentence asks about most of its words. */
const headCache = new Map<string, number>();
function headKind(w: string): number {
  let k = headCache.get(w);
  if (k === undefined) {
    k = (isOrgHead(w) ? 1 : 0) | (isRoleNoun(w) ? 2 : 0);
    if (headCache.size > 50000) headCache.clear();
    headCache.set(w, k);
  }
  return k;
}
const orgHead = (w: string): boolean => (headKind(w) & 1) !== 0;
const roleHead = (w: string): boolean => (headKind(w) & 2) !== 0;

const NP_PREFIX = "(?:\\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]his|[Tt]hat)\\s+|(?:[\\p{Lu}][\\p{L}\\u00ad.-]*\\s+){0,3}[\\p{Lu}][\\p{L}\\u00ad.-]*[’']s\\s+)";
// no i flag: \p{Lu} must stay upper case, or the possessive branch tries every word
const NP_BEFORE_HEAD = new RegExp(`${NP_PREFIX}(?:[\\p{L}-]+\\s+){0,3}?$`, 'u');

/** Noun phrases ending in a head noun ("the company", "Germany's defence minister"), found head first. */
function nounPhrases(slice: string, isHead: (w: string) => boolean): { index: number; text: string; head: string }[] {
  const out: { index: number; text: string; head: string }[] = [];
  for (const h of slice.matchAll(/(?<![\p{L}\p{N}-])\p{L}[\p{L}-]*/gu)) {
    if (!isHead(h[0].toLowerCase())) continue;
    const from = Math.max(0, h.index - 80);
    const m = slice.slice(from, h.index).match(NP_BEFORE_HEAD);
    if (!m || m.index === undefined) continue;
    const index = from + m.index;
    out.push({ index, text: slice.slice(index, h.index + h[0].length), head: h[0] });
  }
  return out;
}

export type Ref =
  | { kind: 'name'; at: number; end: number; name: string; possessive: boolean }
  | { kind: 'pronoun'; at: number; end: number; word: string }
  | { kind: 'org'; at: number; end: number; text: string }
  | { kind: 'role'; at: number; end: number; text: string; head: string };

export interface Para {
  text: string;
  masked: string;
  sentences: SentenceRange[];
  mentions: NameMention[];
  quotes: number[];
}

/** References (names, pronouns, descriptions) in a range of a masked paragraph, in text order. */
export function refsIn(p: Para, from: number, to: number, book: NameBook, language: LanguageTable | null = null): Ref[] {
  const out: Ref[] = [];
  const text = p.masked;
  for (const m of p.mentions) {
    if (m.from < from || m.end > to) continue;
    if (m.sentenceInitial && !book.get(m.name) && book.resolve(m.name) === m.name) continue;
    out.push({ kind: 'name', at: m.from, end: m.end, name: m.name, possessive: m.possessive });
  }
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(/\b(he|she|it|they)\b/gi)) {
    const at = from + m.index;
    if (/^it$/i.test(m[1]) && /^\s*(?:is|was|’s|'s|has|had|would|will|seems|appears|may|might|could)\b/i.test(text.slice(at + 2, at + 14)) && !/^\s*has\s+(?:said|told|added)/i.test(text.slice(at + 2, at + 20))) continue;
    out.push({ kind: 'pronoun', at, end: at + m[1].length, word: m[1].toLowerCase() });
  }
  // the article's own language: its subject pronouns for a man and a woman stand for "he" and "she"
  if (language) {
    const words = [...language.he, ...language.she].join('|');
    for (const m of slice.matchAll(new RegExp(`(?<![\\p{L}])(${words})(?![\\p{L}])`, 'giu'))) {
      const word = pronounGender(language, m[1]);
      const at = from + m.index;
      if (word) out.push({ kind: 'pronoun', at, end: at + m[1].length, word });
    }
  }
  for (const m of nounPhrases(slice, orgHead)) {
    const at = from + m.index;
    if (out.some((r) => r.kind === 'name' && r.at <= at + m.text.length && r.end > at && !r.possessive && book.isPerson(book.resolve(r.name)))) continue;
    out.push({ kind: 'org', at, end: at + m.text.length, text: m.text });
  }
  for (const m of nounPhrases(slice, roleHead)) {
    const at = from + m.index;
    const end = at + m.text.length;
    // a role written before a name is the name's, not a description
    if (out.some((r) => r.kind === 'name' && r.at >= end && r.at <= end + 2)) continue;
    out.push({ kind: 'role', at, end, text: m.text, head: m.head.toLowerCase() });
  }
  return out.sort((a, b) => a.at - b.at || b.end - a.end);
}
