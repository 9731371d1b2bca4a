/**
 * Who said each quotation. Works sentence by sentence through the article, keeping track of who was
 * mentioned last, so that "he said" resolves to the right person; said-verbs are read in both orders
 * ("said Ms Okafor", "Ms Okafor said"), with "according to", "in a statement, he said:" and colon
 * introductions; spokespeople, statements and "it" go to the organisation; a description ("Germany's
 * defence minister") goes to the one person given that role, else to the person quoted next; an unnamed
 * source ("a senior official") keeps its description as the role and no name.
 */
import { NameBook, findNameMentions, clean, isRoleNoun } from './names';
import { refsIn } from './references';
import type { Para, Ref } from './references';
import type { QuoteSpan } from './quoteSpans';
import { maskQuotes } from './quoteSpans';
import { splitSentences } from './sentences';
import { SPEECH_VERB_PATTERN } from './speechVerbs';
import { languageTable, verbRegExp } from './languages';
import type { LanguageTable } from './languages';
import type { SentenceRange } from './sentences';

export interface Attribution {
  speaker: string | null;
  role: string | null;
  confidence: number;
  /** How it was found, for tests and debugging. */
  how: 'direct' | 'pronoun' | 'organisation' | 'description' | 'unnamed' | 'colon' | 'same-paragraph' | 'continued' | 'none';
  /** Where the said-verb after the quotation ends, when that is what named the speaker. */
  verbEnd?: number;
}

const ENGLISH_SAY = new RegExp(`\\b(?:${SPEECH_VERB_PATTERN})\\b`, 'gi');
const NO_INVERSION = /^(?:told|tells|telling|asked|asks|advised|advises|advising|urged|urges|urging|words|calling|called for|called|calls|criticised|criticized|condemned|praised|welcomed|described|describes|hailed|pledged|vowed|vowing)$/i;
const TRAILING_AUX =
  /(?:\s+(?:has|have|had|also|then|later|previously|once|again|would|will|did|does|do|further|recently|simply|just|repeatedly|reportedly|publicly|quickly|initially|originally|earlier|separately|privately|flatly|bluntly|and|but|has also|had also|,|yesterday|today|on \w+day|last week))*\s*$/i;

// an indefinite phrase of words and abbreviations ("a U.S. official"), to a comma, a bracket, a quotation mark or the sentence's end
const INDEFINITE = `(?:[Aa]n?|[Oo]ne)\\s+(?:[^,.;:"“”()]|\\.(?=\\S|\\s+\\p{Ll})){1,60}?`;
const UNNAMED_SUBJECT = new RegExp(`(?:^|[,;:"”—–])\\s*(${INDEFINITE})\\s*$`, 'u');
const UNNAMED_OBJECT = new RegExp(`^\\s+(${INDEFINITE})(?=\\s*(?:[,;:"“”()]|\\.(?!\\S|\\s+\\p{Ll})|$)|\\s+(?:in|at|from|who|with|on|for|of)\\b)`, 'u');
const SPOKES = /\b(?:spokes(?:man|woman|person|people|men|women)|representative|statement)\b/i;

/** A pronoun after these words is an object ("get it", "for him"), not someone speaking. */
const OBJECT_BEFORE = /\b(?:get|got|buy|bought|see|saw|make|made|take|took|know|knew|do|did|have|had|use|used|for|of|to|with|about|at|on|in|from|by|than)\s+$/i;

/** What a reference resolved to; `unsure` when a pronoun had a rival as near. */
interface Resolved {
  name: string | null;
  person: boolean;
  unsure?: boolean;
}

interface SentenceRecord {
  /** The first person the sentence names (not in a possessive). */
  subject?: string | null;
  /** A person the sentence says is speaking, with no quotation of its own ("Trump told Fox News:"), and how sure. */
  introduces?: { name: string; confidence: number } | null;
  persons: string[];
  orgs: string[];
  /** Names of two words or more with no sign of being a person or an organisation: a last resort for he/she. */
  others: string[];
}

export class SpeakerFinder {
  private readonly paras: Para[];
  private readonly book = new NameBook();
  private readonly history: SentenceRecord[] = [];
  private readonly spans: QuoteSpan[];
  /** Attributions made so far, for quotations later in the same sentence. */
  private readonly sentenceSpeakers = new Map<QuoteSpan, Attribution>();
  /** Index in `history` of each quotation's sentence. */
  private readonly sentenceIndex = new Map<QuoteSpan, number>();

  /** The reporting verbs of the article's language (English when it has no table of its own). */
  private readonly say: RegExp;
  private readonly language: LanguageTable | null;

  constructor(paragraphs: string[], spans: QuoteSpan[], language?: string | null) {
    this.spans = spans;
    this.language = languageTable(language);
    this.say = this.language ? verbRegExp(this.language) : ENGLISH_SAY;
    this.paras = paragraphs.map((text) => ({ text, masked: text, sentences: [], mentions: [], quotes: [] }));
    spans.forEach((s, i) => this.paras[s.paragraph].quotes.push(i));
    for (const p of this.paras) {
      p.masked = maskQuotes(p.text, p.quotes.map((i) => spans[i]));
      p.sentences = splitSentences(p.masked);
      p.mentions = findNameMentions(p.masked, p.sentences.map((s) => s.start));
      for (const m of p.mentions) this.book.add(m, p.masked);
    }
    this.book.settle();
  }

  /** Is this name (as attributed) a person's? */
  isPerson(name: string): boolean {
    return this.book.isPerson(name);
  }

  /** One attribution per quotation span, in the order of `spans`. */
  attribute(): Attribution[] {
    const result: (Attribution | null)[] = this.spans.map(() => null);
    /** Quotations given to a description, with the index of their sentence. */
    const deferred: [number, number][] = [];
    this.paras.forEach((p, pi) => {
      for (const s of p.sentences) {
        const rec: SentenceRecord = { persons: [], orgs: [], others: [] };
        const refs = refsIn(p, s.start, s.end, this.book, this.language);
        // names and pronouns in this sentence, resolved in order
        const resolved = new Map<Ref, Resolved>();
        for (const r of refs) {
          const v = this.resolveRef(r, rec, p, s.start);
          resolved.set(r, v);
          if (v.name && r.kind !== 'role') (v.person ? rec.persons : rec.orgs).push(v.name);
          if (v.name && r.kind === 'name' && !v.person && !r.possessive && this.book.unknownPerson(v.name)) rec.others.push(v.name);
        }
        const first = refs.find((r) => r.kind === 'name' && !r.possessive && resolved.get(r)?.person);
        rec.subject = first ? (resolved.get(first)?.name ?? null) : null;
        const quotesHere = p.quotes.filter((qi) => this.spans[qi].open >= s.start && this.spans[qi].open < s.end);
        if (!quotesHere.length) rec.introduces = this.introduced(p.masked.slice(s.start, s.end), refs, resolved, s.start);
        for (const qi of quotesHere) {
          const q = this.spans[qi];
          const a = this.attributeOne(p, s, q, refs, resolved);
          this.sentenceSpeakers.set(q, a);
          if (a.how === 'description') deferred.push([qi, this.history.length]);
          result[qi] = a;
          this.sentenceIndex.set(q, this.history.length);
          if (a.speaker) {
            if (this.book.isPerson(a.speaker)) rec.persons.unshift(a.speaker);
            else rec.orgs.unshift(a.speaker);
          }
        }
        this.history.push(rec);
      }
      // quotations with no attribution in their sentence: the paragraph's other quotations, or the previous one
      const inPara = p.quotes;
      for (const qi of inPara) {
        if (result[qi]?.speaker || result[qi]?.how === 'description' || result[qi]?.how === 'unnamed') continue;
        const q = this.spans[qi];
        const sameSentence = (k: number): boolean => sentenceOf(p, this.spans[k].open) === sentenceOf(p, q.open);
        const neighbours = [...inPara.filter((k) => k < qi).reverse(), ...inPara.filter((k) => k > qi)].filter((k) => result[k]?.speaker && !sameSentence(k));
        if (neighbours.length) {
          const n = result[neighbours[0]] as Attribution;
          result[qi] = { speaker: n.speaker, role: n.role, confidence: 0.75, how: 'same-paragraph' };
          continue;
        }
        const leads = q.continued || p.masked.slice(0, q.open).trim() === '';
        const si = this.sentenceIndex.get(q) ?? -1;
        const intro = si > 0 ? this.history[si - 1].introduces : null;
        if (intro && !q.continued && p.masked.slice(0, q.open).trim() === '') {
          result[qi] = { speaker: intro.name, role: this.book.roleOf(intro.name), confidence: intro.confidence, how: 'continued' };
        } else if (leads) {
          const prev = this.previousSpeaker(qi, pi, result);
          if (prev) result[qi] = { speaker: prev.speaker, role: prev.role, confidence: q.continued ? 0.85 : 0.7, how: 'continued' };
        }
      }
    });
    // descriptions ("Germany's defence minister has warned") go to the one person the article gives that role, else to nobody
    // …or to the first person the next sentence names ("Germany’s defence minister has warned … Boris Pistorius spoke after the meeting")
    for (const [qi, si] of deferred) {
      const a = result[qi] as Attribution;
      const head = (a.role ?? '').split(/\s+/).pop()?.toLowerCase() ?? '';
      const holders = [...new Set((head ? this.book.holdersOf(head) : []).map((e) => this.book.resolve(e.name)))];
      const next = this.history[si + 1]?.subject;
      if (holders.length === 1) result[qi] = { speaker: holders[0], role: this.book.roleOf(holders[0]), confidence: 0.65, how: 'description' };
      else if (next) result[qi] = { speaker: next, role: this.book.roleOf(next) ?? a.role, confidence: 0.55, how: 'description' };
      else result[qi] = { ...a, speaker: null }; // nobody named: no guess
    }
    return result.map((a) => a ?? { speaker: null, role: null, confidence: 0.3, how: 'none' });
  }

  /** "Trump told Fox News Sunday:", "Mr Reeves said in a statement:" — a named person speaking, with no quotation yet. */
  private introduced(sentence: string, refs: Ref[], resolved: Map<Ref, Resolved>, at: number): { name: string; confidence: number } | null {
    // the last said-verb is the main clause's ("When Chris Wallace asked him …, Trump said the following.")
    let verb: RegExpExecArray | null = null;
    const say = this.say;
    say.lastIndex = 0;
    for (let m = say.exec(sentence); m; m = say.exec(sentence)) verb = m;
    if (!verb) return null;
    const v0 = at + verb.index;
    const subject = [...refs].reverse().find((r) => (r.kind === 'name' || r.kind === 'pronoun') && r.end <= v0 && !(r.kind === 'name' && r.possessive));
    const v = subject ? resolved.get(subject) : undefined;
    if (!v?.name || !v.person) return null;
    return { name: v.name, confidence: /:\s*$/.test(sentence) ? 0.8 : 0.6 };
  }

  private previousSpeaker(qi: number, pi: number, result: (Attribution | null)[]): Attribution | null {
    for (let k = qi - 1; k >= 0; k--) {
      const s = this.spans[k];
      if (s.paragraph < pi - 2) return null;
      if (s.paragraph === pi) continue;
      if (result[k]?.speaker) return result[k];
    }
    return null;
  }

  private resolveRef(r: Ref, rec: SentenceRecord, p: Para, sentenceStart: number): Resolved {
    if (r.kind === 'name') {
      // places, nationalities and descriptors ("Texas", "U.S.", "an Iowa Republican") never speak
      if (this.book.isPlace(r.name)) return { name: null, person: false };
      const name = this.book.resolve(r.name);
      return { name, person: this.book.isPerson(name) || this.book.isPerson(r.name) };
    }
    if (r.kind === 'pronoun') {
      if (r.word === 'they') return { name: null, person: false };
      if (r.word === 'it') return { name: this.recentOrg(rec, p, sentenceStart, r.at), person: false };
      const gender = r.word === 'she' ? 'f' : 'm';
      const name = this.recentPerson(rec, gender);
      const e = name ? this.book.get(name) : undefined;
      if (e && !e.gender) e.gender = gender; // what the article calls someone settles it for later pronouns
      return { name, person: true, unsure: this.lastPronounUnsure };
    }
    if (r.kind === 'org') {
      const inside = p.mentions.find((m) => m.from >= r.at && m.end <= r.end && !this.book.isPerson(this.book.resolve(m.name)));
      if (inside) return { name: this.book.resolve(inside.name), person: false };
      // "a spokesman for the Treasury", "a statement from Harbour Rail"
      const of = p.masked.slice(r.end).match(/^\s+(?:for|of|at|from)\s+(?:the\s+)?/);
      const owner = of ? p.mentions.find((m) => m.from === r.end + of[0].length || m.start === r.end + of[0].length) : undefined;
      if (owner && !this.book.isPerson(this.book.resolve(owner.name))) return { name: this.book.resolve(owner.name), person: false };
      return { name: this.recentOrg(rec, p, sentenceStart, r.at), person: false };
    }
    // a description: someone already given that title or role, else left for later
    for (let k = this.history.length - 1, n = 0; k >= 0 && n < 12; k--, n++) {
      for (const name of this.history[k].persons) {
        const e = this.book.get(name);
        if (e && ([...e.titles].some((t) => t.includes(r.head)) || (e.role && new RegExp(`\\b${r.head}\\b`, 'i').test(e.role)))) {
          if (/^(?:the|this)\s/i.test(r.text)) return { name, person: true };
        }
      }
    }
    return { name: null, person: true };
  }

  private recentPerson(rec: SentenceRecord, gender: 'm' | 'f'): string | null {
    const ok = (name: string): boolean => {
      const g = this.book.get(name)?.gender;
      return !g || g === gender;
    };
    // sentence by sentence back from here: people first, then full names that could be people
    const records = [rec];
    for (let k = this.history.length - 1, n = 0; k >= 0 && n < 8; k--, n++) records.push(this.history[k]);
    this.lastPronounUnsure = false;
    for (let n = 0; n < records.length; n++) {
      const person = records[n].persons.find(ok);
      const hit = person ?? (n < 4 ? records[n].others.find(ok) : undefined);
      if (!hit) continue;
      // unsure when the name is not known to be a person's, or another person of the same gender is as near
      this.lastPronounUnsure = !person || records[n].persons.some((o) => o !== hit && ok(o) && this.book.resolve(o) !== this.book.resolve(hit));
      return hit;
    }
    return null;
  }

  /** Whether the last he/she resolved had a rival as near, or fell back on a name not known as a person's. */
  private lastPronounUnsure = false;

  private recentOrg(rec: SentenceRecord, p: Para, sentenceStart: number, at: number): string | null {
    const here = p.mentions.find((m) => m.from >= sentenceStart && m.end <= at && !this.book.isPerson(this.book.resolve(m.name)) && !m.sentenceInitial);
    if (here) return this.book.resolve(here.name);
    if (rec.orgs.length) return rec.orgs[0];
    for (let k = this.history.length - 1, n = 0; k >= 0 && n < 8; k--, n++) if (this.history[k].orgs.length) return this.history[k].orgs[0];
    return null;
  }

  private attributeOne(p: Para, s: SentenceRange, q: QuoteSpan, refs: Ref[], resolved: Map<Ref, Resolved>): Attribution {
    const text = p.masked;
    // attribution sits near its quotation: look no further than a few hundred characters either side
    // …and not past another quotation in the same sentence: its verbs belong to it
    const previousClose = Math.max(
      -1,
      ...p.quotes
        .map((k) => this.spans[k])
        .filter((o) => o.close <= q.open && o.close > s.start)
        .map((o) => Math.min(q.open, Math.max(o.close, this.sentenceSpeakers.get(o)?.verbEnd ?? 0))),
    );
    const lo = Math.max(s.start, q.open - 400, previousClose);
    const hi = Math.min(s.end, q.close + 400);
    const verbs = [...text.slice(lo, hi).matchAll(this.say)].map((m) => ({ at: lo + m.index, end: lo + m.index + m[0].length, word: m[0].toLowerCase() }));
    const pick = (r: Ref | undefined, how: Attribution['how'], confidence: number): Attribution | null => {
      if (!r) return null;
      const v = resolved.get(r);
      // "a senior official said": an unnamed source; "Germany's defence minister said": someone named later
      if (r.kind === 'role' && !v?.name) return { speaker: null, role: clean(r.text), confidence, how: /^(?:a|an|one)\s/i.test(r.text) ? 'unnamed' : 'description' };
      if (!v?.name) return null;
      const h: Attribution['how'] = r.kind === 'pronoun' ? (r.word === 'it' ? 'organisation' : 'pronoun') : r.kind === 'org' ? 'organisation' : how;
      return { speaker: v.name, role: v.person ? this.book.roleOf(v.name) : null, confidence: r.kind === 'name' ? confidence : confidence - (v.unsure ? 0.2 : 0.1), how: h };
    };
    const isPersonRef = (r: Ref): boolean => {
      const v = r.kind === 'name' && !r.possessive ? resolved.get(r) : undefined;
      return Boolean(v?.name && (v.person || this.book.unknownPerson(v.name)));
    };
    // "Maurice Obstfeld, a former IMF economist who teaches at the University of California, Berkeley, has warned":
    // a person over an organisation or place when the subject phrase names both
    const subjectOf = (lo: number, v: { at: number; word: string }): Ref | undefined => {
      const r = subjectRef(lo, v);
      if (!r || isPersonRef(r) || r.kind === 'pronoun') return r;
      const head = refs.find((x) => x.at >= lo && x.end <= r.at && isPersonRef(x) && /^(?:\s*,|\s+(?:of|at|from|with)\s)/.test(text.slice(x.end, x.end + 7)) && !/[;:!?"]|\.(?=\s+\p{Lu}\p{Ll})/u.test(text.slice(x.end, r.at)));
      return head ?? r;
    };
    const subjectRef = (lo: number, v: { at: number; word: string }): Ref | undefined => {
      let seg = text.slice(lo, v.at);
      for (let guard = 0; guard < 4; guard++) {
        seg = seg.replace(TRAILING_AUX, '');
        const end = lo + seg.length;
        const atEnd = refs.find((r) => r.end === end && r.at >= lo && (v.word === 'words' || r.kind !== 'name' || !r.possessive));
        if (atEnd) return atEnd;
        const app = seg.match(/,\s*([^,]{1,140}),?\s*$/);
        if (!app || app.index === undefined) return undefined;
        const appAt = lo + app.index;
        const appEnd = appAt + app[0].replace(/,?\s*$/, '').length;
        // "her mother, Fiona, said": the apposition is the name
        const inner = refs.find((r) => r.kind === 'name' && r.at >= appAt && r.end === appEnd);
        if (inner) return inner;
        seg = seg.slice(0, app.index);
      }
      return undefined;
    };
    const objectOf = (v: { end: number; word: string }, limit: number): Ref | undefined => {
      if (NO_INVERSION.test(v.word)) return undefined;
      const one = text.slice(v.end, v.end + 8).match(/^\s+one\b/);
      if (one) {
        // “New lower prices,” reads one (a sign, a statement): the organisation behind it
        const r: Ref = { kind: 'org', at: v.end + one[0].length - 3, end: v.end + one[0].length, text: 'one' };
        resolved.set(r, { name: this.recentOrg({ persons: [], orgs: [], others: [] }, p, s.start, r.at), person: false });
        return r;
      }
      // “…,” said the study’s lead author, Professor Jane Doe: the name in apposition to the description
      const named = refs.find((x) => x.kind === 'name' && x.at >= v.end && x.at < limit && /^[\s\p{Ll}’'-]*,\s*$/u.test(text.slice(v.end, x.at)) && text.slice(v.end, x.at).length < 60);
      if (named) return named;
      const r = refs.find((x) => x.at >= v.end && x.at < limit && /^[\s\p{Ll}-]*$/u.test(text.slice(v.end, x.at)) && text.slice(v.end, x.at).length < 40);
      if (r?.kind === 'name') {
        const next = refs.find((x) => x.kind === 'name' && x.at > r.end && x.at < limit);
        const between = next ? text.slice(r.end, next.at) : '';
        if (next && /^\s+(?:[\p{Ll}-]+\s+){1,4}$/u.test(between) && between.trim().split(/\s+/).some(isRoleNoun)) return next;
      }
      return r;
    };
    // before a quotation, "said Mr X:" names the speaker after the verb; "Trump went on to assert Giuliani “…”" does not
    const invertedBefore = (v: { end: number; word: string }): Ref | undefined => {
      const r = objectOf(v, q.open);
      return r && (r.kind !== 'name' || /^[\s,]*(?:[,:—–-]|$)/.test(text.slice(r.end, q.open))) ? r : undefined;
    };
    // "said a GOP insider", "an Iowa Republican predicted", "one official added": an indefinite description is an unnamed source
    const unnamed = (from: number, v: { at: number; end: number; word: string }, inverted: boolean): Attribution | null => {
      const subject = text.slice(from, v.at).replace(TRAILING_AUX, '').match(UNNAMED_SUBJECT);
      const object = !inverted || NO_INVERSION.test(v.word) || !/^[\s,]*$/.test(text.slice(from, v.at)) ? null : text.slice(v.end, v.end + 80).match(UNNAMED_OBJECT);
      const m = subject ?? object;
      if (!m) return null;
      const at = subject ? from + text.slice(from, v.at).replace(TRAILING_AUX, '').length - m[1].length : v.end + m[0].length - m[1].length;
      // "Dana Smith, a former ambassador, said": the description is the named person's apposition
      if (subject && refs.some((r) => r.kind === 'name' && /^\s*,\s*$/.test(text.slice(r.end, at)))) return null;
      // a named person in apposition ("a spokesman, Tom Reilly,") is not unnamed
      if (refs.some((r) => r.kind === 'name' && r.at >= at && r.at < at + m[1].length && isPersonRef(r))) return null;
      // "a Redcliffe spokeswoman", "a spokesperson for the department": a spokesperson speaks for the organisation
      if (SPOKES.test(m[1]) && (/\p{Lu}/u.test(m[1].slice(2)) || /^\s*(?:for|of|at|from)\s+(?:the\s+)?\p{Lu}/u.test(text.slice(at + m[1].length, at + m[1].length + 30)))) return null;
      return { speaker: null, role: clean(m[1]), confidence: 0.85, how: 'unnamed' };
    };
    const before = text.slice(lo, q.open);
    if (/\bas (?:if|though) to say\s*$/i.test(before)) return { speaker: null, role: null, confidence: 0.2, how: 'none' };

    // after the quotation: “…,” he said / said Mr Reeves / Indyk said.
    const after = verbs.find((v) => v.at >= q.close && !/"/.test(text.slice(q.close, v.at)));
    const beforeVerbs = verbs.filter((v) => v.end <= q.open);
    const last = beforeVerbs[beforeVerbs.length - 1];
    const fromAfter = (): Attribution | null => {
      const a = after ? (unnamed(q.close, after, true) ?? pick(subjectOf(q.close, after), 'direct', 0.9) ?? pick(objectOf(after, s.end), 'direct', 0.9)) : null;
      return a && after ? { ...a, verbEnd: after.end } : a;
    };
    // “…,” he said / “…,” said Mr Reeves: the attribution right after the quotation wins
    const nearAfter = after && refs.some((r) => r.at >= q.close && r.at <= after.at && /^[\s,.;:!?)—–-]*$/.test(text.slice(q.close, r.at)));
    if (after && (nearAfter || /^[\s,]*$/.test(text.slice(q.close, after.at)) || !last)) {
      const a = fromAfter();
      if (a) return a;
    }
    // before it: Mr Pistorius said: “…” / he admitted “…” / according to X, “…”
    if (last) {
      const a =
        unnamed(lo, last, false) ??
        pick(subjectOf(lo, last), 'direct', 0.85) ??
        pick(invertedBefore(last), 'direct', 0.85) ??
        pick(
          /^\w+ing$/.test(last.word) && /,\s*$/.test(text.slice(lo, last.at))
            ? refs.find((r) => r.at >= lo && r.at < last.at && !(r.kind === 'name' && r.possessive))
            : [...refs].reverse().find((r) => r.at >= lo && r.end <= last.at && !(r.kind === 'name' && r.possessive)) ?? refs.find((r) => r.at >= lo && r.at < last.at),
          'direct',
          0.7,
        );
      if (a) return a;
    }
    const late = fromAfter();
    if (late) return late;
    if (/:\s*$/.test(before)) {
      const subjectLike = (r: Ref): boolean => r.at >= lo && r.at < q.open && !(r.kind === 'pronoun' && OBJECT_BEFORE.test(text.slice(Math.max(0, r.at - 20), r.at)));
      const first = refs.find((r) => subjectLike(r) && !(r.kind === 'name' && r.possessive)) ?? refs.find(subjectLike);
      const a = pick(first, 'colon', 0.7);
      if (a) return a;
    }
    // another quotation earlier in the sentence lends its speaker: Mr Obama said it was “distressing” … “even in the face of …”
    const earlier = p.quotes.map((k) => this.spans[k]).filter((o) => o.close <= q.open && o.open >= s.start).pop();
    const lent = earlier ? this.sentenceSpeakers.get(earlier) : undefined;
    if (lent?.speaker && lent.how !== 'description') return { ...lent, confidence: 0.7, how: 'same-paragraph' };
    return { speaker: null, role: null, confidence: 0.3, how: 'none' };
  }
}

function sentenceOf(p: Para, at: number): number {
  return p.sentences.findIndex((s) => at >= s.start && at < s.end);
}
