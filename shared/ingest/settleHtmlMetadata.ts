import { cleanParagraph } from './cleanText';
import { offer } from './draft';
import type { Draft } from './draft';
import { cleanByline, dateFromUrl, hostOf, siteFromTitle } from './metadata';
import { dateFromScripts, datelineOf } from './pageClues';
import { parseDate } from './parseDate';
import { choosePublication, nameFitsHost } from './publication';

const compact = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * "Sea wall plan approved | The Harbour Ledger" → "Sea wall plan approved", when the tail names the
 * publication, fits the host, or is the byline (some papers end opinion titles with the writer).
 */
export function withoutSiteSuffix(title: string, names: Array<string | null>, host: string | null): string {
  const m = /^(.{12,}?)\s+(?:[|–—•·]|-{1,2})\s+([^|–—•·]{2,60})$/.exec(title);
  if (!m) return title;
  const tail = compact(m[2]);
  const known = names.filter((n): n is string => !!n).map(compact);
  if (known.some((n) => n.length >= 3 && (n === tail || tail.includes(n) || (tail.length >= 4 && n.includes(tail)))) || nameFitsHost(m[2], host)) return m[1].trim();
  return title;
}

/** Drops short header lines the story does not need ("2/26/2015 7:11 AM PST BY TMZ STAFF") from the top. */
export function dropLeadingMetaLines(paragraphs: string[]): string[] {
  let i = 0;
  while (i < Math.min(paragraphs.length - 1, 3)) {
    const p = paragraphs[i];
    const short = p.split(/\s+/).length <= 14;
    const dateLine = parseDate(p) !== null && !/[.!?”"]$/.test(p) && (/^[\s\d/:.,-]*(\w+\.? \d|\d)/.test(p) || /\bby\s/i.test(p));
    const isMeta = short && (dateLine || /^by:?\s+\S+(\s+\S+){0,5}$/i.test(p) || /^(exclusive|breaking|updated?|advertisement)$/i.test(p));
    if (!isMeta) break;
    i++;
  }
  return paragraphs.slice(i);
}

export interface PageClues {
  pageTitle: string | null;
  /** OpenGraph's og:type: "website" means og:title names the site, not the story. */
  ogType: string | null;
  h1: string;
  textByline: string | null;
  textDate: string | null;
  scripts: string[];
  copyright: string | null;
}

const GENERIC_TITLE = /\b(latest news|top stories|headlines|breaking news|home ?page|front page)\b/i;

/**
 * A title that names the site rather than the story ("Yahoo News - Latest News & Headlines") gives way
 * to the page's own <title> or its <h1>.
 */
function replaceGenericTitle(draft: Draft, clues: PageClues): void {
  if (!draft.title) return;
  const generic = (t: string) => GENERIC_TITLE.test(t) || (!!draft.publication && compact(t) === compact(draft.publication));
  const pageTitle = clues.pageTitle ? cleanParagraph(clues.pageTitle) : '';
  const siteTitle = clues.ogType === 'website' && /^(readability|meta)$/.test(draft.origin.title ?? '') && !compact(pageTitle).includes(compact(draft.title));
  if (!generic(draft.title) && !siteTitle) return;
  const candidates: Array<[string | null, string]> = [
    [pageTitle || null, 'page-title'],
    [clues.h1 || null, 'h1'],
  ];
  for (const [text, origin] of candidates) {
    if (text && !generic(text) && compact(text) !== compact(draft.title) && text.split(/\s+/).length >= 3) {
      draft.title = text;
      draft.origin.title = origin;
      return;
    }
  }
}

/** Fills what metadata and Readability left open from the weaker clues, then tidies title, byline and body top. */
export function settleHtmlMetadata(draft: Draft, clues: PageClues): void {
  offer(draft, 'title', clues.h1 && clues.h1.length <= 300 ? clues.h1 : null, 'h1');
  offer(draft, 'byline', cleanByline(clues.textByline), 'page-text');
  offer(draft, 'published', clues.textDate, 'page-text');
  offer(draft, 'published', dateFromScripts(clues.scripts), 'script-data');
  offer(draft, 'published', dateFromUrl(draft.url), 'url');
  for (const p of draft.paragraphs.slice(0, 3)) offer(draft, 'published', datelineOf(p), 'dateline');

  const host = hostOf(draft.url);
  if (draft.publication && /^(https?:\/\/|www\.)/i.test(draft.publication)) draft.publication = null;
  const suffix = siteFromTitle(clues.pageTitle, draft.title);
  if (!draft.publication) {
    const pick = choosePublication({ titleSuffix: suffix, copyright: clues.copyright, host });
    if (pick) offer(draft, 'publication', pick.name, pick.origin);
  } else if (suffix && compact(suffix) === compact(draft.publication) && suffix !== draft.publication && /\s/.test(suffix)) {
    draft.publication = suffix; // "HeraldSun" in the metadata, "Herald Sun" in the title the reader sees
  }
  if (draft.byline && draft.publication && compact(draft.byline) === compact(draft.publication)) {
    draft.byline = null;
    delete draft.origin.byline;
  }
  replaceGenericTitle(draft, clues);
  if (draft.title) draft.title = withoutSiteSuffix(cleanParagraph(draft.title), [draft.publication, suffix, draft.byline], host);
  if (draft.title && draft.paragraphs[0] && cleanParagraph(draft.paragraphs[0]) === draft.title) draft.paragraphs.shift();
  draft.paragraphs = dropLeadingMetaLines(draft.paragraphs);
}
