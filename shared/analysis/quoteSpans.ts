/**
 * Finds the passages between quotation marks in each paragraph.
 *
 * Double marks (straight or curly, in any mix) are always candidates. Single marks count as speech only in
 * articles that use them for speech (no double-quoted passages of any length, and a single-quoted passage of
 * four words or more); elsewhere they are nested quotes, scare quotes or apostrophes and stay inside the
 * passage that holds them. A paragraph whose opening mark is never closed runs to the paragraph's end, and a
 * following paragraph that opens with a mark continues the same quotation.
 */

export interface QuoteSpan {
  paragraph: number;
  /** Offsets of the words between the marks (trimmed, without the marks). */
  start: number;
  end: number;
  /** Offset of the opening mark, and the offset just after the closing mark (the paragraph's end when unclosed). */
  open: number;
  close: number;
  /** True when no closing mark was found in the paragraph (the quotation runs on). */
  unclosed: boolean;
  /** True when this paragraph carries on a quotation left open at the end of the previous one. */
  continued: boolean;
}

const DOUBLE = new Set(['"', '\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb']);
const DOUBLE_MARK = /["\u201c\u201d\u201e\u201f\u00ab\u00bb]/;
const SINGLE = new Set(["'", '\u2018', '\u2019', '\u201a', '\u201b']);
const LETTER = /[\p{L}\p{N}]/u;
const OPEN_BEFORE = /[\s([{\u2014\u2013:;,/-]/u;

type Kind = 'open' | 'close' | 'either';

/** Whether the mark at i opens, closes or (straight mark between spaces) could do either. */
function markKind(text: string, i: number): Kind | null {
  const c = text[i];
  const before = i > 0 ? text[i - 1] : ' ';
  const after = i + 1 < text.length ? text[i + 1] : ' ';
  const openCtx = OPEN_BEFORE.test(before) || DOUBLE.has(before) || SINGLE.has(before);
  const closeCtx = !/\s/.test(before);
  if (c === '\u201c' || c === '\u201e' || c === '\u00ab' || c === '\u2018' || c === '\u201a') {
    if (c === '\u2018' && LETTER.test(before)) return null;
    // German „…“ closes with the mark English opens with
    if (c === '\u201c' && closeCtx && (i + 1 >= text.length || /[\s,.;:!?)]/.test(after))) return 'close';
    // German »…«: the closing « follows the last word, before a space or punctuation
    if (c === '\u00ab' && closeCtx && (i + 1 >= text.length || /[\s,.;:!?)]/.test(after))) return 'close';
    return /\s/.test(after) && closeCtx ? 'close' : 'open';
  }
  if (c === '\u201d' || c === '\u00bb' || c === '\u2019') {
    if (c === '\u2019' && LETTER.test(before) && LETTER.test(after)) return null; // it’s, don’t
    if (openCtx && !/\s/.test(after) && i + 1 < text.length && !/[.,;:!?)]/.test(after)) return 'open';
    return 'close';
  }
  // straight marks
  if (c === "'" && LETTER.test(before) && LETTER.test(after)) return null;
  if (openCtx && !/\s/.test(after) && i + 1 < text.length) return 'open';
  if (closeCtx) return 'close';
  return 'either';
}

interface Mark {
  at: number;
  kind: Kind;
}

function marksOf(text: string, set: Set<string>): Mark[] {
  const out: Mark[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!set.has(text[i])) continue;
    const kind = markKind(text, i);
    if (kind) out.push({ at: i, kind });
  }
  return out;
}

function trimmed(text: string, from: number, to: number): [number, number] {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /[\s,]/.test(text[e - 1])) e--;
  return [s, e];
}

/**
 * Pairs marks in one paragraph. Returns the spans and whether the paragraph ends inside an open quotation.
 * `single` says whether single marks are the speech marks of this article.
 */
function spansIn(text: string, paragraph: number, set: Set<string>, startsInside: boolean, single: boolean): { spans: QuoteSpan[]; endsOpen: boolean } {
  const marks = marksOf(text, set);
  const spans: QuoteSpan[] = [];
  let openAt: number | null = null;
  let continued = false;
  let k = 0;
  if (startsInside && marks.length && marks[0].at <= 1 && marks[0].kind !== 'close') {
    openAt = marks[0].at;
    continued = true;
    k = 1;
  }
  for (; k < marks.length; k++) {
    const m = marks[k];
    if (openAt == null) {
      if (m.kind === 'close' && !single) continue; // a stray closing mark
      if (m.kind === 'close') continue;
      openAt = m.at;
      continued = false;
      continue;
    }
    if (m.kind === 'open' && single) continue; // nested or apostrophe-like: keep looking for the close
    if (m.kind === 'open') {
      // Two openings in a row: the first was never closed; restart from this one.
      openAt = m.at;
      continued = false;
      continue;
    }
    const [s, e] = trimmed(text, openAt + 1, m.at);
    if (e > s) spans.push({ paragraph, start: s, end: e, open: openAt, close: m.at + 1, unclosed: false, continued });
    openAt = null;
  }
  if (openAt != null) {
    const [s, e] = trimmed(text, openAt + 1, text.length);
    if (e > s) spans.push({ paragraph, start: s, end: e, open: openAt, close: text.length, unclosed: true, continued });
    return { spans, endsOpen: true };
  }
  return { spans, endsOpen: false };
}

const wordCount = (s: string): number => (s.match(/[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu) ?? []).length;

/** Does this article use single marks for speech? Only when it has no double-quoted passages at all. */
function usesSingleForSpeech(paragraphs: string[]): boolean {
  if (paragraphs.some((p) => DOUBLE_MARK.test(p))) return false;
  // A single-quoted passage of four words or more with a said-verb beside it shows the house style.
  const SAID = /\b(?:said|says|told|tells|added|adds|asked|warned|explained|according to|insisted|wrote|writes)\b/i;
  return paragraphs.some((p, i) =>
    spansIn(p, i, SINGLE, false, true).spans.some(
      (s) => wordCount(p.slice(s.start, s.end)) >= 4 && /^\p{L}/u.test(p.slice(s.start)) && (SAID.test(p.slice(s.close, s.close + 40)) || SAID.test(p.slice(Math.max(0, s.open - 60), s.open))),
    ),
  );
}

export function findQuoteSpans(paragraphs: string[]): QuoteSpan[] {
  const single = usesSingleForSpeech(paragraphs);
  const set = single ? SINGLE : DOUBLE;
  const out: QuoteSpan[] = [];
  let open = false;
  paragraphs.forEach((text, i) => {
    const { spans, endsOpen } = spansIn(text, i, set, open, single);
    out.push(...spans);
    open = endsOpen;
  });
  return out;
}

/**
 * The paragraph with every quotation's inner text blanked out (same length, marks kept as ", a final full stop
 * kept), so that names and verbs inside quotations do not count as the article's own words.
 */
export function maskQuotes(text: string, spans: QuoteSpan[]): string {
  if (!spans.length) return text;
  let out = '';
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.open - b.open)) {
    if (s.open < at) continue;
    out += text.slice(at, s.open);
    const close = Math.min(s.close, text.length);
    const inner = close - s.open - (s.unclosed ? 1 : 2);
    // Keep a quotation's own closing full stop, so that the sentence ends there when a capital follows.
    // …but not when a comma follows it inside the marks ("at 3 a.m.,"): then the sentence goes on
    const stop = /[.!?]/.test(text[s.end - 1] ?? '') && !/,/.test(text.slice(s.end, close)) ? text[s.end - 1] : '';
    const blank = Math.max(0, inner - (stop ? close - (s.unclosed ? 0 : 1) - s.end + 1 : 0));
    out += '"' + ' '.repeat(blank) + (stop ? stop + ' '.repeat(Math.max(0, close - (s.unclosed ? 0 : 1) - s.end)) : '') + (s.unclosed ? '' : '"');
    at = close;
  }
  return out + text.slice(at);
}

export { wordCount };
