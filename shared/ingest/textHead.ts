/**
 * The head of a plain-text, Word, PDF or e-mail article, above its first paragraph of prose: document
 * notices ("FOR IMMEDIATE RELEASE", "Subscriber copy — not for redistribution"), kickers ("OPINION"),
 * labelled fields, the headline, a byline with its role
 * ("By Name, Industry Correspondent") and datelines ("The Ledger — 18 December 2025 — By Name",
 * "The Ledger | Tuesday 3 June 2025", "Saturday, January 10, 2026").
 */
import { cleanParagraph, wordCount } from './cleanText';
import { offer } from './draft';
import type { Draft } from './draft';
import { parseDate } from './parseDate';
import { readHeaderLine } from './textHeaders';

/** How far down the head can reach, in paragraphs. */
const HEAD_ZONE = 12;

/** Notices a document carries about itself, not part of the story (general conventions of press copy). */
const NOTICE =
  /\b(?:for immediate release|immediate release|not for (?:re)?distribution|for (?:internal|personal) use|subscriber(?:s')? copy|embargo(?:ed)?|confidential|all rights reserved|copyright|printed (?:from|on)|page \d+ of \d+|reprinted with permission|this article (?:was|is) (?:first )?published)\b|©/i;
const FORWARDED = /^\s*(?:-{2,}\s*(?:forwarded message|original message)\s*-{2,}|begin forwarded message:?)\s*$/i;

/** The line after a forwarded message's marker ("---------- Forwarded message ---------"), or 0: what comes before it is the forwarder's note. */
export function forwardedStart(lines: string[]): number {
  const at = lines.slice(0, 60).findIndex((l) => FORWARDED.test(l));
  return at + 1;
}

export const looksLikeHeadline = (p: string): boolean =>
  p.length <= 200 && wordCount(p) <= 30 && wordCount(p) >= 2 && !/[.,;:]$/.test(p) && !/^(by|date|source)\b/i.test(p);

/** A short line in capitals ("OPINION", "FOR IMMEDIATE RELEASE") or a one-word section name. */
const isKicker = (p: string): boolean => (p.length <= 40 && !/\p{Ll}/u.test(p) && /\p{Lu}/u.test(p)) || (wordCount(p) === 1 && p.length <= 20 && !/\d/.test(p));

const BYLINE = /^(?:by|written by|words by|reporting by)[:\s]\s*(.{2,120})$/i;

/** "The Ledger — 18 December 2025 — By Name": the publication, the date and the byline of a dateline. */
function readDateline(p: string, draft: Draft): boolean {
  if (p.length > 160 || wordCount(p) > 18 || /[.!?]["”]?$/.test(p) && !/\b\d{4}\.$/.test(p)) return false;
  const parts = p.split(/\s+[|—–·•]\s+|\s+-{1,2}\s+/).map((x) => x.trim()).filter(Boolean);
  const date = parts.map((x) => parseDate(x)).find(Boolean) ?? null;
  if (!date) return false;
  for (const part of parts) {
    const by = BYLINE.exec(part);
    if (by) offer(draft, 'byline', by[1], 'dateline');
    else if (parseDate(part)) offer(draft, 'published', parseDate(part), 'dateline');
    else if (wordCount(part) <= 6 && /^\p{Lu}/u.test(part) && !/\d/.test(part)) offer(draft, 'publication', part, 'dateline');
  }
  offer(draft, 'published', date, 'dateline');
  return true;
}

/** "CAMBRIDGE, Mass., Sept. 22, 2025 /PRNewswire/ -- …": a press release's dateline opening its first paragraph. */
function readReleaseDateline(p: string, draft: Draft): void {
  const m = /^(.{3,80}?)\s*\/([^/]{2,60})\/\s*(?:--|—|–)/.exec(p);
  if (!m || !parseDate(m[1])) return;
  offer(draft, 'published', parseDate(m[1]), 'dateline');
  offer(draft, 'publication', m[2].trim(), 'dateline');
}

const compact = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** Reads the head off the top of the paragraphs into the draft; returns the body that follows it. */
export function readHead(paragraphs: string[], draft: Draft): string[] {
  const start = 0;
  let i = start;
  let headline: string | null = null;
  const end = Math.min(paragraphs.length - 1, start + HEAD_ZONE);
  for (; i < end; i++) {
    const p = cleanParagraph(paragraphs[i]);
    if (!p) continue;
    if (readHeaderLine(p, draft)) continue;
    if (NOTICE.test(p) && wordCount(p) <= 12) continue;
    const by = BYLINE.exec(p);
    if (by && wordCount(by[1]) <= 14) {
      offer(draft, 'byline', by[1].replace(/[,|]\s*$/, ''), 'byline-line');
      continue;
    }
    if (readDateline(p, draft)) continue;
    if (draft.title && compact(p) === compact(draft.title)) continue;
    if (!headline && isKicker(p)) continue;
    if (!headline && looksLikeHeadline(p)) {
      headline = p;
      continue;
    }
    break;
  }
  if (headline) {
    const subject = draft.origin.title === 'subject-line' && draft.title && compact(draft.title).includes(compact(headline));
    if (subject) draft.title = null;
    offer(draft, 'title', headline, 'first-line');
  }
  const body = paragraphs.slice(i);
  for (const p of body.slice(0, 3)) readReleaseDateline(p, draft);
  return body;
}
