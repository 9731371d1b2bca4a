/**
 * What looks like a figure but is not one an analyst would brief: years and dates, clock times, ages in
 * biographies, ordinals, page and section numbers, phone numbers, version and model numbers, scores,
 * footnotes, arithmetic and numbers that count nothing.
 */
import { MONEY } from './figureMatch';
import type { Groups } from './figureMatch';

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DATE_BEFORE = new RegExp(`\\b${MONTH}\\.?\\s*$`, 'i');
const DATE_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s*(?:of\\s+)?${MONTH}\\b`, 'i');
const REFERENCE_BEFORE = /\b(?:page|pages|p\.|pp\.|section|chapter|article|clause|paragraph|no\.|number|rule|room|flight|route|highway|interstate|version|level|grade|episode|season|verse|line|platform|gate|exit|junction|model|series|mark|type|class)\s*$/i;
const PLURAL_NOUN = /^(?:[\p{L}-]+\s+){0,2}?(?:[\p{L}-]*[a-z]s|people|children|men|women|police|staff|personnel|cattle|feet|teeth|mice|geese|sheep|fish|aircraft|crew)\b/u;
const WEEKDAY_OR_MONTH = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\s*,\s*$/i;
/** Where a sentence begins: nothing before, or a full stop and space. */
const SENTENCE_START = /(?:^|[.!?]["”’)]?\s+)$/;
/** A court's or a regulator's term ("jailed for six years", "sentenced to seven years"): a figure an analyst briefs. */
const SENTENCE_TERM = /\b(?:jailed|sentenced|imprisoned|banned|suspended|disqualified|detained)\s+(?:to|for)\s+(?:up to\s+)?$/i;
const TIME_UNIT = /^\s*(?:years?|months?|weeks?|days?|hours?|minutes?)$/i;
const APPROX_WORDS = /\b(?:nearly|almost|about|around|roughly|more than|less than|at least|up to|some|approximately)\s+$/i;

const STREET = /^\s+(?:\p{Lu}[\p{L}.]*\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Place|Pl|Way|Square|Sq|Court|Ct|Terrace|Crescent|Close|Parkway|Highway)\b/u;

const isYear = (s: string): boolean => /^(?:1[0-9]|20)\d\d$/.test(s);

/** Why a match is not a figure an analyst wants, or null when it is one. */
export function rejected(text: string, start: number, end: number, g: Groups): string | null {
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 30);
  const core = g.amount ?? g.word ?? g.vague ?? g.fraction ?? '';
  const hasUnit = Boolean(g.unit || g.term || g.rate || g.times);
  const money = Boolean(g.amount && MONEY.test(g.amount));
  const scaled = Boolean(g.amount && /[\p{L}]$/u.test(g.amount.trim()));
  const bare = Boolean(g.amount && !money && !scaled && !hasUnit && !g.approx && !g.range);
  if (/[\p{L}\d_^*=+×/)]$/u.test(before) && !/\d$/.test(before.trim()) && !/[’']$/.test(before)) return 'inside a word';
  if (/^[\p{L}\d_^*=×/]/u.test(after) || /^[.,]\d/.test(after) || /^:\d/.test(after)) return 'inside a word or number';
  if (/\p{L}-$/u.test(before)) return 'part of a name'; // Covid-19, F-35, G-7
  if (/\[$/.test(before) || /^\]/.test(after)) return 'footnote';
  if (start === 0 && /^[.)]\s/.test(after) && !g.unit) return 'list number';
  if (g.range && g.amount && /^\d{1,2}$/.test(g.amount.trim())) {
    const second = Number(g.range.replace(/^\s?(?:-|–|to|and)\s?/, ''));
    if (!g.unit && !g.between && /^\s?[-–]/.test(g.range) && second < Number(g.amount)) return 'score';
  }
  if (/^[’']s\b/.test(after)) return 'part of a name'; // Radio 4's
  // "Channel 4", "Boeing 737", "Glock 18 pistols": a bare number right after a capitalised word inside a sentence names a thing
  if (bare && /[\p{Ll},;:]\s+\p{Lu}[\p{L}]*\s$/u.test(before) && !/\b(?:In|On|At|By|From|Since|To|For|With|Of)\s$/.test(before)) return 'part of a name';
  if (bare && /\p{Lu}[\p{L}]*\s$/u.test(before) && !PLURAL_NOUN.test(after.trimStart())) return 'part of a name';
  if (/\bNo\.?\s*$/.test(before)) return 'reference number';
  if (bare && (STREET.test(after) || /^\s+block\s+of\b/i.test(after))) return 'street address';
  if (/\d-$/.test(before) || /[<>≤≥]\s*$/.test(before)) return 'code or statistic';
  if (/[’'#]$/.test(before) || /\d\s*[/:]\s*$/.test(before) || /^\s*[/]\s*\d/.test(after)) return 'date, score or code';
  if (/0x$/i.test(before) || /\^\d*\s*-?\s*$/.test(before) || /^\s*[*=^+×]/.test(after) || /[*^+×]\s*$/.test(before)) return 'arithmetic';
  if (/\d+\.\d+\.\d+/.test(text.slice(start, end + 4)) || /\d\.$/.test(before)) return 'version number';
  if (bare && /^\s+(?:in the (?:morning|afternoon|evening)|at night|tonight)\b/i.test(after)) return 'clock time';
  if (/^(?:\s?(?:a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b|GMT|BST|UTC|EST|PST|PT\b|ET\b|h\b|Uhr\b))/i.test(after) || /^\s?(?:o’clock|o'clock)/.test(after)) return 'clock time';
  if (g.amount && !money && !scaled && !hasUnit && isYear(g.amount.trim()) && !g.range) return 'year';
  if (g.range && isYear(g.amount?.trim() ?? '')) return 'years';
  if (/^s\b/.test(after) || /^(?:st|nd|rd|th)\b/i.test(after)) return 'decade or ordinal';
  if (DATE_BEFORE.test(before) || DATE_AFTER.test(after)) return 'date';
  if (REFERENCE_BEFORE.test(before)) return 'reference number';
  if (g.amount && /^\s+of\s+\d+(?![\d,]*\s+[\p{L}])/u.test(after)) return 'counter'; // "1 of 12" under a photo
  if (g.amount && /\b\d+\s+of\s+$/.test(before) && !/^\s+[\p{L}]/u.test(after)) return 'counter';
  if (/^\s*min(?:ute)?s? read\b/i.test(after)) return 'page furniture';
  if (/^\s*(?:-|\s)?(?:years?|yrs?)[- ]old\b/i.test(after) || /^-year-old/i.test(after) || (/^\s*years? old\b/i.test(after) && !/\./.test(core)) || /\b(?:aged|age|ages)\s*$/i.test(before)) return 'age';
  if (g.unit && /^\s*years?$/i.test(g.unit) && /^\s+old\b/.test(after) && !/\./.test(core)) return 'age';
  if (/^\s*(?:months|years) of age\b/i.test(text.slice(start + (g.approx?.length ?? 0) + core.length, end + 15))) return 'age';
  const afterName = /\p{Lu}[\p{L}’'-]*,\s*$/u.test(before) && !WEEKDAY_OR_MONTH.test(before);
  if (afterName && ((!hasUnit && /^\s*,/.test(after)) || (g.unit && /years?/i.test(g.unit)))) return 'age in a biography';
  if (/^-old\b/.test(after)) return 'age';
  // "The singer, 29, grew up…": a small bare number between commas after a noun
  if (!hasUnit && !g.approx && !money && g.amount && /^\d{1,3}$/.test(g.amount.trim()) && Number(g.amount) < 120 && /\p{L},\s*$/u.test(before) && /^\s*,/.test(after)) return 'age';
  if (/^\s*ago\b/i.test(after) || /^\s+(?:earlier|later)\b/i.test(after)) return 'relative time';
  if (/\b(?:the|this|these|those|both|all|its|their|his|her|our|my|your)\s+$/i.test(before) && (g.word || g.fraction || /\b(?:past|next|last|first|previous|coming|following)\s+$/i.test(before))) return 'determiner';
  if (/\b(?:the\s+)?(?:past|next|last|first|previous|coming|following|recent)\s+$/i.test(before)) return 'relative period';
  if (g.fraction && !g.approx && !/^\s+of\b/.test(after)) return 'fraction of nothing';
  if (g.word) {
    // A capitalised number word is a name ("Three Kings"), except where a sentence starts with a count ("Twenty-one people died").
    if (/^\p{Lu}/u.test(g.word) && !(SENTENCE_START.test(before) && /^\p{Ll}/u.test(after.trimStart()) && PLURAL_NOUN.test(after.trimStart()))) return 'capitalised number word';
    const w = g.word.toLowerCase();
    if ((w === 'one' || w === 'a dozen' || w === 'a hundred' || w === 'a thousand') && !g.term) return 'one';
    // spelled-out durations are narrative ("for two years running"); hyphenated terms ("a three-week strike") are kept
    if (g.unit && TIME_UNIT.test(g.unit) && !g.rate && !APPROX_WORDS.test(g.approx ?? '') && !SENTENCE_TERM.test(before)) return 'narrative duration';
    if (/^-/.test(after) && !g.term) return 'compound adjective';
    if (!hasUnit && !g.wrange && !PLURAL_NOUN.test(after.trimStart()) && !/^\s+of\s+(?:the|them|us|these|those)\b/.test(after)) return 'no counted noun';
    if (g.unit && /^\s*(?:years?|months?|weeks?|days?)$/i.test(g.unit) && /^\s+of\s/.test(after)) return 'period of something';
  }
  if (g.vague && !/^(?:tens|hundreds) of/i.test(g.vague) && !/^\s+of\b/.test(after) && !/\bthe\s+$/.test(before)) return 'vague';
  if (/^-something|^-odd|^-ish/.test(after)) return 'vague';
  return null;
}

const PHONE = /(?<![\d,.])(?:\+\d{1,3}[ -]?)?(?:\(\d{2,5}\)[ -]?|0\d{1,4}[ -]|\d{3} )\d{3,4}[ -]?\d{3,4}(?![\d,])|\b\d{3}[-.]\d{3}[-.]\d{4}\b|\b\d{3}[-.]\d{4}\b/g;

/** Ranges of a paragraph that hold phone numbers. */
export function phoneSpans(text: string): [number, number][] {
  return [...text.matchAll(PHONE)].map((m) => [m.index, m.index + m[0].length]);
}

/** A paragraph that is not prose (a table row, a counter, a place name with its number): fewer than two lower-case words. */
export function isProse(text: string): boolean {
  let count = 0;
  for (const _ of text.matchAll(/(?<![\p{L}\d])\p{Ll}+(?![\p{L}\d])/gu)) if (++count >= 2) return true;
  return false;
}
