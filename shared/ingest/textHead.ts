/**
 * The head of a plain-text, Word, PDF or e-mail article, above its first paragraph of prose: document
 * notices ("FOR IMMEDIATE RELEASE", "Subscriber copy — not for redistribution", "Saved from the web — …"),
 * wire slugs, breadcrumbs and kickers ("OPINION", "Science"), a masthead, labelled fields, the headline,
 * a standfirst, a byline with its role ("By Name, Industry Correspondent", "Name Health Editor") and
 * datelines ("The Ledger — 18 December 2025 — By Name", "The Ledger | Tuesday 3 June 2025").
 */
import { nameAndRole } from './byline';
import { cleanParagraph, wordCount } from './cleanText';
import { offer } from './draft';
import type { Draft } from './draft';
import { unshout } from './metadata';
import { parseDate } from './parseDate';
import { readHeaderLine } from './textHeaders';

/** How far down the head can reach, in paragraphs. */
const HEAD_ZONE = 12;

/** Notices a document carries about itself, not part of the story (general conventions of press copy, print-outs and newsletters). */
const NOTICE =
  /\b(?:for immediate release|immediate release|not for (?:re)?distribution|for (?:internal|personal) use|subscriber(?:s')? copy|embargo(?:ed)?|confidential|all rights reserved|copyright|page \d+ of \d+|reprinted with permission|(?:saved|printed|downloaded|retrieved|accessed|archived|clipped) (?:from|on|at)|view (?:(?:this|it|the) )?(?:e-?mail |newsletter )?(?:in|on) (?:your |a |the )?(?:web )?browser|trouble (?:reading|viewing) this|unsubscribe|manage (?:your )?(?:newsletters?|preferences|subscriptions?))\b|©/i;
const FORWARDED = /^\s*(?:-{2,}\s*(?:forwarded message|original message)\s*-{2,}|begin forwarded message:?)\s*$/i;
/** "Home » India » Science": a trail of short links. */
const BREADCRUMB = /^[^.!?]{1,40}(?:\s*[»›>\ufffd/]\s*[^.!?»›>\ufffd/]{1,40}){2,}$/u;
/** A wire service's slug: "BC-EU-Rates/3rd Ld-Writethru". */
const SLUG = /^[A-Z]{2,}-[\w/-]+(?:\s+[\w/-]+){0,3}$/;
const BYLINE = /^(?:by|written by|words by|reporting by)[:\s]\s*(.{2,120})$/i;
const WEEKDAY = /^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?$/i;
const UPDATED = /^(?:last\s+)?(?:updated|modified|edited)\b/i;

/** The line after a forwarded message's marker ("---------- Forwarded message ---------"), or 0: what comes before it is the forwarder's note. */
export function forwardedStart(lines: string[]): number {
  return lines.slice(0, 60).findIndex((l) => FORWARDED.test(l)) + 1;
}

export const looksLikeHeadline = (p: string): boolean =>
  p.length <= 200 && wordCount(p) <= 30 && wordCount(p) >= 2 && !/[.,;:]$/.test(p) && !/^(by|date|source)\b/i.test(p);

const isCapitals = (p: string): boolean => wordCount(p) <= 4 && p.length <= 40 && !/\p{Ll}/u.test(p) && /\p{Lu}/u.test(p);
/** A one-word section name ("Science", "Opinion"). */
const isSection = (p: string): boolean => wordCount(p) === 1 && p.length <= 20 && !/\d/.test(p);
/** A newspaper's name set as a masthead: two to four capitalised words ("The Highland Meridian"). */
const isMasthead = (p: string): boolean => wordCount(p) >= 2 && wordCount(p) <= 4 && p.split(/\s+/).every((w) => /^(?:\p{Lu}|of|the|and|&)/u.test(w)) && !/\d/.test(p);

interface Found {
  /** A date given as an update, used only when no publication date is found. */
  updated: string | null;
}

/** "The Ledger — 18 December 2025 — By Name": the publication, the date and the byline of a dateline. */
function readDateline(p: string, draft: Draft, found: Found): boolean {
  if (p.length > 160 || wordCount(p) > 18 || (/[.!?]["”]?$/.test(p) && !/\b\d{4}\.$/.test(p))) return false;
  let parts = p.split(/\s+[|—–·•]\s+|\s+-{1,2}\s+/).map((x) => x.trim()).filter(Boolean);
  if (!parts.some((x) => parseDate(x))) return false;
  // "The Morning Wire, 11 April 2025": a name and a date after a comma (not "Tuesday, 3 June 2025")
  const named = parts.length === 1 ? /^(\p{Lu}[^,\d]{1,60}),\s+(.*\d{4}.*)$/u.exec(p) : null;
  if (named && parseDate(named[2]) && !WEEKDAY.test(named[1])) parts = [named[1], named[2]];
  for (const part of parts) {
    const by = BYLINE.exec(part);
    const date = parseDate(part);
    if (by) offer(draft, 'byline', by[1], 'dateline');
    else if (date && UPDATED.test(part)) found.updated ??= date;
    else if (date) offer(draft, 'published', date, 'dateline');
    else if (nameAndRole(part)) {
      const named = nameAndRole(part);
      offer(draft, 'byline', named?.byline, 'dateline');
      offer(draft, 'bylineRole', named?.role, 'dateline');
    } else if (wordCount(part) <= 6 && /^\p{Lu}/u.test(part) && !/\d/.test(part)) offer(draft, 'publication', unshout(part), 'dateline');
  }
  return true;
}

/** "CAMBRIDGE, Mass., Sept. 22, 2025 /PRNewswire/ -- …", "FRANKFURT, Oct 30, 2025 (Reuters) — …": the dateline opening a release or wire story. */
function readOpeningDateline(p: string, draft: Draft): void {
  const m = /^(\p{Lu}[^—–()/]{2,80}?)\s*(?:\/([^/]{2,60})\/|\(([^)]{2,40})\))\s*(?:--|—|–|-)\s/u.exec(p);
  if (!m) return;
  const date = parseDate(m[1]);
  // "LAGOS, Nov 3 (Reuters) —" names the wire even without a year; the place must be in capitals
  if (!date && !/^\p{Lu}{2,}[\p{Lu} .'-]*(?:,|$|\s*$)/u.test(m[1])) return;
  offer(draft, 'published', date, 'dateline');
  offer(draft, 'publication', (m[2] ?? m[3]).trim(), 'dateline');
}

const compact = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** A byline line: "By Name[, Role]", or a name with its role and no "By" ("Name Health Editor", "Name | Business"). */
function readByline(p: string, draft: Draft, found: Found): boolean {
  const by = BYLINE.exec(p);
  if (by && wordCount(by[1]) <= 14) {
    offer(draft, 'byline', by[1].replace(/[,|]\s*$/, ''), 'byline-line');
    readDateline(p, draft, found); // "By Name | Updated: May 27, 2025"
    return true;
  }
  const named = wordCount(p) <= 10 && !/[.!?]$/.test(p) ? nameAndRole(p) : null;
  if (!named) return false;
  offer(draft, 'byline', named.byline, 'byline-line');
  offer(draft, 'bylineRole', named.role, 'byline-line');
  return true;
}

/**
 * Where the story starts in a newsletter or digest: a headline with a byline right under it, below an
 * introduction ("Good morning. Today: …") and a kicker ("TODAY'S LEAD"); 0 when the head is at the top.
 */
function storyStart(paragraphs: string[]): number {
  const limit = Math.min(paragraphs.length - 2, HEAD_ZONE);
  let prose = false;
  for (let k = 0; k < limit; k++) {
    const p = cleanParagraph(paragraphs[k]);
    const next = cleanParagraph(paragraphs[k + 1]);
    if (prose && looksLikeHeadline(p) && !isCapitals(p) && (BYLINE.test(next) || nameAndRole(next))) return k;
    if (/[.!?]["”]?$/.test(p) && wordCount(p) > 12) prose = true;
  }
  return 0;
}

/** Reads the head off the top of the paragraphs into the draft; returns the body that follows it. */
export function readHead(paragraphs: string[], draft: Draft): string[] {
  const found: Found = { updated: null };
  let headline: string | null = null;
  let i = storyStart(paragraphs);
  const end = Math.min(paragraphs.length - 1, HEAD_ZONE);
  for (; i < end; i++) {
    const p = cleanParagraph(paragraphs[i]);
    if (!p || readHeaderLine(p, draft)) continue;
    if ((NOTICE.test(p) && wordCount(p) <= 16) || BREADCRUMB.test(p) || SLUG.test(p)) continue;
    if (!headline && i === 0 && isCapitals(p) && isMasthead(p)) {
      offer(draft, 'publication', unshout(p), 'masthead');
      continue;
    }
    // "The Kampala Observer — Health & Science": the masthead and its section
    const section = !headline && i <= 1 ? /^(.+?)\s+[—–|·]\s+([^—–|·]{2,40})$/.exec(p) : null;
    if (section && isMasthead(section[1]) && wordCount(section[2]) <= 4 && !parseDate(p)) {
      offer(draft, 'publication', section[1], 'masthead');
      continue;
    }
    if (readByline(p, draft, found) || readDateline(p, draft, found)) continue;
    if (draft.title && compact(p) === compact(draft.title)) continue;
    if ((!headline || isMasthead(headline)) && (isCapitals(p) || isSection(p))) continue; // kicker
    if (looksLikeHeadline(p) && (!headline || (isMasthead(headline) && wordCount(p) > wordCount(headline)))) {
      if (headline) offer(draft, 'publication', headline, 'masthead');
      headline = p;
      continue;
    }
    // a standfirst under the headline, with the byline or dateline still to come
    const next = cleanParagraph(paragraphs[i + 1] ?? '');
    if (headline && wordCount(p) <= 40 && next && (BYLINE.test(next) || nameAndRole(next) || (next.length <= 80 && parseDate(next)))) continue;
    break;
  }
  if (headline) {
    const subject = draft.origin.title === 'subject-line' && draft.title && compact(draft.title).includes(compact(headline));
    if (subject) draft.title = null;
    offer(draft, 'title', headline, 'first-line');
  }
  const body = paragraphs.slice(i);
  for (const p of body.slice(0, 3)) readOpeningDateline(p, draft);
  offer(draft, 'published', found.updated, 'updated-line');
  return body;
}

/** "© 2025 The Ledger. All rights reserved." closing a text article: the publication (when nothing else named it), and not part of the story. */
const COPYRIGHT = /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}\s*[,-]?\s*)?(.{2,60}?)[\s,.]*(?:\d{4})?[\s,.]*(?:all rights reserved\.?)?$/i;

export function readFoot(paragraphs: string[], draft: Draft): string[] {
  for (let k = paragraphs.length - 1; k >= Math.max(1, paragraphs.length - 3); k--) {
    const m = COPYRIGHT.exec(cleanParagraph(paragraphs[k]));
    if (!m || wordCount(paragraphs[k]) > 14) continue;
    offer(draft, 'publication', m[1].replace(/[,.]?\s*(?:ltd|limited|plc|inc|llc)\.?$/i, '').trim() || null, 'copyright');
    return [...paragraphs.slice(0, k), ...paragraphs.slice(k + 1)];
  }
  return paragraphs;
}
