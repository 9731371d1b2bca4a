/**
 * Roles written beside a name: before it ("UK defence secretary John Healey") or in apposition after it
 * (", a former U.S. ambassador to Israel,"). A role ends at a comma, a semicolon, a colon, a bracket or a
 * quotation mark, or at a full stop that ends a sentence — never at the full stop of an abbreviation
 * or an initial ("U.S.", "Dana F. Smith", "Jan.", "No.").
 */
import { isRoleNoun } from './lexicon';
import type { Gender } from './titles';
import { endsSentence } from './sentences';

const FEMALE_ROLES = /\b(?:mother|wife|daughter|sister|spokeswoman|chairwoman|congresswoman|queen|princess|grandmother|aunt|niece|actress|girlfriend|businesswoman)\b/i;
const MALE_ROLES = /\b(?:father|husband|son|brother|spokesman|chairman|congressman|king|prince|grandfather|uncle|nephew|boyfriend|businessman)\b/i;

/** The gender a role states ("his wife", "spokeswoman"), if any. */
export const roleGender = (role: string): Gender => (FEMALE_ROLES.test(role) ? 'f' : MALE_ROLES.test(role) ? 'm' : null);

/** Words that cannot be inside a role written before a name: where it starts, it starts after them. */
const NOT_ROLE = /^(?:said|says|told|by|the|a|an|and|to|with|as|from|of|at|in|on|that|this|when|while|after|for|his|her|their|its|was|is|were|are|be|been|has|have|had|how|who|which|what|where|why|put|it|he|she|they|—|–|-)$/i;

const WORD = /^[\p{L}\u00ad.’'&-]+$/u;

/** A role written before a name: "UK defence secretary John Healey", "chief inspector Jennifer Mattinson". */
export function roleBefore(before: string): string | null {
  if (!/\s$/.test(before)) return null;
  // the last seven words before the name, back to the first that is no word (a number, a bracket, a comma)
  const words: string[] = [];
  for (const w of before.trimEnd().split(/\s+/).reverse()) {
    if (words.length === 7 || !WORD.test(w)) break;
    words.unshift(w);
  }
  if (!words.length || !/^[\p{L}’'-]+$/u.test(words[words.length - 1])) return null;
  let s = 0;
  for (let i = 0; i < words.length - 1; i++) if (NOT_ROLE.test(words[i])) s = i + 1;
  const role = words.slice(s);
  if (!role.length || !isRoleNoun(role[role.length - 1])) return null;
  return role.join(' ');
}

/** Where a role in apposition ends: the first comma, semicolon, colon, bracket, quotation mark or sentence end. */
function roleEnd(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (/[,;:"“”()]/.test(c)) return i;
    if ((c === '.' || c === '!' || c === '?') && endsSentence(text, i)) return i;
  }
  return text.length;
}

/** A role in apposition after a name: ", a senior fellow at the Council on Foreign Relations". */
export function roleAfter(after: string): string | null {
  const m = after.match(/^,\s+/u);
  if (!m) return null;
  const body = after.slice(m[0].length, m[0].length + 160);
  const text = body.slice(0, roleEnd(body)).trim();
  if (text.length < 2 || text.length > 120) return null;
  const words = text.replace(/^(?:the|a|an)\s+/i, '').split(/\s+/);
  const at = words.slice(0, 5).findIndex((w) => isRoleNoun(w.replace(/[’']s$/, '')));
  if (at < 0) return null;
  if (words[at + 1] && /^\p{Lu}/u.test(words[at + 1]) && !/^(?:of|at|for|in)$/i.test(words[at + 1])) return null; // "…, skipper Wade Bassi has": another name's role
  if (/^(?:who|which|said|says|and)$/i.test(words[0])) return null;
  return text;
}
