/**
 * Splits a paragraph into sentences, returning character ranges. Works on the masked paragraph (quotations
 * blanked), so a quotation never splits its sentence; a quotation that ends with its own full stop ends the
 * sentence when a capital follows. A full stop after an abbreviation (the lexicon's: "Gen.", "Jan.",
 * "approx."), an initial ("Dana F. Smith"), initials ("U.S.") or "No." before a number ends nothing.
 */
import { isAbbreviation } from './lexicon';
import { SPEECH_VERB_PATTERN } from './speechVerbs';

export interface SentenceRange {
  start: number;
  end: number;
}

const ATTRIBUTION_AHEAD = new RegExp(`^(?:(?:[\\p{Lu}][\\p{L}.’'-]*\\s+){1,4}|(?:he|she|they|it)\\s+)(?:${SPEECH_VERB_PATTERN})\\b`, 'u');

function abbreviationAt(text: string, dot: number, next: string): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1])) s--;
  const word = text.slice(s, dot);
  if (!word) return false;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "Robert M. Danin"
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S", "H.W", "e.g"
  if (/^(?:no|nos|art|vol|p|pp)$/i.test(word) && /^\d/.test(next)) return true; // "No. 10", "p. 4"
  return isAbbreviation(word);
}

/** Does the mark at i end a sentence (a space, then a capital, digit or quotation mark, and no abbreviation)? */
export function endsSentence(text: string, i: number): boolean {
  const n = text.length;
  let j = i + 1;
  while (j < n && /["\u201d\u2019')\]]/.test(text[j])) j++;
  if (j < n && !/\s/.test(text[j])) return false;
  let k = j;
  while (k < n && /\s/.test(text[k])) k++;
  if (k >= n) return true;
  if (!/[\p{Lu}\p{N}"\u201c\u2018'(\[]/u.test(text[k])) return false;
  if (text[i] === '.' && j === i + 1 && abbreviationAt(text, i, text[k]) && !/["\u201c]/.test(text[k])) return false;
  return true;
}

/** Sentence ranges of a (masked) paragraph. */
export function splitSentences(text: string): SentenceRange[] {
  const out: SentenceRange[] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text[i];
    if (c !== '.' && c !== '!' && c !== '?' && c !== '\u2026') continue;
    let j = i + 1;
    while (j < n && /["\u201d\u2019')\]]/.test(text[j])) j++;
    if (j < n && !/\s/.test(text[j])) continue;
    let k = j;
    while (k < n && /\s/.test(text[k])) k++;
    if (k >= n) break;
    if (!endsSentence(text, i)) continue;
    // “…?” Forte said. — the attribution after a quotation belongs to its sentence
    if (j > i + 1 && ATTRIBUTION_AHEAD.test(text.slice(k, k + 80))) continue;
    out.push({ start, end: j });
    start = k;
  }
  if (start < n && text.slice(start).trim()) out.push({ start, end: n });
  return out;
}
