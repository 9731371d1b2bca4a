/**
 * Step 1 of naming a speaker: the candidate names in a paragraph. A candidate is a run of capitalised words
 * (particles such as "de" or "bin" allowed inside), with the words that are not part of the name taken off:
 * a title before it ("Mr", "Prime Minister", "Fed Chair"), words of grammar ("But", "The"), the common word
 * that opens a sentence ("Meanwhile Smith said"), months and days, credentials after it.
 */
import { firstNameGender, isCalendarWord, isCommonWord, isFunctionWord, isOrgNoun, isRoleNoun } from './lexicon';
import { isTitlePrefix, isTitleWord } from './titles';

export interface NameMention {
  /** Offsets of the name itself (title excluded) in the paragraph. */
  start: number;
  end: number;
  /** Offset where the mention starts, title included. */
  from: number;
  name: string;
  tokens: string[];
  title: string | null;
  possessive: boolean;
  /** The only word of the mention is the first word of a sentence: weak evidence of a name. */
  sentenceInitial: boolean;
}

const PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'del', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'dos', 'das', 'ter', 'ten']);
const CREDENTIALS = /^(?:Ph\.?D|MD|MA|MSc|BSc|BA|MBA|PhD|OBE|MBE|CBE|KC|QC|Jr|Sr|III|II)\.?$/;
const TOKEN = /[\p{L}\p{N}\u00ad]+(?:[.'’\-][\p{L}\p{N}\u00ad]+)*\.?/gu;
const INITIAL = /^\p{Lu}\.$/u;
const INITIALS = /^(?:\p{Lu}\.)+\p{Lu}?\.?$/u;

export const clean = (s: string): string => s.replace(/\u00ad/g, '');
const bare = (w: string): string => clean(w).replace(/\.$/, '');
const isCap = (w: string): boolean => /^\p{Lu}/u.test(w) || /^(?:al|el|bin)-\p{Lu}/u.test(w);

interface Tok {
  w: string;
  start: number;
  end: number;
}

function tokens(text: string): Tok[] {
  const out: Tok[] = [];
  for (const m of text.matchAll(TOKEN)) out.push({ w: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

function sentenceStarts(text: string, starts: number[]): Set<number> {
  const set = new Set<number>();
  for (const s of starts) {
    let i = s;
    while (i < text.length && /[\s"“‘'(\[]/.test(text[i])) i++;
    set.add(i);
  }
  return set;
}

/** Runs of capitalised words joined by single spaces. */
function capitalisedRuns(text: string, toks: Tok[]): Tok[][] {
  // "the Chamber of Minerals and Energy": after "the", a capitalised run is a name of a body and may hold "of" and "and"
  const afterThe = (t: Tok): boolean => /\bthe\s+$/i.test(text.slice(Math.max(0, t.start - 5), t.start)) || /^the$/i.test(t.w);
  const runs: Tok[][] = [];
  let i = 0;
  while (i < toks.length) {
    if (!isCap(toks[i].w)) {
      i++;
      continue;
    }
    const run: Tok[] = [toks[i]];
    let j = i + 1;
    while (j < toks.length) {
      const gap = text.slice(run[run.length - 1].end, toks[j].start);
      const prevWord = run[run.length - 1].w;
      if (!/^ ?$/.test(gap) && gap !== '- ') break;
      if (/[’']s$/.test(prevWord)) break;
      // a full stop ends the run unless it ends an initial ("Dana F. Smith", "U.S.") or a title ("Gen.")
      if (/\.$/.test(prevWord) && !INITIAL.test(prevWord) && !INITIALS.test(prevWord) && !isTitleWord(bare(prevWord))) break;
      const w = toks[j].w;
      const nextCap = j + 1 < toks.length && isCap(toks[j + 1].w) && text.slice(toks[j].end, toks[j + 1].start) === ' ';
      if (isCap(w)) run.push(toks[j]);
      else if (/^(?:of|for|on)$/.test(w) && (isOrgNoun(bare(prevWord)) || (w === 'of' && (isCommonWord(bare(prevWord)) || afterThe(run[0])))) && nextCap) run.push(toks[j]); // "Ministry of Defence", "the Chamber of Commerce"
      else if (/^(?:and|&)$/.test(w) && run.some((t) => t.w === 'of') && nextCap) run.push(toks[j]); // "Chamber of Minerals and Energy"
      else if (PARTICLES.has(w.toLowerCase()) && nextCap) run.push(toks[j]);
      else break;
      j++;
    }
    runs.push(run);
    i = j;
  }
  return runs;
}

/** Name mentions in a (masked) paragraph. `sentenceStartOffsets` are where its sentences begin. */
export function findNameMentions(text: string, sentenceStartOffsets: number[]): NameMention[] {
  const starts = sentenceStarts(text, sentenceStartOffsets);
  const out: NameMention[] = [];
  for (const run of capitalisedRuns(text, tokens(text))) {
    // months and days break a run ("May" is also a surname)
    const parts: Tok[][] = [[]];
    for (const t of run) {
      if (isCalendarWord(bare(t.w)) && !/^may$/i.test(bare(t.w)) && (bare(t.w).length > 3 || /\.$/.test(t.w))) parts.push([]);
      else parts[parts.length - 1].push(t);
    }
    for (const part of parts) {
      const m = mentionOf(part, starts.has(part[0]?.start ?? -1), text);
      if (m) out.push(m);
    }
  }
  return out;
}

/** Index of the first word of the name in a run, after grammar words and the common word that opens a sentence. */
function nameStart(part: Tok[], initial: boolean): number {
  let k = 0;
  // words of grammar ("But", "The", "In"), and the common word that opens a sentence ("Meanwhile", "Asked")
  while (k < part.length && !isTitleWord(bare(part[k].w)) && !(PARTICLES.has(bare(part[k].w).toLowerCase()) && k < part.length - 1) && (isFunctionWord(bare(part[k].w)) || (initial && k === 0 && part.length > 1 && isCommonWord(bare(part[k].w)) && !isCommonWord(bare(part[k + 1].w))))) k++;
  // a capitalised description before a name of two words or more ("Harbourmaster Rhys Trevithick", "Housing Declan Ó Murchú")
  const w = (n: number): string => bare(part[n].w);
  if (part.length - k >= 3 && !isTitleWord(w(k)) && !firstNameGender(w(k)) && describes(w(k)) && !isCommonWord(w(k + 1)) && !part.some((t) => isOrgNoun(bare(t.w)))) k++;
  return k;
}

/** A word that describes a person: a common word, an agent noun ("-master", "-er", "-ist") or an abbreviation ("VP"). */
const describes = (w: string): boolean => isCommonWord(w) || /\p{Ll}(?:er|or|ist|ian|man|woman|ant|ent)$/u.test(w) || /^\p{Lu}{2,4}$/u.test(w);

const titleOrRole = (w: string): boolean => isTitleWord(w) || (isRoleNoun(w) && !firstNameGender(w));

/**
 * The title block before the name: the last title or role word that still has a name after it, with the
 * title words right before it ("Israeli Prime Minister Benjamin Netanyahu", "Fed Chair Janet Yellen",
 * "Chief Executive Maria Lopez"). The words before the block only qualify the title and are dropped.
 */
function titleBlock(part: Tok[], k: number): [number, number] {
  for (let t = part.length - 2; t >= k; t--) {
    if (!titleOrRole(bare(part[t].w)) || (isTitlePrefix(bare(part[t].w)) && !titleOrRole(bare(part[t + 1].w)))) continue;
    let f = t;
    while (f > k && titleOrRole(bare(part[f - 1].w))) f--;
    return [f, t + 1];
  }
  return [k, k];
}

function mentionOf(part: Tok[], initial: boolean, text: string): NameMention | null {
  if (!part.length) return null;
  const body = part.filter((t) => !CREDENTIALS.test(t.w));
  const [from, to] = titleBlock(body, nameStart(body, initial));
  const titleWords = body.slice(from, to).map((t) => bare(t.w));
  const k = to;
  const rest = body.slice(k);
  if (!rest.length) return null;
  let last = rest[rest.length - 1];
  let possessive = false;
  let lastWord = last.w;
  if (/[’']s$/.test(lastWord)) {
    possessive = true;
    lastWord = lastWord.slice(0, -2);
  } else if (/s$/.test(lastWord) && text[last.end] !== undefined && /[’']/.test(text[last.end])) {
    possessive = true;
  }
  const words = rest.map((t, n) => (n === rest.length - 1 ? lastWord : t.w)).map((w) => (INITIAL.test(w) || INITIALS.test(w) ? w : w.replace(/\.$/, '')));
  if (/\.$/.test(last.w) && !INITIAL.test(last.w) && !INITIALS.test(last.w)) last = { ...last, end: last.end - 1 };
  // a hyphen broken by a line end ("Vasquez- Tanaka") joins its halves again
  const name = clean(words.map((w, n) => (n > 0 && text.slice(rest[n - 1].end, rest[n].start) === '- ' ? '-' : n > 0 ? ' ' : '') + w).join('')).trim();
  if (!name || !/\p{L}/u.test(name)) return null;
  return {
    start: rest[0].start,
    end: possessive && /[’']s$/.test(last.w) ? last.end - 2 : last.end,
    from: titleWords.length ? body[from].start : rest[0].start,
    name,
    tokens: name.split(' '),
    title: titleWords.length ? titleWords.join(' ') : null,
    possessive,
    sentenceInitial: initial && rest[0] === part[0] && rest.length === 1 && titleWords.length === 0,
  };
}
