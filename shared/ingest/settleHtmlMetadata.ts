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
  // " : " parts only when the tail names the site ("… : The Two-Way : NPR"); a headline's own colon has no space before it
  const m = /^(.{12,}?)\s+([|–—•·:]|-{1,2})\s+([^|–—•·:]{2,60})$/.exec(title);
  if (!m) return title;
  const tail = compact(m[3]);
  const known = names.filter((n): n is string => !!n).map(compact);
  if (!known.some((n) => n.length >= 3 && (n === tail || tail.includes(n) || (tail.length >= 4 && n.includes(tail)))) && !nameFitsHost(m[3], host)) return title;
  // "Headline : Section : Site": short sections between the headline and the site go too
  const parts = m[1].split(` ${m[2]} `);
  return (parts.length > 1 && parts.slice(1).every((p) => p.split(/\s+/).length <= 4) ? parts[0] : m[1]).trim();
}

/** "Headline | Section | Site" where the page's own <h1> is "Headline": the h1, without the parts after it. */
export function headlineOfTitle(title: string, h1: string): string {
  if (h1.length < 12 || !title.startsWith(h1)) return title;
  return /^\s+(?:[|–—•·:]|-{1,2})\s+\S/.test(title.slice(h1.length)) ? h1 : title;
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
  /** Only when the page states no publication date: a <time>'s text, then the date of its last update. */
  timeText?: string | null;
  modified?: string | null;
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

/** An <h1> that reads as a story's headline: four words or more, a capital first, no full stop, not naming the site ("Back to MSN home"). */
function looksLikePageHeadline(h1: string, host: string | null): boolean {
  if (h1.split(/\s+/).length < 4 || h1.length > 300 || !/^[\p{Lu}\d"“‘'$£€]/u.test(h1) || /\.$/.test(h1)) return false;
  const site = host?.split('.').slice(-2, -1)[0];
  return !site || site.length < 3 || !compact(h1).includes(site.replace(/[^\p{L}\p{N}]/gu, ''));
}

/** Fills what metadata and Readability left open from the weaker clues, then tidies title, byline and body top. */
export function settleHtmlMetadata(draft: Draft, clues: PageClues): void {
  offer(draft, 'title', clues.h1 && clues.h1.length <= 300 ? clues.h1 : null, 'h1');
  offer(draft, 'byline', cleanByline(clues.textByline), 'page-text');
  offer(draft, 'published', clues.textDate, 'page-text');
  offer(draft, 'published', dateFromScripts(clues.scripts), 'script-data');
  offer(draft, 'published', dateFromUrl(draft.url), 'url');
  for (const p of draft.paragraphs.slice(0, 3)) offer(draft, 'published', datelineOf(p), 'dateline');
  offer(draft, 'published', clues.timeText ?? null, 'time-text');
  offer(draft, 'published', clues.modified ?? null, 'modified');

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
    const text = cleanByline(clues.textByline);
    if (text && compact(text) !== compact(draft.publication)) offer(draft, 'byline', text, 'page-text');
  }
  replaceGenericTitle(draft, clues);
  // the headline the reader sees over the story beats the one written for search engines and sharing
  if (looksLikePageHeadline(clues.h1, host) && draft.title && compact(draft.title) !== compact(clues.h1) && !compact(draft.title).startsWith(compact(clues.h1))) {
    draft.title = clues.h1;
    draft.origin.title = 'h1';
  }
  if (draft.title) draft.title = headlineOfTitle(withoutSiteSuffix(cleanParagraph(draft.title), [draft.publication, suffix, draft.byline], host), clues.h1);
  if (draft.title && draft.paragraphs[0] && cleanParagraph(draft.paragraphs[0]) === draft.title) draft.paragraphs.shift();
  draft.paragraphs = dropLeadingMetaLines(draft.paragraphs);
}
