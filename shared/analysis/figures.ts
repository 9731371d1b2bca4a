/**
 * Figure suggestions: money with its currency and scale, percentages and ranges, counts with what they
 * count, rates and reported terms, each with a normalised value and a short phrase of what it measures.
 * Left out: years and dates, clock times, ages in biographies, ordinals, page and section numbers, phone
 * numbers, version numbers and arithmetic.
 */
import type { FigureSuggestion } from '../model/article';

const CURRENCY: Record<string, string> = { '£': 'GBP', $: 'USD', 'US$': 'USD', 'A$': 'AUD', 'C$': 'CAD', 'HK$': 'HKD', '€': 'EUR', '¥': 'JPY', '₹': 'INR', Rs: 'INR', 'Rs.': 'INR' };
const WORD_VALUES: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12, hundred: 100, thousand: 1000,
};
const SCALES: Record<string, number> = { trillion: 1e12, tn: 1e12, trn: 1e12, billion: 1e9, bn: 1e9, million: 1e6, m: 1e6, mn: 1e6, thousand: 1e3, k: 1e3, crore: 1e7, lakh: 1e5 };
const VAGUE: Record<string, number> = {
  'tens of thousands': 1e4, 'hundreds of thousands': 1e5, 'tens of millions': 1e7, 'hundreds of millions': 1e8,
  'tens of billions': 1e10, 'hundreds of billions': 1e11, thousands: 1e3, millions: 1e6, billions: 1e9,
};

const CUR = '(?:US\\$|A\\$|C\\$|HK\\$|[£$€¥₹]|Rs\\.?|(?:USD|EUR|GBP|CHF|JPY|CNY|INR|AUD|CAD|SEK|NOK|DKK)(?=\\s?\\d))';
const NUM = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const WORD = `(?:(?:${TENS})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a dozen|a hundred|a thousand)`;
const SCALE = '(?:\\s?(?:trillion|billion|million|thousand|crore|lakh)\\b|(?:bn|tn|trn|mn|m|k|K)\\b)';
const AMOUNT = `(?:${CUR}\\s?)?(?:${NUM})${SCALE}?`;
const UNITS =
  'per ?cent|percentage points?|basis points?|bps|%|pc|pct|lane[- ]miles|square (?:miles|kilometres|kilometers|metres|meters|feet)|miles|mile|kilometres|kilometers|km|metres|meters|feet|foot|ft|inches|pounds|lbs?|' +
  'tons|tonnes|ton|tonne|kg|kilograms|kilos|grams|megabytes|kilobytes|gigabytes|terabytes|MB|KB|GB|TB|megs|years|year|months|month|weeks|week|' +
  'days|day|hours|hour|minutes|seconds|acres|hectares|litres|liters|gallons|barrels|degrees|points|times|mph|km/h';
const RATE = '(?:(?:-a-|\\s(?:a|an|per|every|each)\\s)(?:day|week|month|year|hour|minute|pound|kilo|kg|head|person|capita|share|barrel|gallon|litre|liter|mile|night|tonne|ton|second))';
const TERM = '(?:-(?:year|month|week|day|hour|minute|mile|strong|point|member|seat|pound|ton|tonne|metre|meter|foot|inch|kilometre|kilometer|acre|percent|per-cent)s?\\b)';
const APPROX =
  '(?:(?:just |well |slightly )?(?:more than|less than|fewer than|at least|at most|up to|as many as|as much as|as few as|nearly|almost|about|around|roughly|approximately|over|under|some|close to|upwards of|an estimated|a record|a total of|in excess of|only)\\s+)';

const FIGURE = new RegExp(
  `(?<approx>${APPROX})?(?<between>between\\s+)?(?:` +
    `(?<amount>${AMOUNT})(?:(?<range>\\s?(?:-|–|to|and)\\s?(?:${AMOUNT}))|(?<ratio>\\s(?:in|out of)\\s(?:\\d+|${WORD})\\b))?` +
    `|(?<word>\\b${WORD}(?:\\s(?:hundred|thousand|million|billion|trillion))?\\b)(?<wrange>\\s(?:to|or|and)\\s${WORD}\\b)?` +
    `|(?<vague>\\b(?:(?:tens|hundreds) of (?:thousands|millions|billions)|thousands|millions|billions)\\b)` +
    `)(?<unit>\\s?(?:${UNITS})(?![\\p{L}])|p(?![\\p{L}\\d]))?(?<term>${TERM})?(?<rate>${RATE})?(?<times>\\stimes\\s(?:a|an|per|every|each)\\s(?:day|week|month|year))?`,
  'giu',
);
const MONEY = new RegExp(`^${CUR}`);
const AMOUNT_PARTS = new RegExp(`^(${CUR})?\\s?(${NUM})\\s?([\\p{L}]+)?`, 'u');
const TENS_UNITS = new RegExp(`^(${TENS})-(\\w+)$`);

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DATE_BEFORE = new RegExp(`\\b${MONTH}\\.?\\s*$`, 'i');
const DATE_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s*(?:of\\s+)?${MONTH}\\b`, 'i');
const REFERENCE_BEFORE = /\b(?:page|pages|p\.|pp\.|section|chapter|article|clause|paragraph|no\.|number|rule|room|flight|route|highway|interstate|version|level|grade|episode|season|verse|line|platform|gate|exit|junction)\s*$/i;
const STOP_WHAT = /^(?:that|which|who|whom|since|in|on|at|by|from|when|where|while|to|as|after|before|during|than|is|are|was|were|has|have|had|will|would|can|could|and|or|but|for|with|into|it|its|this|these|those|he|she|they|we|of|the)$/i;
const PLURAL_NOUN = /^(?:[\p{L}-]+\s+){0,2}?(?:[\p{L}-]*[a-z]s|people|children|men|women|police|staff|personnel|cattle|feet|teeth|mice|geese|sheep|fish|aircraft|crew)\b/u;
const WEEKDAY_OR_MONTH = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\s*,\s*$/i;
const TIME_UNIT = /^\s*(?:years?|months?|weeks?|days?|hours?|minutes?)$/i;

function parseNumber(s: string): number | null {
  const t = s.trim().toLowerCase();
  if (/^\d/.test(t)) return Number(t.replace(/,/g, ''));
  const w = t.replace(/^a /, '');
  if (w in WORD_VALUES) return WORD_VALUES[w];
  const m = w.match(TENS_UNITS);
  if (m) return WORD_VALUES[m[1]] + (WORD_VALUES[m[2]] ?? 0);
  return null;
}

interface Parsed {
  value: number | null;
  unit: string | null;
}

function normalise(g: Record<string, string | undefined>): Parsed {
  let value: number | null = null;
  let unit: string | null = null;
  if (g.amount) {
    const m = g.amount.match(AMOUNT_PARTS);
    if (m) {
      value = Number(m[2].replace(/,/g, ''));
      const scale = m[3]?.toLowerCase();
      if (scale && scale in SCALES) value *= SCALES[scale];
      if (m[1]) unit = CURRENCY[m[1]] ?? m[1].toUpperCase();
    }
  } else if (g.word) {
    const parts = g.word.toLowerCase().split(/\s+/);
    const scale = parts[parts.length - 1];
    if (scale in SCALES && parts.length > 1) value = (parseNumber(parts.slice(0, -1).join(' ')) ?? 1) * SCALES[scale];
    else value = parseNumber(g.word);
  } else if (g.vague) value = VAGUE[g.vague.toLowerCase()] ?? null;
  const u = (g.unit ?? g.term ?? '').trim().replace(/^-/, '').toLowerCase();
  if (u) {
    const named = u === 'p' ? 'pence' : /^(?:per ?cent|%|percent|per-cent|pc|pct)$/.test(u) ? '%' : /^percentage points?$/.test(u) ? 'percentage points' : u;
    unit = unit ? `${unit} ${named}` : named;
  }
  if (g.ratio) unit = `${unit ? `${unit} ` : ''}${g.ratio.trim()}`; // "1 in 5"
  const rate = (g.rate ?? g.times ?? '').trim().replace(/^-a-/, '').replace(/^(?:times\s+)?(?:a|an|per|every|each)\s+/, '');
  if (rate) unit = `${unit ?? (g.times ? 'times' : 'count')}/${rate}`;
  return { value, unit };
}

/** Words that cannot end a phrase saying what a figure measures. */
const TRAILING_FILLER =
  /^(?:is|are|was|were|be|been|being|has|have|had|will|would|can|could|to|at|for|of|by|in|on|from|with|about|around|over|under|than|and|or|but|a|an|the|its|their|his|her|it's|it’s|that|which|who|some|just|only|mere|nearly|almost|roughly|paid|pay|pays|priced|valued|worth|spent|spend|spends|raised|raise|totaled|totalled|reached|rose|fell|grew|hit|cut|saved|save|sell|sells|sold|buy|buys|bought|capped|set|put|[\p{L}]+ly|\d[\d,.]*|jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|august|sept(?:ember)?|october|november|december)$/iu;

/** Words of the sentence around a figure that say what it measures. */
function whatOf(text: string, start: number, end: number): string | null {
  const stop = (w: string): boolean => STOP_WHAT.test(w) || /^(?:them|us|compared|up|down|more|less|\d[\d,.]*)$/i.test(w);
  const ahead = text.slice(end, end + 200);
  const sentenceEnd = ahead.search(/[.;:!?](?:\s|$)|[—()"“”]/);
  let after = (sentenceEnd < 0 ? ahead : ahead.slice(0, sentenceEnd)).replace(/^\s*,.*$/, '');
  after = after.replace(/^\s+(?:of|in|on)\s+/, ' ');
  const words: string[] = [];
  for (const w of after.trim().split(/\s+/)) {
    const clean = w.replace(/[,]+$/, '');
    const linking = words.length > 0 && /^(?:of|for)$/i.test(clean); // "military aid for Ukraine"
    if (!clean || (!linking && stop(clean) && (words.length > 0 || !/^(?:the|a|an|its|their|his|her)$/i.test(clean)))) break;
    words.push(clean);
    if (words.length >= 6 || /,$/.test(w)) break;
  }
  while (words.length && stop(words[words.length - 1])) words.pop();
  if (words.length) return words.join(' ');
  // nothing after it: the end of the clause before it, without its verbs and prepositions
  // ("fresh halibut fillets priced at $16.99" → "fresh halibut fillets")
  const stopAt = text.lastIndexOf('. ', start);
  const from = Math.max(stopAt < 0 ? 0 : stopAt + 2, start - 200);
  const clauses = text.slice(from, start).split(/[,;:—(]\s/);
  for (let c = clauses.length - 1; c >= 0; c--) {
    const before = clauses[c].split(/\s+/).filter(Boolean).map((w) => w.replace(/^["“‘]+|[,"”’]+$/g, ''));
    while (before.length && TRAILING_FILLER.test(before[before.length - 1])) before.pop();
    if (before.length) return before.slice(-6).join(' ');
  }
  return null;
}

const isYear = (s: string): boolean => /^(?:1[0-9]|20)\d\d$/.test(s);

/** Why a match is not a figure an analyst wants, or null when it is one. */
function rejected(text: string, start: number, end: number, g: Record<string, string | undefined>): string | null {
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 30);
  const core = g.amount ?? g.word ?? g.vague ?? '';
  const hasUnit = Boolean(g.unit || g.term || g.rate || g.times);
  const money = Boolean(g.amount && MONEY.test(g.amount));
  const scaled = Boolean(g.amount && /[\p{L}]$/u.test(g.amount.trim()));
  if (/[\p{L}\d_^*=+×/]$/u.test(before) && !/\d$/.test(before.trim()) && !/[’']$/.test(before)) return 'inside a word';
  if (/^[\p{L}\d_^*=×/]/u.test(after) || /^\.\d/.test(after) || /^:\d/.test(after)) return 'inside a word or number';
  if (/\p{L}-$/u.test(before)) return 'part of a name'; // Covid-19, F-35, G-7
  if (/\[$/.test(before) || /^\]/.test(after)) return 'footnote';
  if (start === 0 && /^[.)]\s/.test(after) && !g.unit) return 'list number';
  if (g.range && g.amount && /^\d{1,2}$/.test(g.amount.trim())) {
    const second = Number(g.range.replace(/^\s?(?:-|–|to|and)\s?/, ''));
    if (!g.unit && !g.between && /^\s?[-–]/.test(g.range) && second < Number(g.amount)) return 'score';
  }
  if (/^[’']s\b/.test(after)) return 'part of a name'; // Radio 4's
  // "Channel 4", "Boeing 737", "Windows 10": a bare number right after a capitalised word, counting nothing
  if (g.amount && !money && !scaled && !hasUnit && !g.approx && !g.range && /\p{Lu}[\p{L}]*\s$/u.test(before) && !PLURAL_NOUN.test(after.trimStart())) return 'part of a name';
  if (/\bNo\.?\s*$/.test(before)) return 'reference number';
  if (/[’'#]$/.test(before) || /\d\s*[/:]\s*$/.test(before) || /^\s*[/]\s*\d/.test(after)) return 'date, score or code';
  if (/0x$/i.test(before) || /\^\d*\s*-?\s*$/.test(before) || /^\s*[*=^+×]/.test(after) || /[*^+×]\s*$/.test(before)) return 'arithmetic';
  if (/\d+\.\d+\.\d+/.test(text.slice(start, end + 4)) || /\d\.$/.test(before)) return 'version number';
  if (/^(?:\s?(?:a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b|GMT|BST|UTC|EST|PST|PT\b|ET\b))/i.test(after) || /^\s?(?:o’clock|o'clock)/.test(after)) return 'clock time';
  if (g.amount && !money && !scaled && !hasUnit && isYear(g.amount.trim()) && !g.range) return 'year';
  if (g.range && isYear(g.amount?.trim() ?? '') ) return 'years';
  if (/^s\b/.test(after) || /^(?:st|nd|rd|th)\b/i.test(after)) return 'decade or ordinal';
  if (DATE_BEFORE.test(before) || DATE_AFTER.test(after)) return 'date';
  if (REFERENCE_BEFORE.test(before)) return 'reference number';
  if (g.amount && /^\s+of\s+\d+(?![\d,]*\s+[\p{L}])/u.test(after)) return 'counter'; // "1 of 12" under a photo
  if (g.amount && /\b\d+\s+of\s+$/.test(before) && !/^\s+[\p{L}]/u.test(after)) return 'counter';
  if (/^\s*min(?:ute)?s? read\b/i.test(after)) return 'page furniture';
  if (/^\s*(?:-|\s)?years?[- ]old\b/i.test(after) || /^-year-old/i.test(after) || (/^\s*years? old\b/i.test(after) && !/\./.test(core)) || /\b(?:aged|age|ages)\s*$/i.test(before)) return 'age';
  if (g.unit && /^\s*years?$/i.test(g.unit) && /^\s+old\b/.test(after) && !/\./.test(core)) return 'age';
  if (/^\s*(?:months|years) of age\b/i.test(text.slice(start + (g.approx?.length ?? 0) + core.length, end + 15))) return 'age';
  const afterName = /\p{Lu}[\p{L}’'-]*,\s*$/u.test(before) && !WEEKDAY_OR_MONTH.test(before);
  if (afterName && ((!hasUnit && /^\s*,/.test(after)) || (g.unit && /years?/i.test(g.unit)))) return 'age in a biography';
  if (/^-old\b/.test(after)) return 'age';
  // "The singer, 29, grew up…": a small bare number between commas after a noun
  if (!hasUnit && !g.approx && !money && g.amount && /^\d{1,3}$/.test(g.amount.trim()) && Number(g.amount) < 120 && /\p{L},\s*$/u.test(before) && /^\s*,/.test(after)) return 'age';
  if (/^\s*ago\b/i.test(after) || /^\s+(?:earlier|later)\b/i.test(after)) return 'relative time';
  if (/\b(?:the|this|these|those|both|all|its|their|his|her|our|my|your)\s+$/i.test(before) && (g.word || /\b(?:past|next|last|first|previous|coming|following)\s+$/i.test(before))) return 'determiner';
  if (/\b(?:the\s+)?(?:past|next|last|first|previous|coming|following|recent)\s+$/i.test(before)) return 'relative period';
  if (g.word) {
    if (/^\p{Lu}/u.test(g.word)) return 'capitalised number word';
    const w = g.word.toLowerCase();
    if ((w === 'one' || w === 'a dozen' || w === 'a hundred' || w === 'a thousand') && !g.term && !/\s(?:hundred|thousand|million|billion|trillion)$/.test(w)) return 'one';
    // spelled-out durations are narrative ("for two years running"); hyphenated terms ("a three-week strike") are kept
    if (g.unit && TIME_UNIT.test(g.unit) && !g.rate && !/\b(?:nearly|almost|about|around|roughly|more than|less than|at least|up to|some|approximately)\s+$/i.test(g.approx ?? '')) return 'narrative duration';
    if (/^-/.test(after) && !g.term) return 'compound adjective';
    if (!hasUnit && !g.wrange && !PLURAL_NOUN.test(after.trimStart()) && !/^\s+of\s+(?:the|them|us|these|those)\b/.test(after)) return 'no counted noun';
    if (g.unit && /^\s*(?:years?|months?|weeks?|days?)$/i.test(g.unit) && /^\s+of\s/.test(after)) return 'period of something';
  }
  if (g.vague && !/^(?:tens|hundreds) of/i.test(g.vague) && !/^\s+of\b/.test(after) && !/\bthe\s+$/.test(before)) return 'vague';
  if (/^-something|^-odd|^-ish/.test(after)) return 'vague';
  return null;
}

const PHONE = /(?<![\d,.])(?:\+\d{1,3}[ -]?)?(?:\(\d{2,5}\)[ -]?|0\d{1,4}[ -])\d{3,4}[ -]?\d{3,4}(?![\d,])|\b\d{3}[-.]\d{3}[-.]\d{4}\b/g;

/** Ranges of a paragraph that hold phone numbers. */
function phoneSpans(text: string): [number, number][] {
  return [...text.matchAll(PHONE)].map((m) => [m.index, m.index + m[0].length]);
}

export function suggestFigures(paragraphs: string[]): FigureSuggestion[] {
  const out: FigureSuggestion[] = [];
  paragraphs.forEach((text, paragraph) => {
    const phones = /\d[ -]?\d{3}/.test(text) ? phoneSpans(text) : [];
    FIGURE.lastIndex = 0;
    for (let m = FIGURE.exec(text); m; m = FIGURE.exec(text)) {
      const g = (m.groups ?? {}) as Record<string, string | undefined>;
      if (!g.amount && !g.word && !g.vague) continue;
      let start = m.index;
      let end = m.index + m[0].length;
      if (phones.some(([a, b]) => start < b && end > a)) continue;
      if (rejected(text, start, end, g)) continue;
      while (end > start && /\s/.test(text[end - 1])) end--;
      while (start < end && /\s/.test(text[start])) start++;
      // a number standing alone (a counter, a page furniture line) says nothing an analyst can use
      if (text.length < end - start + 12 && !/\p{L}/u.test(text.slice(0, start) + text.slice(end))) continue;
      const what = whatOf(text, start, end);
      const { value, unit } = normalise(g);
      const money = Boolean(g.amount && MONEY.test(g.amount));
      const percent = unit?.includes('%') ?? false;
      const confidence = money || percent ? 0.9 : g.unit || g.term || g.rate ? 0.8 : g.amount ? 0.7 : g.word ? 0.6 : 0.5;
      out.push({ text: text.slice(start, end), value, unit, what, confidence, paragraph, start, end });
    }
  });
  return out;
}
