/**
 * Names in an article: finding capitalised name mentions (with titles such as "Mr" or "President"), telling
 * people from organisations, and resolving a short or misspelt form to the fullest form the article gives
 * ("Mr Healey" → "John Healey", "Mr Pistorious" → "Boris Pistorius").
 */
import { wellKnownFullName } from './wellKnownNames';

export type Gender = 'm' | 'f' | null;

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

const PERSON_TITLES: Record<string, Gender> = {
  mr: 'm', mrs: 'f', ms: 'f', miss: 'f', mister: 'm', sir: 'm', dame: 'f', lord: 'm', lady: 'f', dr: null, prof: null,
  professor: null, rev: null, sen: null, senator: null, rep: null, representative: null, gov: null, governor: null,
  gen: null, general: null, col: null, colonel: null, capt: null, captain: null, lt: null, sgt: null, sergeant: null,
  det: null, detective: null, insp: null, inspector: null, president: null, chancellor: null, judge: null, justice: null,
  mayor: null, secretary: null, minister: null, king: 'm', queen: 'f', prince: 'm', princess: 'f', pope: 'm',
  commissioner: null, ambassador: null, archbishop: null, bishop: null, father: 'm', sister: 'f', pastor: null,
  rabbi: null, imam: null, coach: null, officer: null, sheriff: null, chief: null, superintendent: null, constable: null,
  premier: null, cllr: null, councillor: null, baroness: 'f', baron: 'm', chairman: 'm', chairwoman: 'f', ceo: null, mp: null, mep: null, deputy: null, vice: null, prime: null,
  foreign: null, defence: null, defense: null, home: null, health: null, finance: null,
};
/** Title words that only count as a title before another title word ("Prime Minister", "Vice President"). */
const TITLE_PREFIX_ONLY = new Set(['prime', 'vice', 'foreign', 'defence', 'defense', 'home', 'health', 'finance', 'deputy', 'chief']);

const ORG_WORDS = new Set(
  (
    'agency ministry department council association company corporation corp inc ltd plc llc group university ' +
    'institute institution bank commission party committee office service services court police force army navy ' +
    'union foundation trust society board authority administration government parliament congress senate ' +
    'federation organisation organization network news times post journal herald guardian telegraph press ' +
    'research centre center college school hospital airlines airways industries holdings partners capital ' +
    'fund league club church museum team tribunal assembly cabinet treasury bureau agency commission markets ' +
    'foods media studio studios labs technologies systems motors energy oil group brokerage robotics pharmaceuticals ' +
    'electronics software games entertainment communications telecom insurance logistics solutions ventures llp gmbh ' +
    'ag nv airline airport railway railways rail shipping mining petroleum chemicals steel cars'
  ).split(/\s+/),
);

/** Capitalised words that begin sentences or headings without being names. */
const STOP = new Set(
  (
    'the a an and but or so yet for nor in on at to of by with from into onto after before during since until while ' +
    'when where why how what who whom whose which that this these those there here it its it’s he she they we you i ' +
    'his her their our your my me him them us as if then than though although because however meanwhile also still ' +
    'even just only not no yes all any some many most more much few several each every both either neither one two ' +
    'three four five six seven eight nine ten first second third last next new old other another such same ' +
    'according despite following among between through over under about above below around against without within ' +
    'today tonight yesterday tomorrow now later earlier once again already instead thankfully overall essentially ' +
    'regardless currently simply still shortly examining reaching upgrading digging image credit read continue ' +
    'note analysis exclusive photo video watch listen update updated advertisement ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'is are was were be been has have had do does did will would can could should may might must ' +
    'mr mrs ms dr'
  ).split(/\s+/),
);
const MONTHS_DAYS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/i;
const PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'del', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'dos', 'das', 'ter', 'ten']);
const CREDENTIALS = /^(?:Ph\.?D|MD|MA|MSc|BSc|BA|MBA|PhD|OBE|MBE|CBE|KC|QC|Jr|Sr|III|II)\.?$/;

const TOKEN = /[\p{L}\p{N}\u00ad]+(?:[.'’\-][\p{L}\p{N}\u00ad]+)*\.?/gu;
const isCap = (w: string): boolean => /^\p{Lu}/u.test(w) || /^(?:al|el|bin)-\p{Lu}/u.test(w);
export const clean = (s: string): string => s.replace(/\u00ad/g, '');
const bare = (w: string): string => clean(w).replace(/\.$/, '');

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

/** Name mentions in a (masked) paragraph. `sentenceStartOffsets` are where its sentences begin. */
export function findNameMentions(text: string, sentenceStartOffsets: number[]): NameMention[] {
  const toks = tokens(text);
  const starts = sentenceStarts(text, sentenceStartOffsets);
  const out: NameMention[] = [];
  let i = 0;
  while (i < toks.length) {
    if (!isCap(toks[i].w)) {
      i++;
      continue;
    }
    // a run of capitalised words joined by single spaces (particles allowed inside)
    const run: Tok[] = [toks[i]];
    let j = i + 1;
    while (j < toks.length) {
      const gap = text.slice(run[run.length - 1].end, toks[j].start);
      const prevWord = run[run.length - 1].w;
      if (!/^ ?$/.test(gap) || /[’']s$/.test(prevWord)) break;
      if (/\.$/.test(prevWord) && !/^\p{Lu}\.$/u.test(prevWord) && !/^(?:\p{Lu}\.)+\p{Lu}?\.?$/u.test(prevWord) && !(bare(prevWord).toLowerCase() in PERSON_TITLES)) break;
      const w = toks[j].w;
      const joins = /^(?:of|for|on)$/.test(w) && ORG_WORDS.has(bare(prevWord).toLowerCase()) && j + 1 < toks.length && isCap(toks[j + 1].w) && text.slice(toks[j].end, toks[j + 1].start) === ' ';
      if (isCap(w)) run.push(toks[j]);
      else if (joins) run.push(toks[j]);
      else if (PARTICLES.has(w.toLowerCase()) && j + 1 < toks.length && isCap(toks[j + 1].w) && text.slice(toks[j].end, toks[j + 1].start) === ' ') run.push(toks[j]);
      else break;
      j++;
    }
    i = j;
    out.push(...splitRun(run, starts, text));
  }
  return out;
}

function splitRun(run: Tok[], starts: Set<number>, text: string): NameMention[] {
  // Months and days break a run; so do credentials ("Michael Shadlen, Ph.D." never reaches here, but "Katie Allen MD" may).
  const parts: Tok[][] = [[]];
  for (const t of run) {
    if (MONTHS_DAYS.test(bare(t.w))) parts.push([]);
    else parts[parts.length - 1].push(t);
  }
  const out: NameMention[] = [];
  for (const part of parts) {
    let k = 0;
    const initial = part.length > 0 && starts.has(part[0].start);
    // Leading function words ("But", "The", "In") are not part of a name.
    while (k < part.length && STOP.has(bare(part[k].w).toLowerCase()) && !(bare(part[k].w).toLowerCase() in PERSON_TITLES)) k++;
    // a capitalised role before a name ("Economist Lena Fischer", "Chief Executive Maria Lopez") is not part of it
    while (k < part.length - 1) {
      const key = bare(part[k].w).toLowerCase();
      const next = bare(part[k + 1].w).toLowerCase();
      const realTitle = key in PERSON_TITLES && !TITLE_PREFIX_ONLY.has(key);
      if (ROLE_NOUNS.has(key) && !realTitle) k++;
      else if (TITLE_PREFIX_ONLY.has(key) && !(next in PERSON_TITLES)) k++;
      else break;
    }
    // "Israeli Prime Minister Benjamin Netanyahu", "Russian President Vladimir Putin": the words before a title are its qualifiers
    for (let t = part.length - 2; t > k; t--) {
      const key = bare(part[t].w).toLowerCase();
      if (key in PERSON_TITLES && !TITLE_PREFIX_ONLY.has(key)) {
        let f = t;
        while (f > k && bare(part[f - 1].w).toLowerCase() in PERSON_TITLES) f--;
        k = f;
        break;
      }
    }
    const titleWords: string[] = [];
    const from = k < part.length ? part[k].start : 0;
    while (k < part.length - 1) {
      const key = bare(part[k].w).toLowerCase();
      if (!(key in PERSON_TITLES)) break;
      if (TITLE_PREFIX_ONLY.has(key) && !(bare(part[k + 1].w).toLowerCase() in PERSON_TITLES)) break;
      titleWords.push(bare(part[k].w));
      k++;
    }
    const rest = part.slice(k).filter((t) => !CREDENTIALS.test(t.w));
    if (!rest.length) continue;
    let last = rest[rest.length - 1];
    let possessive = false;
    let lastWord = last.w;
    if (/[’']s$/.test(lastWord)) {
      possessive = true;
      lastWord = lastWord.slice(0, -2);
    } else if (/s[’']$/.test(text.slice(last.start, last.end + 1)) && text[last.end] !== undefined && /[’']/.test(text[last.end])) {
      possessive = true;
    }
    const words = rest.map((t, n) => (n === rest.length - 1 ? lastWord : t.w)).map((w) => (/^\p{Lu}\.$/u.test(w) || /^(\p{Lu}\.)+\p{Lu}\.?$/u.test(w) ? w : w.replace(/\.$/, '')));
    if (/\.$/.test(last.w) && !/^\p{Lu}\.$/u.test(last.w)) last = { ...last, end: last.end - 1 };
    const name = clean(words.join(' ')).trim();
    if (!name || !/\p{L}/u.test(name)) continue;
    out.push({
      start: rest[0].start,
      end: possessive ? last.end - 2 : last.end,
      from: titleWords.length ? from : rest[0].start,
      name,
      tokens: name.split(' '),
      title: titleWords.length ? titleWords.join(' ') : null,
      possessive,
      sentenceInitial: initial && k === 0 && rest.length === 1 && titleWords.length === 0,
    });
  }
  return out;
}

/** Levenshtein distance, for misspelt names. */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[n];
}

const ROLE_NOUNS = new Set(
  (
    'minister secretary president spokesman spokeswoman spokesperson official chief director editor professor analyst ' +
    'expert fellow founder co-founder ceo chairman chairwoman chair head leader commissioner inspector officer mayor ' +
    'governor senator ambassador envoy adviser advisor economist researcher scientist author lawyer attorney doctor ' +
    'developer programmer skipper manager supervisor worker reporter correspondent strategist mother father wife ' +
    'husband son daughter sister brother chancellor deputy member mp candidate coach captain commander judge ' +
    'prosecutor campaigner activist owner engineer teacher student resident partner executive principal dean lecturer ' +
    'historian consultant dictator king queen prince premier general colonel sergeant detective constable fisherman ' +
    'farmer nurse surgeon physician psychologist spokesmen officials researchers analysts experts co-worker colleague ' +
    'boss master chef pilot driver guard soldier officer ranger curator architect designer artist singer actor actress ' +
    'writer novelist poet journalist broadcaster presenter host critic economist trader banker investor entrepreneur ' +
    'organizer organiser coordinator representative negotiator steward volunteer spokesperson treasurer clerk auditor'
  ).split(/\s+/),
);
const FEMALE_ROLES = /\b(mother|wife|daughter|sister|spokeswoman|chairwoman|queen|princess|grandmother|aunt|niece|actress|girlfriend)\b/i;
const MALE_ROLES = /\b(father|husband|son|brother|spokesman|chairman|king|prince|grandfather|uncle|nephew|boyfriend)\b/i;

/** Common first names whose gender is clear, for "she said" after two people are named. */
const FEMALE_NAMES = new Set(
  (
    'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa margaret betty sandra ashley ' +
    'dorothy kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca laura sharon cynthia kathleen ' +
    'amy angela anna emma olivia sophie charlotte amelia grace hannah lucy chloe ellie fiona claire helen rachel ' +
    'catherine katherine kate katie julia victoria alice rosie ruth joanna jane janet anne annie diane heather ' +
    'nicola natalie caroline louise priya aisha fatima maria ana sofia elena lena ingrid angela ursula kamala hillary ' +
    'theresa liz yvette suella priti kemi nadia leila amara eloise'
  ).split(/\s+/),
);
const MALE_NAMES = new Set(
  (
    'james robert john michael david william richard joseph thomas charles christopher daniel matthew anthony mark ' +
    'donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary ' +
    'nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory frank alexander patrick jack ' +
    'dennis jerry tyler aaron henry adam peter nathan zachary walter kyle harry oliver noah leo oscar charlie alfie ' +
    'tom tim jim bob bill ben sam joe dan matt mike steve pete chris nick rob keir rishi boris emmanuel olaf vladimir ' +
    'volodymyr xi narendra barack joe jeremy ed gordon tony hugh ian neil simon martin wade tasos patrick milton ' +
    'ahmed mohammed muhammad ali omar hassan carlos juan jose luis pedro pablo tomás marco luca hans klaus friedrich'
  ).split(/\s+/),
);

export const isRoleNoun = (w: string): boolean => ROLE_NOUNS.has(w.toLowerCase());
/** The role nouns as a regular-expression alternation. */
export const ROLE_NOUN_PATTERN = [...ROLE_NOUNS].join('|');

export interface Entity {
  name: string;
  tokens: string[];
  mentions: number;
  person: number;
  org: number;
  gender: Gender;
  role: string | null;
  /** Titles the name was given ("President", "Mr"), lower case. */
  titles: Set<string>;
  /** A title that says what the person does, for when no role is written out. */
  titleRole: string | null;
}

/** Every name the article gives, and how to get from a short or misspelt form to the fullest one. */
export class NameBook {
  readonly entities = new Map<string, Entity>();

  private entity(name: string): Entity {
    let e = this.entities.get(name);
    if (!e) {
      e = { name, tokens: name.split(' '), mentions: 0, person: 0, org: 0, gender: null, role: null, titles: new Set(), titleRole: null };
      this.entities.set(name, e);
    }
    return e;
  }

  /** Record a mention with the words around it (the paragraph text) as evidence of what it names. */
  add(m: NameMention, text: string): void {
    this.resolved.clear();
    this.full = null;
    if (m.sentenceInitial && !this.entities.has(m.name)) return;
    const e = this.entity(m.name);
    e.mentions++;
    if (m.title) {
      const g = PERSON_TITLES[m.title.split(' ')[0].toLowerCase()];
      e.person += 3;
      e.titles.add(m.title.toLowerCase());
      if (g && !e.gender) e.gender = g;
    }
    if (m.tokens.some((t) => ORG_WORDS.has(t.toLowerCase()))) e.org += 3;
    if (!e.gender && m.tokens.length >= 2) {
      const first = m.tokens[0].toLowerCase();
      e.gender = FEMALE_NAMES.has(first) ? 'f' : MALE_NAMES.has(first) ? 'm' : null;
    }
    if (m.tokens.length === 1 && /^\p{Lu}{2,}$/u.test(m.name)) e.org += 2; // acronyms
    const before = text.slice(Math.max(0, m.from - 60), m.from);
    const after = text.slice(m.end, m.end + 80);
    if (/\bthe\s+$/i.test(before)) e.org += 2;
    if (/\b(?:in|at|from|to|across|near|into|outside|across)\s+$/i.test(before)) e.org += 1; // places
    // "Labour’s shadow communities secretary, Angela Rayner, told…": a role in apposition before the name
    const clause = before.match(/(?:^|[,.;:!?—]\s*)((?:[\p{L}\u00ad’'&-]+\s+){0,7}[\p{L}\u00ad’'&-]+),\s*$/u);
    if (clause && /^\s*,/.test(after) && clause[1].split(/\s+/).some((w) => isRoleNoun(w))) {
      e.person += 3;
      e.role ??= clause[1].replace(/^(?:the|a|an)\s+/i, '');
    }
    if (/^,\s*\d{1,3},/.test(after)) e.person += 3; // "Eloise Parry, 21,"
    if (/^\s+(?:,\s*)?(?:who|whose)\b/.test(after)) e.person += 2;
    if (/^\s+(?:,\s*)?(?:which)\b/.test(after)) e.org += 1;
    const role = roleBefore(before) ?? roleAfter(after);
    if (role && m.tokens.length >= 1) {
      e.person += 3;
      if (!e.role) e.role = role;
      if (!e.gender) e.gender = FEMALE_ROLES.test(role) ? 'f' : MALE_ROLES.test(role) ? 'm' : null;
    }
    // failing a written role, a title that says one ("Det Insp", "Cllr", "President")
    if (m.title && !/^(?:mr|mrs|ms|miss|mister|dr|sir|dame|lord|lady|prof)$/i.test(m.title)) e.titleRole ??= m.title;
  }

  /** A name mentioned by surname or first name alone counts as a person's. */
  settle(): void {
    this.resolved.clear();
    this.full = null;
    for (const e of this.entities.values()) {
      if (e.tokens.length < 2) continue;
      const first = this.entities.get(e.tokens[0]);
      const last = this.entities.get(e.tokens[e.tokens.length - 1]);
      // a surname used alone, or a first name used alone that is a common first name ("Acme" alone says nothing)
      if (last && last !== e) e.person += 2;
      else if (first && first !== e && (FEMALE_NAMES.has(e.tokens[0].toLowerCase()) || MALE_NAMES.has(e.tokens[0].toLowerCase()))) e.person += 2;
    }
  }

  private readonly resolved = new Map<string, string>();
  /** Full names from outside the article, to the entity the article knows them by. */
  private readonly aliases = new Map<string, string>();
  private full: Entity[] | null = null;

  /** The fullest form of a name the article gives. */
  resolve(name: string): string {
    let hit = this.resolved.get(name);
    if (hit === undefined) {
      hit = this.resolveUncached(name);
      this.resolved.set(name, hit);
    }
    return hit;
  }

  private resolveUncached(name: string): string {
    const toks = name.split(' ');
    this.full ??= [...this.entities.values()].filter((e) => e.tokens.length >= 2 && e.org < 3);
    const full = this.full;
    let best: Entity | null = null;
    const pick = (e: Entity): void => {
      if (!best || e.tokens.length > best.tokens.length || (e.tokens.length === best.tokens.length && e.mentions > best.mentions)) best = e;
    };
    const lastTok = toks[toks.length - 1];
    for (const e of full) {
      const eLast = e.tokens[e.tokens.length - 1];
      if (toks.length === 1) {
        if (eLast === lastTok || e.tokens[0] === lastTok) pick(e);
      } else if (eLast === lastTok && e.tokens[0] === toks[0]) pick(e);
    }
    if (best) return (best as Entity).name;
    if (this.entities.has(name) && (this.entities.get(name) as Entity).mentions > 0 && toks.length > 1) return name;
    // a misspelling of a name already in the article
    if (lastTok.length >= 5) {
      for (const e of full) {
        const eLast = e.tokens[e.tokens.length - 1];
        const d = editDistance(eLast.toLowerCase(), lastTok.toLowerCase());
        if (d > 0 && d <= 2 && d / Math.max(eLast.length, lastTok.length) <= 0.25) pick(e);
      }
      if (best) return (best as Entity).name;
    }
    const known = toks.length === 1 ? wellKnownFullName(name) : null;
    if (known) {
      this.aliases.set(known, name);
      return known;
    }
    return name;
  }

  /** People given this role noun or title ("minister") anywhere in the article. */
  holdersOf(head: string): Entity[] {
    const word = new RegExp(`\\b${head.replace(/[^\p{L}-]/gu, '')}\\b`, 'iu');
    return [...this.entities.values()].filter((e) => this.isPerson(e.name) && ((e.role && word.test(e.role)) || [...e.titles].some((t) => word.test(t))));
  }

  /** The role the article gives a person, or failing that a title that says one. */
  roleOf(name: string): string | null {
    const e = this.get(name);
    return e ? (e.role ?? e.titleRole) : null;
  }

  get(name: string): Entity | undefined {
    return this.entities.get(name) ?? this.entities.get(this.aliases.get(name) ?? '');
  }

  /** A name of two words or more with no evidence either way (no title, role or organisation word). */
  unknownPerson(name: string): boolean {
    const e = this.entities.get(name);
    return Boolean(e && e.tokens.length >= 2 && e.tokens.length <= 4 && e.org === 0 && e.person === 0);
  }

  isPerson(name: string): boolean {
    const e = this.get(name);
    if (!e) return false;
    return e.person > e.org;
  }
}

/** A role written before a name: "UK defence secretary John Healey", "chief inspector Jennifer Mattinson". */
export function roleBefore(before: string): string | null {
  const m = before.match(/((?:[\p{L}\u00ad.’'&-]+\s+){0,6}?[\p{L}’'-]+)\s+$/u);
  if (!m) return null;
  const words = m[1].split(/\s+/);
  // cut at the last word that cannot belong to a role
  let s = 0;
  for (let i = 0; i < words.length; i++) {
    if (/^(?:said|says|told|by|the|a|an|and|to|with|as|from|of|at|in|on|that|this|when|while|after|for|his|her|their|its|was|is|were|are|be|been|has|have|had|how|who|which|what|where|why|put|it|he|she|they|—|–|-)$/i.test(words[i]) && i < words.length - 1) s = i + 1;
  }
  const role = words.slice(s);
  if (!role.length) return null;
  const head = role[role.length - 1];
  if (!isRoleNoun(head)) return null;
  return role.join(' ');
}

/** A role in apposition after a name: ", a senior fellow at the Council on Foreign Relations". */
export function roleAfter(after: string): string | null {
  const m = after.match(/^,\s+((?:the|a|an)\s+)?([^,.;:"“”()]{2,120})/u);
  if (!m) return null;
  const words = m[2].trim().split(/\s+/);
  const at = words.slice(0, 5).findIndex((w) => isRoleNoun(w.replace(/[’']s$/, '')));
  if (at < 0) return null;
  if (words[at + 1] && /^\p{Lu}/u.test(words[at + 1]) && !/^(?:of|at|for|in)$/i.test(words[at + 1])) return null; // "…, skipper Wade Bassi has": another name's role
  if (/^(?:who|which|said|says|and)$/i.test(words[0])) return null;
  return m[2].trim();
}
