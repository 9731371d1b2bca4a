import type { Draft } from './draft';

/**
 * A byline as pages and files write it → the writers' names, and their role apart:
 * "By Jane Doe, Industry Correspondent" → "Jane Doe" + "Industry Correspondent";
 * "Howard BlumeStaff Writer" (name and role run together by a page's markup) → "Howard Blume" + "Staff Writer";
 * "Pete Evans · CBC News" → "Pete Evans"; "Ann Lee@annlee" → "Ann Lee".
 */

/** Words of newsroom job titles (a general fact of news writing, not of any one page). */
const ROLE =
  /\b(?:correspondent|reporter|editor|writer|columnist|contributor|producer|presenter|analyst|critic|journalist|staff|bureau|chief|senior|deputy|associate|assistant|managing|executive|political|economics|business|health|science|technology|sports?|arts|culture|environment|foreign|diplomatic|legal|home affairs|industry|local democracy|investigations?|data|digital|freelance|special|desk|photographer|intern|fellow|commentator|reviewer|anchor|host)\b/i;

/** A person's name: two to five capitalised words (particles and initials allowed). */
const NAME = /^(?:\p{Lu}[\p{L}'’.-]*|de|da|del|della|der|van|von|la|le|du|bin|al|y)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|da|del|della|der|van|von|la|le|du|bin|al|y)){1,5}$/u;

export const looksLikeName = (s: string): boolean => NAME.test(s.trim()) && !ROLE.test(s) && !/^the\s/i.test(s.trim());

/** "BlumeStaff" → "Blume Staff": a lower-case letter then a capital inside a word, after at least four letters (not "McDonald", "DiChristopher"). */
function unglue(s: string): string {
  return s.replace(/(\p{L}{3}\p{Ll})(?=\p{Lu})/gu, '$1\n');
}

export interface BylineParts {
  byline: string | null;
  role: string | null;
}

/** Splits a cleaned byline into the names and the role. */
export function splitRole(raw: string): BylineParts {
  let s = raw.replace(/\s*\([^)]*\)\s*/g, ' ').replace(/[@#]\S*.*$/, '').trim();
  const roles: string[] = [];
  // run-together parts: keep names, set roles apart, drop the rest (a publication, a date)
  const glued = unglue(s).split('\n').map((p) => p.trim()).filter(Boolean);
  if (glued.length > 1) {
    const names = [glued[0]];
    for (const [k, part] of glued.slice(1).entries()) {
      const head = part.split(/\s*,\s*/)[0];
      if (ROLE.test(head)) {
        roles.push(head);
        break;
      }
      // a second writer runs on only as the last part ("Ann LeeBo Park, AP"); "Joe DoeWashington PostDec" ends in a date
      const last = k === glued.length - 2;
      if (last && looksLikeName(head) && !/\p{Lu}{2}/u.test(head) && head.split(/\s+/).length >= 2) names.push(part);
      else break;
    }
    s = names.join(', ');
  }
  // "Name · Outlet", "Name | Outlet", "Name / Agency": what follows the mark is not a writer
  s = s.split(/\s*[·•|/]\s*/)[0];
  const segments = s.split(/\s*(?:,|\s[-–—]\s|\sand\s|\s&\s)\s*/).map((p) => p.trim()).filter(Boolean);
  const names: string[] = [];
  for (const seg of segments) {
    if (looksLikeName(seg) && !/^the\s/i.test(seg)) names.push(seg);
    else if (ROLE.test(seg) && names.length) roles.push(seg);
    else if (!names.length) names.push(seg);
    else break; // a publication or a place after the names
  }
  return { byline: names.length ? names.join(', ') : null, role: roles.length ? roles.join(', ') : null };
}

/** The draft's byline as names only, its role moved to `bylineRole`. */
export function settleByline(draft: Draft): void {
  if (!draft.byline) return;
  const split = splitRole(draft.byline.replace(/^By(?=\p{Lu}\p{Ll})/u, ''));
  // "Sam Stein Senior Politics Editor": a role run on after the name without a mark
  const { byline, role } = split.role || split.byline?.includes(',') ? split : (nameAndRole(split.byline ?? '') ?? split);
  if (!byline) return;
  draft.byline = byline;
  draft.bylineRole ??= role;
}

const HONORIFIC = /^(?:dr|prof|professor|sir|dame|rev|mr|mrs|ms|mx)\.?\s+/i;

/** A line naming the writer without "By": "Name, Science Correspondent", "Name Health Editor", "Name | Municipal Affairs". */
export function nameAndRole(line: string): BylineParts | null {
  const s = line.replace(HONORIFIC, '').trim();
  const sep = /\s*(?:,|\||·|•|\s[-–—]\s)\s*/.exec(s);
  if (sep) {
    const name = s.slice(0, sep.index);
    const rest = s.slice(sep.index + sep[0].length);
    if (looksLikeName(name) && rest && (ROLE.test(rest) || /\|/.test(sep[0])) && !/\d/.test(rest)) return { byline: name, role: rest };
    return null;
  }
  const words = s.split(/\s+/);
  const roleAt = words.findIndex((w, k) => k >= 2 && ROLE.test(w));
  if (roleAt < 2) return null;
  const name = words.slice(0, roleAt).join(' ');
  return looksLikeName(name) ? { byline: name, role: words.slice(roleAt).join(' ') } : null;
}
