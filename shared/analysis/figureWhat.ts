/**
 * What a figure measures, as a noun phrase of its own sentence, with how sure the analysis is:
 * - the noun the figure counts ("14 people", "39 stolen debit card numbers") — sure;
 * - the phrase after "of" or, for money, "in"/"for" ("40 percent of the country's coal", "$6,490 in cash");
 * - else the subject of the verb that governs the figure ("the national average was 33 percent");
 * - a pronoun subject ("That's down by 6.6 per cent") takes the phrase of the figure before it — unsure.
 * Never a pronoun, a verb or a lone function word: null when no noun phrase fits.
 */
import type { Tagged, Token } from './nlp';

export interface What {
  what: string | null;
  confidence: number;
}

const NOMINAL = new Set(['NOUN', 'PROPN']);
const POSSESSIVE = /^(?:its|their|his|her|our|my|your)$/i;
const RELATIVE = /^(?:which|who|that)$/i;
const TIME_WORD =
  /^(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|today|yesterday|tomorrow|morning|evening|night|week|weekend|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|spring|summer|autumn|fall|winter|quarter|ago|a\.m|p\.m)$/i;
/** Words of a predicate standing between a subject and its figure ("was down by", "trades at about", "stood to lose"). */
const PREDICATE = new Set(['ADP', 'ADV', 'AUX', 'VERB', 'PART', 'SCONJ', 'ADJ']);
const MAX_WORDS = 8;
/** Units of measure (a counted noun that is one says how, not what, the figure measures). */
const UNIT =
  /(?:^|\s)(?:(?:square|cubic|metric|short|long|gross|net)\s+)?(?:(?:kilo|centi|milli|mega|giga|tera)?(?:metres?|meters?|litres?|liters?|grams?|watts?|watt-hours?|tonnes?)|tons?|miles?|feet|foot|inches|yards?|acres?|hectares?|gallons?|barrels?|pounds?|ounces?|kg|km|cm|mm|mph|degrees?|TEUs?|(?:twenty-foot )?equivalent units|bytes|megabytes|gigabytes|kWh|MWh|GWh|MW|GW|decibels?|calories|knots)$/i;
/** Verbs of change a tagger may take for nouns ("admissions fell by 27 per cent"). */
const CHANGE_VERB = /^(?:rose|rise|rises|fell|fall|falls|grew|grow|grows|jumped|dropped|climbed|slid|soared|plunged|surged|slumped|increased|decreased|declined|doubled|tripled|halved|edged|gained|lost)$/i;
const PERCENT_WORD = /^(?:cent|percent|%)$/i;
/** Nouns that name a quantity: "the number of …", "the cost of …". */
const MEASURE = /^(?:number|numbers|total|share|amount|cost|costs|price|prices|rate|value|percentage|proportion|level|figure|count|toll|sum|size|budget|bill)$/i;

const isPossessiveMark = (t: Token) => t.pos === 'PART' && /^['’]s?$/.test(t.text);
const isParticiple = (t: Token) => t.pos === 'VERB' && /(?:ed|en|ing)$/i.test(t.text);
const isTimeOnly = (tokens: Token[], from: number, to: number) => tokens.slice(from, to + 1).every((t) => !NOMINAL.has(t.pos) || TIME_WORD.test(t.text));

/** The noun phrase starting at `i` (after determiners), as [first, last] token, or null. */
function phraseFrom(tokens: Token[], i: number, last: number): [number, number] | null {
  let j = i;
  while (j <= last && (tokens[j].pos === 'DET' || POSSESSIVE.test(tokens[j].text) || /^["“‘']$/.test(tokens[j].text))) j++;
  const from = j;
  let head = -1;
  for (; j <= last; j++) {
    const t = tokens[j];
    const next = j < last ? tokens[j + 1] : null;
    if (NOMINAL.has(t.pos)) {
      if (head >= 0 && TIME_WORD.test(t.text) && next?.text !== '-') break; // "hikes next year"
      head = j;
    } else if (t.pos === 'ADJ' || t.text === '-' || (isPossessiveMark(t) && head >= 0) || next?.text === '-') continue;
    else if ((isParticiple(t) || t.pos === 'ADV' || (t.pos === 'VERB' && j === from)) && next && (NOMINAL.has(next.pos) || next.pos === 'ADJ')) continue; // "selling price", "pay rise"
    else break;
  }
  if (head < from || isTimeOnly(tokens, from, head)) return null;
  return [from, head];
}

/** A short attachment after a noun phrase: "of the new bridge", "displaced by the floods". */
function attachment(tokens: Token[], head: number, last: number): number {
  const next = tokens[head + 1];
  if (!next || head + 1 > last) return head;
  if (next.pos === 'ADP' && /^(?:of|for)$/i.test(next.text)) return phraseFrom(tokens, head + 2, last)?.[1] ?? head;
  if (isParticiple(next) && tokens[head + 2]?.pos === 'ADP' && head + 2 <= last) {
    const np = phraseFrom(tokens, head + 3, last);
    if (np) return np[1];
  }
  return head;
}

/** The noun phrase ending at `end`, reaching back over "of"/"for"/"in"/"on" links ("price of a home listed on the MLS"). */
function phraseEndingAt(tokens: Token[], end: number, first: number, links = 2): [number, number] | null {
  let j = end;
  const inPhrase = (t: Token, k: number) =>
    ((NOMINAL.has(t.pos) && !PERCENT_WORD.test(t.text)) || t.pos === 'ADJ' || isPossessiveMark(t) || t.text === '-' || (isParticiple(t) && k < end) || tokens[k + 1]?.text === '-') && k >= first;
  while (j >= first && inPhrase(tokens[j], j)) j--;
  let from = j + 1;
  if (from > end || !NOMINAL.has(tokens[end].pos)) return null;
  while (from < end && !NOMINAL.has(tokens[from].pos) && tokens[from].pos !== 'ADJ' && !isParticiple(tokens[from])) from++;
  let k = j;
  if (k >= first && tokens[k].pos === 'DET') k--;
  // the head is the phrase before the link: "price of a home", "sales for September", "a home listed on the MLS"
  if (links > 0 && k > first && tokens[k].pos === 'ADP' && /^(?:of|for|in|on)$/i.test(tokens[k].text)) {
    let h = k - 1;
    if (isParticiple(tokens[h]) && h > first) h--;
    if (h >= first && NOMINAL.has(tokens[h].pos)) {
      const head = phraseEndingAt(tokens, h, first, links - 1);
      if (head) return [head[0], end];
    }
  }
  return [from, end];
}

/** At most MAX_WORDS tokens from the start of a phrase, ending on a noun. */
function capped(tokens: Token[], [from, to]: [number, number]): [number, number] {
  let end = Math.min(to, from + MAX_WORDS - 1);
  while (end > from && !NOMINAL.has(tokens[end].pos)) end--;
  return [from, end];
}

const words = (text: string, tokens: Token[], [from, to]: [number, number]): string => text.slice(tokens[from].start, tokens[to].end);

export interface FigureContext {
  /** The paragraph, tagged. */
  tagged: Tagged;
  text: string;
  /** The `what` of the figure before this one in the paragraph, and its sentence. */
  previous: { what: string; sentence: number } | null;
}

/** After the figure: the noun it counts, or the phrase after "of" (and, for money, after "in", "for", "on"). */
function counted(ctx: FigureContext, lastTok: number, last: number, money: boolean): What | null {
  const { tokens } = ctx.tagged;
  let i = lastTok + 1;
  let confidence = 0.9;
  if (i < last && /^worth$/i.test(tokens[i].text) && /^of$/i.test(tokens[i + 1].text)) i++; // "$10 worth of levels"
  if (i <= last && tokens[i].pos === 'ADP' && (/^of$/i.test(tokens[i].text) || (money && /^(?:in|for|on)$/i.test(tokens[i].text)))) {
    i++;
    confidence = 0.8;
  }
  // "Rs 2,400 crore this year for crop insurance claims": a time phrase between money and what it is for
  if (money && i === lastTok + 1) {
    let k = i;
    while (k <= last && (tokens[k].pos === 'DET' || (tokens[k].pos === 'ADJ' && /^(?:last|next|this|same)$/i.test(tokens[k].text)) || TIME_WORD.test(tokens[k].text))) k++;
    if (k > i && k < last && tokens[k].pos === 'ADP' && /^(?:for|on|in)$/i.test(tokens[k].text)) {
      i = k + 1;
      confidence = 0.7;
    }
  }
  let np = i <= last ? phraseFrom(tokens, i, last) : null;
  // "7,800 hectares of forest", "41.9 million twenty-foot equivalent units": a unit of measure is not what is measured
  if (np && UNIT.test(words(ctx.text, tokens, np))) {
    const of = np[1] + 1 <= last && /^of$/i.test(tokens[np[1] + 1].text) ? phraseFrom(tokens, np[1] + 2, last) : null;
    if (!of) return null;
    np = of;
    confidence = 0.8;
  }
  // "$5 in Singapore" names a place, not what the money is
  if (!np || (money && i > lastTok + 1 && !/^of$/i.test(tokens[i - 1].text) && !tokens.slice(np[0], np[1] + 1).some((t) => t.pos === 'NOUN'))) return null;
  const to = attachment(tokens, np[1], last);
  return { what: words(ctx.text, tokens, to - np[0] < MAX_WORDS ? [np[0], to] : np), confidence };
}

/** Money moved from, to or off something: "stole £1.7m from the pension fund", "wiping $2bn off its value". */
function moneyTarget(ctx: FigureContext, lastTok: number, last: number): What | null {
  const { tokens } = ctx.tagged;
  const i = lastTok + 1;
  if (i >= last || tokens[i].pos !== 'ADP' || !/^(?:from|to|off|into|towards?)$/i.test(tokens[i].text)) return null;
  const np = phraseFrom(tokens, i + 1, last);
  if (!np || !tokens.slice(np[0], np[1] + 1).some((t) => t.pos === 'NOUN')) return null;
  const to = attachment(tokens, np[1], last);
  return { what: words(ctx.text, tokens, capped(tokens, [np[0], to])), confidence: 0.6 };
}

/** The token index where a phrase before the figure ends, skipping its predicate ("was down by", "first estimated at"), or -1; and whether a comma stopped the walk. */
function predicateStart(tokens: Token[], firstTok: number, first: number): { at: number; comma: boolean } {
  let j = firstTok - 1;
  while (j >= first) {
    const t = tokens[j];
    if ((PREDICATE.has(t.pos) && !RELATIVE.test(t.text)) || CHANGE_VERB.test(t.text)) j--;
    else if (t.pos === 'NUM' && /^(?:1[89]|20)\d\d$/.test(t.text)) j--;
    else if (NOMINAL.has(t.pos) && TIME_WORD.test(t.text)) j--;
    else if (t.text === ')') {
      // "gross domestic product (GDP) grew by": the phrase before the brackets
      const open = tokens.slice(first, j).map((x) => x.text).lastIndexOf('(');
      if (open < 0) break;
      return { at: first + open - 1, comma: false };
    } else return { at: j, comma: t.text === ',' };
  }
  return { at: j, comma: false };
}

/** Before the figure: the subject of the verb that governs it, or the phrase a clause after a comma describes. */
function subject(ctx: FigureContext, firstTok: number, first: number): What | null {
  const { tokens } = ctx.tagged;
  const sentence = tokens[firstTok].sentence;
  const { at, comma } = predicateStart(tokens, firstTok, first);
  if (at < first) return null;
  if (comma) {
    // "…peaked at 447.6 million tons, declining to 375.8 million": the figure before in the sentence
    if (ctx.previous?.sentence === sentence) return { what: ctx.previous.what, confidence: 0.5 };
    // "The contract, worth up to £4.3m": the phrase before the comma
    const left = at - 1 >= first && NOMINAL.has(tokens[at - 1].pos) ? phraseEndingAt(tokens, at - 1, first) : null;
    return left ? { what: words(ctx.text, tokens, capped(tokens, left)), confidence: 0.5 } : null;
  }
  const t = tokens[at];
  if (NOMINAL.has(t.pos)) {
    const left = phraseEndingAt(tokens, at, first);
    if (left) return { what: words(ctx.text, tokens, capped(tokens, left)), confidence: 0.6 };
  }
  if (RELATIVE.test(t.text)) {
    let k = at - 1;
    if (k >= first && tokens[k].text === ',') k--;
    const left = k >= first && NOMINAL.has(tokens[k].pos) ? phraseEndingAt(tokens, k, first) : null;
    if (left) return { what: words(ctx.text, tokens, capped(tokens, left)), confidence: 0.6 };
  }
  return null;
}

/** "the number of Americans killed by terrorism, it's less than 100": a measure named earlier in the sentence. */
function namedMeasure(ctx: FigureContext, firstTok: number, first: number): What | null {
  const { tokens } = ctx.tagged;
  for (let k = firstTok - 1; k >= first; k--) {
    if (NOMINAL.has(tokens[k].pos) && MEASURE.test(tokens[k].text) && tokens[k + 1]?.text.toLowerCase() === 'of') {
      const np = phraseFrom(tokens, k + 2, firstTok - 1);
      if (np) return { what: words(ctx.text, tokens, [k, np[1]]), confidence: 0.5 };
    }
  }
  return null;
}

/** What the figure at [start, end) of the paragraph measures. */
export function whatOf(ctx: FigureContext, start: number, end: number, money: boolean): What {
  const { tokens, sentences } = ctx.tagged;
  const firstTok = tokens.findIndex((t) => t.end > start);
  if (firstTok < 0) return { what: null, confidence: 0 };
  let lastTok = firstTok;
  while (lastTok + 1 < tokens.length && tokens[lastTok + 1].start < end) lastTok++;
  const [first, last] = sentences[tokens[firstTok].sentence] ?? [0, tokens.length - 1];
  return (
    counted(ctx, lastTok, last, money) ??
    (money ? moneyTarget(ctx, lastTok, last) : null) ??
    subject(ctx, firstTok, first) ??
    namedMeasure(ctx, firstTok, first) ??
    (ctx.previous ? { what: ctx.previous.what, confidence: 0.3 } : { what: null, confidence: 0 })
  );
}
