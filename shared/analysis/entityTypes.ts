/**
 * Step 2: what a name names — a person, an organisation or a place — from the name itself and the words
 * around one mention. Each piece of evidence adds to a score; the name book adds the scores of every mention.
 * Places, states, nationalities, country abbreviations and "R-Texas" or "an Iowa Republican" descriptors
 * score as places, so they are never taken for speakers.
 */
import type { NameMention } from './candidates';
import { firstNameGender, isDemonym, isKnownOrganisation, isOrgWord, isPartyWord, isPlainAdjective, isPlaceName, isPlaceWord, isRoleNoun } from './lexicon';
import { roleAfter, roleBefore, roleGender } from './roles';
import type { Gender } from './titles';
import { isPlainAddress, titleGender } from './titles';

export interface Evidence {
  person: number;
  org: number;
  place: number;
  gender: Gender;
  role: string | null;
  /** A title that says what the person does, for when no role is written out. */
  titleRole: string | null;
}

/** Abbreviations of countries and unions of them, written with or without full stops: a general fact of news writing. */
const COUNTRY_ABBREVIATION = /^(?:US|USA|UK|UAE|EU|UN|USSR|DPRK|PRC|ROK|DRC|NZ)$/;

/** Does the name, as written, say it is a place or a descriptor of origin or party? */
export function placeLike(tokens: string[]): boolean {
  const name = tokens.join(' ');
  if (COUNTRY_ABBREVIATION.test(name.replace(/\./g, ''))) return true;
  if (/^[RDI]-\p{Lu}/u.test(name)) return true; // "R-Texas": party and state of a legislator
  if (isPlaceName(name)) return true;
  if (tokens.length >= 2 && isPlaceWord(tokens[tokens.length - 1]) && !isOrgWord(tokens[tokens.length - 1]) && !firstNameGender(tokens[0])) return true; // "Powder River Basin"
  // every word a place, a nationality or a party: "Iowa Republican", "Israeli", "New York Democrat"
  const origin = (t: string): boolean => isPlaceName(t) || isDemonym(t) || COUNTRY_ABBREVIATION.test(t.replace(/\./g, ''));
  return tokens.some(origin) && tokens.every((t) => origin(t) || isPartyWord(t) || isPlainAdjective(t)) && !firstNameGender(tokens[0]);
}

/** Evidence from one mention of a name in its (masked) paragraph. */
export function evidenceOf(m: NameMention, text: string): Evidence {
  const e: Evidence = { person: 0, org: 0, place: 0, gender: null, role: null, titleRole: null };
  if (m.title) {
    e.person += 3;
    e.gender = titleGender(m.title);
    if (!isPlainAddress(m.title)) e.titleRole = m.title;
  }
  if (placeLike(m.tokens)) e.place += 6;
  if (m.tokens.some((t) => isOrgWord(t)) || isKnownOrganisation(m.name)) e.org += 3;
  if (m.tokens.length === 1 && /^\p{Lu}{2,}$/u.test(m.name)) e.org += 2; // acronyms
  if (m.tokens.length >= 2) {
    const g = firstNameGender(m.tokens[0]);
    if (g) {
      e.person += 1;
      if (g !== '?' && !e.gender) e.gender = g;
    }
  }
  const before = text.slice(Math.max(0, m.from - 60), m.from);
  const after = text.slice(m.end, m.end + 200);
  if (/\bthe\s+$/i.test(before)) e.org += 2;
  if (/\b(?:in|at|from|across|near|into|outside|throughout)\s+$/i.test(before)) e.place += 1;
  if (/\b(?:a|an)\s+$/i.test(before)) e.place += 3; // "an Iowa Republican": a description, not a name
  // "Labour’s shadow communities secretary, Angela Rayner, told…": a role in apposition before the name
  const clause = before.match(/(?:^|[,.;:!?—]\s*)((?:[\p{L}\u00ad’'&-]+\s+){0,7}[\p{L}\u00ad’'&-]+),\s*$/u);
  if (clause && /^\s*,/.test(after) && clause[1].split(/\s+/).some((w) => isRoleNoun(w))) {
    e.person += 3;
    e.role = clause[1].replace(/^(?:the|a|an)\s+/i, '');
  }
  if (/^,\s*\d{1,3},/.test(after)) e.person += 3; // "Eloise Parry, 21,"
  if (/^\s+(?:,\s*)?(?:who|whose)\b/.test(after)) e.person += 2;
  if (/^\s+(?:,\s*)?which\b/.test(after)) e.org += 1;
  const role = roleBefore(before) ?? roleAfter(after);
  if (role) {
    e.person += 3;
    e.role ??= role;
    e.gender ??= roleGender(role);
  }
  return e;
}
