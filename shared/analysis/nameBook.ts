/**
 * Step 3: every name the article gives, what each names (adding the evidence of every mention), and how to
 * get from a short or misspelt form to the fullest form the article gives ("Mr Healey" → "John Healey",
 * "Black Elk" → "Linda Black Elk", "Mr Pistorious" → "Boris Pistorius"). Nothing from outside the article.
 */
import type { NameMention } from './candidates';
import { evidenceOf } from './entityTypes';
import { firstNameGender } from './lexicon';
import type { Gender } from './titles';

export interface Entity {
  name: string;
  tokens: string[];
  mentions: number;
  person: number;
  org: number;
  place: number;
  gender: Gender;
  role: string | null;
  /** Titles the name was given ("President", "Mr"), lower case. */
  titles: Set<string>;
  /** A title that says what the person does, for when no role is written out. */
  titleRole: string | null;
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

/** Does `short` name the same as `full`: its last words, its first word alone, or first and last words? */
function shortFormOf(short: string[], full: string[]): boolean {
  if (short.length >= full.length) return false;
  const tail = full.slice(full.length - short.length);
  if (tail.every((t, i) => t === short[i])) return true;
  if (short.length === 1) return full[0] === short[0];
  return full[0] === short[0] && full[full.length - 1] === short[short.length - 1];
}

export class NameBook {
  readonly entities = new Map<string, Entity>();
  private readonly resolved = new Map<string, string>();
  private full: Entity[] | null = null;

  private entity(name: string): Entity {
    let e = this.entities.get(name);
    if (!e) {
      e = { name, tokens: name.split(' '), mentions: 0, person: 0, org: 0, place: 0, gender: null, role: null, titles: new Set(), titleRole: null };
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
    const ev = evidenceOf(m, text);
    e.mentions++;
    e.person += ev.person;
    e.org += ev.org;
    e.place += ev.place;
    e.gender ??= ev.gender;
    e.role ??= ev.role;
    e.titleRole ??= ev.titleRole;
    if (m.title) e.titles.add(m.title.toLowerCase());
  }

  /** A name also used by its surname or its first name alone counts as a person's. */
  settle(): void {
    this.resolved.clear();
    this.full = null;
    for (const e of this.entities.values()) {
      if (e.tokens.length < 2) continue;
      const first = this.entities.get(e.tokens[0]);
      const last = this.entities.get(e.tokens[e.tokens.length - 1]);
      if (last && last !== e) e.person += 2;
      else if (first && first !== e && firstNameGender(e.tokens[0])) e.person += 2;
    }
  }

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
    this.full ??= [...this.entities.values()].filter((e) => e.tokens.length >= 2 && e.org < 3 && e.place < 3);
    let best: Entity | null = null;
    const pick = (e: Entity): void => {
      if (!best || e.tokens.length > best.tokens.length || (e.tokens.length === best.tokens.length && e.mentions > best.mentions)) best = e;
    };
    for (const e of this.full) if (shortFormOf(toks, e.tokens)) pick(e);
    if (best) return (best as Entity).name;
    const lastTok = toks[toks.length - 1];
    // a misspelling of a name already in the article
    if (lastTok.length >= 5) {
      for (const e of this.full) {
        const eLast = e.tokens[e.tokens.length - 1];
        const d = editDistance(eLast.toLowerCase(), lastTok.toLowerCase());
        if (d > 0 && d <= 2 && d / Math.max(eLast.length, lastTok.length) <= 0.25) pick(e);
      }
      if (best) return (best as Entity).name;
    }
    // an organisation by the first words of its name ("Redcliffe" → "Redcliffe Resources"), when the short form is no person's
    if (!this.isPerson(name)) {
      for (const e of this.entities.values()) if (e.org >= 3 && e.tokens.length > toks.length && toks.every((t, i) => e.tokens[i] === t)) pick(e);
      if (best) return (best as Entity).name;
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
    return this.entities.get(name);
  }

  /** A name of two to four words with no evidence either way (no title, role, place or organisation word). */
  unknownPerson(name: string): boolean {
    const e = this.entities.get(name);
    return Boolean(e && e.tokens.length >= 2 && e.tokens.length <= 4 && e.org === 0 && e.person === 0 && e.place === 0);
  }

  isPerson(name: string): boolean {
    const e = this.get(name);
    return Boolean(e && e.person > e.org && e.person > e.place);
  }

  /** A place, a nationality or a descriptor such as "an Iowa Republican": never a speaker. */
  isPlace(name: string): boolean {
    const e = this.get(name);
    return Boolean(e && e.place > 0 && e.place >= e.person && e.place >= e.org);
  }
}
