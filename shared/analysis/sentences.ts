/**
 * Splits a paragraph into sentences, returning character ranges. Works on the masked paragraph (quotations
 * blanked), so a quotation never splits its sentence; a quotation that ends with its own full stop ends the
 * sentence when a capital follows.
 */

export interface SentenceRange {
  start: number;
  end: number;
}

/** Words that end with a full stop without ending a sentence. */
const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'sen', 'rep', 'gov', 'gen', 'col', 'capt', 'lt', 'sgt', 'det',
    'insp', 'supt', 'rev', 'hon', 'co', 'corp', 'inc', 'ltd', 'plc', 'vs', 'etc', 'no', 'nos', 'fig', 'approx', 'est',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e',
    'ph.d', 'a.m', 'p.m', 'dept', 'univ', 'assn', 'bros', 'ave', 'blvd', 'rd',
  ],
);

const ATTRIBUTION_AHEAD =
  /^(?:(?:[\p{Lu}][\p{L}.’'-]*\s+){1,4}|(?:he|she|they|it)\s+)(?:said|says|asked|asks|added|adds|told|tells|wrote|writes|explained|explains|replied|replies|recalled|insisted|noted|warned|continued)\b/u;

function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1])) s--;
  const word = text.slice(s, dot).toLowerCase();
  if (!word) return false;
  if (ABBREVIATIONS.has(word)) return true;
  if (/^\p{L}$/u.test(word)) return true; // an initial: "Robert M. Danin"
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S", "H.W"
  return false;
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
    if (!/[\p{Lu}\p{N}"\u201c\u2018'(\[]/u.test(text[k])) continue;
    if (c === '.' && isAbbreviation(text, i) && !/["\u201c]/.test(text[k])) continue;
    // “…?” Forte said. — the attribution after a quotation belongs to its sentence
    if (j > i + 1 && ATTRIBUTION_AHEAD.test(text.slice(k, k + 80))) continue;
    out.push({ start, end: j });
    start = k;
  }
  if (start < n && text.slice(start).trim()) out.push({ start, end: n });
  return out;
}
