import { cleanParagraph } from './cleanText';
import { parseDate } from './parseDate';

/**
 * Clues a page gives away in its visible text and its inline configuration, for pages without
 * good metadata: date and byline lines in the article header, the copyright line, dates in scripts.
 */

const DATE_HINT = /(^|[\s_-])(date|dated|time|timestamp|posted|published|pubdate|dateline|post-?date|article-?date|entry-?date|meta)([\s_-]|$)|date|posted|published|timestamp/i;
const BYLINE_HINT = /byline|by-line|author|contributor|writer|creator|reporter/i;
const NOT_BYLINE = /bio|avatar|photo|image|img|widget|comment|about|follow|social|share|more-?from|list|related|card|box|tweet/i;

const classAndId = (el: Element) => `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('itemprop') ?? ''}`;

/** Elements in document order whose class, id or itemprop matches, with short visible text. */
function hinted(doc: Document, hint: RegExp, limit: number, exclude?: RegExp): Element[] {
  const out: Element[] = [];
  for (const el of Array.from(doc.querySelectorAll('[class], [id], [itemprop]'))) {
    const names = classAndId(el);
    if (!hint.test(names) || (exclude && exclude.test(names))) continue;
    const tag = el.tagName.toUpperCase();
    if (tag === 'HTML' || tag === 'BODY' || tag === 'ARTICLE' || tag === 'MAIN' || tag === 'SCRIPT' || tag === 'LINK' || tag === 'INPUT') continue;
    out.push(el);
    if (out.length >= limit) break;
  }
  return out;
}

/** The first date shown in a date-like element near the top of the page ("posted on April 21, 2015"). */
export function dateFromPageText(doc: Document): string | null {
  for (const el of hinted(doc, DATE_HINT, 40)) {
    if (/updated|modified/i.test(classAndId(el))) continue;
    const attr = el.getAttribute('datetime') ?? el.getAttribute('data-datetime') ?? el.getAttribute('content');
    const fromAttr = parseDate(attr);
    if (fromAttr) return fromAttr;
    const text = cleanParagraph(el.textContent ?? '');
    if (text.length > 0 && text.length <= 120) {
      const d = parseDate(text.replace(/^.*?\b(published|posted)\b/i, ''));
      if (d) return d;
    }
  }
  return null;
}

/** "By Jane Doe" in a byline- or date-like element of the article header. */
export function bylineFromPageText(doc: Document): string | null {
  for (const el of hinted(doc, BYLINE_HINT, 30, NOT_BYLINE)) {
    const text = cleanParagraph(el.textContent ?? '');
    if (text.length >= 3 && text.length <= 100 && /\p{L}/u.test(text)) return text;
  }
  for (const el of hinted(doc, DATE_HINT, 30)) {
    const text = cleanParagraph(el.textContent ?? '');
    if (text.length <= 120 && /\bby\s+\S/i.test(text)) return text;
  }
  return null;
}

/** "© 2005-2015 WebMD, LLC. All rights reserved." → "WebMD". */
export function publicationFromCopyright(doc: Document): string | null {
  const body = doc.querySelector('body');
  if (!body) return null;
  const candidates = Array.from(doc.querySelectorAll('footer, [class*="copyright"], [id*="copyright"], [class*="footer"], [id*="footer"]'));
  candidates.push(body);
  for (const el of candidates) {
    const text = el.textContent ?? '';
    const re = /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}\s*(?:[-–]\s*\d{4})?\s*,?\s*)?(?:by\s+)?([A-Z][\w&'.-]*(?:[ \t]+(?:of[ \t]+)?[A-Z&][\w&'.-]*){0,4})/g;
    for (const m of text.matchAll(re)) {
      const name = m[1]
        .replace(/[,.\s]+(inc|llc|ltd|limited|plc|corp|corporation|gmbh|co|company|group|all|media)\.?$/i, '')
        .replace(/[,.\s]+(inc|llc|ltd|limited|plc|corp|corporation|gmbh|all)\.?$/i, '')
        .replace(/[.,]+$/, '')
        .trim();
      if (name.length >= 2 && !/^(all|the|by|copyright|rights|reserved)$/i.test(name)) return name;
    }
  }
  return null;
}

const SCRIPT_DATE = /["']?(?:date_?published|datePublished|publish(?:ed)?_?(?:date|at|time|on)?|pub_?date|first_?published(?:_?(?:at|date))?|date_?created|created_?at|article_?date|post_?date)["']?\s*[:=]\s*["']([^"'\n]{6,40})["']/gi;

/** A publication date a page keeps in its inline configuration ({published: "2015-04-21 05:29:39"}). */
export function dateFromScripts(scripts: string[]): string | null {
  for (const s of scripts) {
    for (const m of s.matchAll(SCRIPT_DATE)) {
      const d = parseDate(m[1]);
      if (d) return d;
    }
  }
  return null;
}

/** A dateline opening the story: "Feb. 23, 2015 -- Life-threatening…", "LONDON, March 3, 2015 — …". */
export function datelineOf(paragraph: string): string | null {
  const m = /^(.{4,60}?)\s*(?:--|—|–|-|:)\s/.exec(paragraph);
  return m ? parseDate(m[1]) : null;
}

const MODIFIED_META = ['article:modified_time', 'og:article:modified_time', 'og:updated_time', 'datemodified', 'dc.date.modified', 'dcterms.modified', 'last-modified', 'modified-date', 'revision_date'];

/**
 * Dates for a page that states no publication date: the text of a <time> element without a
 * machine-readable date ("Dec 13, 2016 at 3:45 pm"), then the date of its last update
 * (article:modified_time, "Updated: Oct 9, 2019").
 */
export function fallbackDates(doc: Document): { timeText: string | null; modified: string | null } {
  let timeText: string | null = null;
  for (const time of Array.from(doc.querySelectorAll('time')).slice(0, 5)) {
    timeText = parseDate(cleanParagraph(time.textContent ?? ''));
    if (timeText) break;
  }
  let modified: string | null = null;
  for (const meta of Array.from(doc.querySelectorAll('meta'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').trim().toLowerCase();
    if (MODIFIED_META.includes(key)) modified ??= parseDate(meta.getAttribute('content') ?? meta.getAttribute('value'));
  }
  if (!modified) {
    const text = doc.querySelector('body')?.textContent?.slice(0, 50_000) ?? '';
    const updated = /\b(?:last\s+)?updated:?\s*(?:on\s+)?([A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8},? \d{4}|\d{4}-\d{2}-\d{2})/i.exec(text);
    modified = updated ? parseDate(updated[1]) : null;
  }
  return { timeText, modified };
}
