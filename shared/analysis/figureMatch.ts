/**
 * The shape of a figure in text: money with its currency and scale, percentages and ranges, counts in
 * digits or words, fractions, rates and reported terms, and the value and unit each one stands for.
 * Numbers are read in the article's own style: "1,234.5" in English, "1.234,5" in French or German.
 */

const CURRENCY: Record<string, string> = { '£': 'GBP', $: 'USD', 'US$': 'USD', 'A$': 'AUD', 'C$': 'CAD', 'HK$': 'HKD', '€': 'EUR', '¥': 'JPY', '₹': 'INR', Rs: 'INR', 'Rs.': 'INR' };
const WORD_VALUES: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12, hundred: 100, thousand: 1000, million: 1e6, billion: 1e9,
};
const SCALES: Record<string, number> = { trillion: 1e12, tn: 1e12, trn: 1e12, billion: 1e9, bn: 1e9, million: 1e6, m: 1e6, mn: 1e6, thousand: 1e3, k: 1e3, crore: 1e7, lakh: 1e5, dozen: 12, hundred: 100 };
const VAGUE: Record<string, number> = {
  'tens of thousands': 1e4, 'hundreds of thousands': 1e5, 'tens of millions': 1e7, 'hundreds of millions': 1e8,
  'tens of billions': 1e10, 'hundreds of billions': 1e11, dozens: 12, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9,
};
const FRACTIONS: Record<string, number> = { half: 0.5, third: 1 / 3, thirds: 2 / 3, quarter: 0.25, quarters: 0.75, fifth: 0.2, tenth: 0.1 };

export const CUR = '(?:US\\$|A\\$|C\\$|HK\\$|[£$€¥₹]|Rs\\.?|(?:USD|EUR|GBP|CHF|JPY|CNY|INR|AUD|CAD|SEK|NOK|DKK)(?=\\s?\\d))';
/** Digits in English style, with Indian grouping ("28,25,140") too. */
const NUM_DOT = '\\d{1,2}(?:,\\d{2})+,\\d{3}(?![\\d,])(?:\\.\\d+)?|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
/** Digits in the continental style: "1.234,5", "100 000" with a non-breaking space, "1,4". */
const NUM_COMMA = '\\d{1,3}(?:[.\\u00a0\\u202f]\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const WORD = `(?:(?:${TENS})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a dozen|a hundred|a thousand|a million|a billion)`;
const SCALE = '(?:\\s?(?:trillion|billion|million|thousand|crore|lakh)\\b|(?:bn|tn|trn|mn|m|k|K)\\b)';
const UNITS =
  'per ?cent|percentage points?|basis points?|bps|%|pc|pct|lane[- ]miles|square (?:miles|kilometres|kilometers|metres|meters|feet)|miles|mile|kilometres|kilometers|km|metres|meters|feet|foot|ft|inches|pounds|lbs?|' +
  'tons|tonnes|ton|tonne|kg|kilograms|kilos|grams|megabytes|kilobytes|gigabytes|terabytes|MB|KB|GB|TB|megs|years|year|months|month|weeks|week|' +
  'days|day|hours|hour|minutes|seconds|acres|hectares|litres|liters|gallons|barrels|degrees|points|times|mph|km/h|gigawatts|megawatts|GW|MW';
const RATE = '(?:(?:-a-|\\s(?:a|an|per|every|each)\\s)(?:day|week|month|year|hour|minute|pound|kilo|kg|head|person|capita|share|barrel|gallon|litre|liter|mile|night|tonne|ton|second|short ton))';
const TERM = '(?:-(?:year|month|week|day|hour|minute|mile|strong|point|member|seat|pound|ton|tonne|metre|meter|foot|inch|kilometre|kilometer|acre|percent|per-cent)s?\\b)';
export const APPROX =
  '(?:(?:just |well |slightly )?(?:more than|less than|fewer than|at least|at most|up to|as many as|as much as|as few as|nearly|almost|about|around|roughly|approximately|over|under|some|close to|upwards of|an estimated|a record|a total of|in excess of|only)\\s+)';
const FRACTION = '(?:half|a third|a quarter|a fifth|a tenth|(?:one|two)[- ]thirds?|(?:one|three)[- ]quarters?|one[- ](?:fifth|tenth))';

export type Groups = Record<string, string | undefined>;

export interface NumberStyle {
  /** The figure pattern: run with exec in a loop (global, sticky to nothing). */
  figure: RegExp;
  amountParts: RegExp;
  toNumber: (digits: string) => number;
}

function style(num: string, toNumber: (digits: string) => number): NumberStyle {
  const amount = `(?:${CUR}\\s?)?(?:${num})${SCALE}?`;
  const figure = new RegExp(
    `(?<approx>${APPROX})?(?<between>between\\s+)?(?:` +
      `(?<amount>${amount})(?:(?<range>(?:\\s?(?:%|per ?cent|percent))?\\s?(?:-|–|to|and)\\s?(?:${amount}))|(?<ratio>\\s(?:in|out of)\\s(?:\\d+|${WORD})\\b(?![,.]\\d)))?` +
      `|(?<fraction>\\b${FRACTION}\\b)` +
      `|(?<word>\\b${WORD}(?:\\s(?:dozen|hundred|thousand|million|billion|trillion))?\\b)(?<wrange>\\s(?:to|or|and)\\s${WORD}\\b)?` +
      `|(?<vague>\\b(?:(?:tens|hundreds) of (?:thousands|millions|billions)|dozens|hundreds|thousands|millions|billions)\\b)` +
      `)(?<unit>\\s?(?:${UNITS})(?![\\p{L}])|p(?![\\p{L}\\d]))?(?<term>${TERM})?(?<rate>${RATE})?(?<times>\\stimes\\s(?:a|an|per|every|each)\\s(?:day|week|month|year))?`,
    'giu',
  );
  return { figure, amountParts: new RegExp(`^(${CUR})?\\s?(${num})\\s?([\\p{L}]+)?`, 'u'), toNumber };
}

const DOT_STYLE = style(NUM_DOT, (d) => Number(d.replace(/,/g, '')));
const COMMA_STYLE = style(NUM_COMMA, (d) => Number(d.replace(/[.\u00a0\u202f]/g, '').replace(',', '.')));

/** Languages that write a decimal comma (ISO 639-1). */
const DECIMAL_COMMA = /^(?:fr|de|es|it|pt|nl|sv|da|no|nb|nn|fi|pl|cs|sk|sl|hr|sr|bs|ro|hu|ru|uk|be|bg|tr|el|et|lv|lt|id|ca|gl|eu|is|af)\b/i;

export function numberStyle(language: string | null | undefined): NumberStyle {
  return language && DECIMAL_COMMA.test(language) ? COMMA_STYLE : DOT_STYLE;
}

export const MONEY = new RegExp(`^${CUR}`);
const TENS_UNITS = new RegExp(`^(${TENS})-(\\w+)$`);

function parseWord(s: string): number | null {
  const w = s.trim().toLowerCase().replace(/^a /, '');
  if (w in WORD_VALUES) return WORD_VALUES[w];
  const m = w.match(TENS_UNITS);
  if (m) return WORD_VALUES[m[1]] + (WORD_VALUES[m[2]] ?? 0);
  return null;
}

export interface Parsed {
  value: number | null;
  unit: string | null;
}

/** The value and unit of a matched figure: "£3.1bn" → 3.1e9 GBP; "12 per cent" → 12 %; "$5 a day" → 5 USD/day. */
export function normalise(g: Groups, numbers: NumberStyle): Parsed {
  let value: number | null = null;
  let unit: string | null = null;
  if (g.amount) {
    const m = g.amount.match(numbers.amountParts);
    if (m) {
      value = numbers.toNumber(m[2]);
      const scale = m[3]?.toLowerCase();
      if (scale && scale in SCALES) value *= SCALES[scale];
      if (m[1]) unit = CURRENCY[m[1]] ?? m[1].toUpperCase();
    }
  } else if (g.word) {
    const parts = g.word.toLowerCase().split(/\s+/);
    const scale = parts[parts.length - 1];
    if (scale in SCALES && parts.length > 1 && parts.join(' ') !== 'a dozen') value = (parseWord(parts.slice(0, -1).join(' ')) ?? 1) * SCALES[scale];
    else value = parseWord(g.word);
  } else if (g.vague) value = VAGUE[g.vague.toLowerCase()] ?? null;
  else if (g.fraction) {
    const parts = g.fraction.toLowerCase().split(/[- ]/);
    value = (parts[1] === 'thirds' || parts[1] === 'quarters' ? 1 : (parseWord(parts[0]) ?? 1)) * (FRACTIONS[parts[parts.length - 1]] ?? 0);
    unit = 'share';
  }
  const u = (g.unit ?? g.term ?? '').trim().replace(/^-/, '').toLowerCase();
  if (u) {
    const named = u === 'p' ? 'pence' : /^(?:per ?cent|%|percent|per-cent|pc|pct)$/.test(u) ? '%' : /^percentage points?$/.test(u) ? 'percentage points' : u;
    unit = unit ? `${unit} ${named}` : named;
  }
  if (g.ratio) unit = `${unit ? `${unit} ` : ''}${g.ratio.trim()}`; // "1 in 5"
  const rate = (g.rate ?? g.times ?? '').trim().replace(/^-a-/, '').replace(/^(?:times\s+)?(?:a|an|per|every|each)\s+/, '');
  if (rate) unit = `${unit ?? (g.times ? 'times' : 'count')}/${rate}`;
  if (g.range && !unit && /%|per ?cent|percent/.test(g.range)) unit = '%';
  return { value, unit };
}
