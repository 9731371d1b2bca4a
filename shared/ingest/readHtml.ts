import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { publicationFromAppeals, removeBoilerplate } from './boilerplate';
import { cleanParagraph } from './cleanText';
import { offer } from './draft';
import type { Draft } from './draft';
import { htmlParagraphs } from './htmlParagraphs';
import { limitNesting } from './limitNesting';
import { cleanByline, dateFromUrl, extractHtmlMetadata, hostOf, siteFromTitle } from './metadata';
import { bylineFromPageText, dateFromPageText, dateFromScripts, datelineOf, publicationFromCopyright } from './pageClues';
import { parseDate } from './parseDate';
import { choosePublication, nameFitsHost } from './publication';

const MAX_SCRIPT_TEXT = 1_000_000;

/** Inline scripts' text, read as data (never run), for the dates pages keep in their configuration. */
function inlineScripts(doc: Document): string[] {
  const out: string[] = [];
  let total = 0;
  for (const el of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const t = el.textContent ?? '';
    if (total + t.length > MAX_SCRIPT_TEXT) break;
    total += t.length;
    out.push(t);
  }
  return out;
}

/** "Sea wall plan approved | The Harbour Ledger" → "Sea wall plan approved", when the tail names the publication. */
function withoutSiteSuffix(title: string, publication: string | null, host: string | null): string {
  const m = /^(.{12,}?)\s+(?:[|–—:•·]|-{1,2})\s+([^|–—•·]{2,60})$/.exec(title);
  if (!m) return title;
  const tail = m[2].trim();
  const same = (a: string, b: string) => a.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '') === b.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  if ((publication && (same(tail, publication) || tail.toLowerCase().includes(publication.toLowerCase()))) || nameFitsHost(tail, host)) return m[1].trim();
  return title;
}

/** Drops short header lines the story does not need ("2/26/2015 7:11 AM PST BY TMZ STAFF") from the top. */
function dropLeadingMetaLines(paragraphs: string[]): string[] {
  let i = 0;
  while (i < Math.min(paragraphs.length - 1, 3)) {
    const p = paragraphs[i];
    const short = p.split(/\s+/).length <= 14;
    const isMeta = short && (parseDate(p) !== null && /^[\s\d/:.,-]*(\w+\.? \d|\d)|\bby\s/i.test(p) && !/[.!?”"]$/.test(p) || /^by\s+\S+(\s+\S+){0,5}$/i.test(p) || /^(exclusive|breaking|updated?|advertisement)$/i.test(p));
    if (!isMeta) break;
    i++;
  }
  return paragraphs.slice(i);
}

/** Elements that can only carry code or active content: gone before anything looks at the page. */
const ACTIVE = 'script:not([type="application/ld+json"]), style, iframe, object, embed, frame, frameset, applet, template, link[rel="import"], base';

/** Parses HTML into a linkedom document; nothing in it is ever run. */
export function parseDocument(html: string): Document {
  const safe = limitNesting(html);
  const { document: doc } = parseHTML(/<html[\s>]/i.test(safe) ? safe : `<!doctype html><html><head></head><body>${safe}</body></html>`);
  return doc as unknown as Document;
}

/** A page → Draft: metadata from the page, the story from Readability, as plain-text paragraphs. */
export function readHtml(html: string, options: { url?: string | null } = {}): Draft {
  const doc = parseDocument(html);
  const scripts = inlineScripts(doc);
  for (const el of Array.from(doc.querySelectorAll(ACTIVE))) el.remove();
  const draft = extractHtmlMetadata(doc, options.url);
  const pageTitle = doc.querySelector('title')?.textContent ?? null;
  const textDate = dateFromPageText(doc);
  const textByline = bylineFromPageText(doc);
  const copyright = draft.publication ? null : publicationFromCopyright(doc);
  const h1 = cleanParagraph(doc.querySelector('article h1, main h1, h1')?.textContent ?? '');
  for (const el of Array.from(doc.querySelectorAll('script:not([type="application/ld+json"])'))) el.remove();

  let article: ReturnType<Readability<Node>['parse']> = null;
  try {
    article = new Readability<Node>(doc, { serializer: (node) => node, maxElemsToParse: 40_000 }).parse();
  } catch {
    article = null;
  }
  let paragraphs: string[];
  if (article?.content) {
    paragraphs = htmlParagraphs(article.content);
  } else {
    const body = doc.querySelector('body') ?? doc.documentElement;
    paragraphs = body ? htmlParagraphs(body) : [];
  }
  const { kept, appeals } = removeBoilerplate(paragraphs);
  offer(draft, 'publication', publicationFromAppeals(appeals), 'boilerplate');
  draft.paragraphs = kept;

  if (article) {
    // Readability's title is the cleanest headline; keep the page's own when it has one.
    const readTitle = article.title ? cleanParagraph(article.title) : null;
    if (readTitle) {
      draft.title = readTitle;
      draft.origin.title = 'readability';
    }
    offer(draft, 'byline', cleanByline(article.byline), 'readability');
    offer(draft, 'publication', article.siteName, 'readability');
    offer(draft, 'published', parseDate(article.publishedTime), 'readability');
    offer(draft, 'language', article.lang, 'readability');
  }
  offer(draft, 'title', h1 && h1.length <= 300 ? h1 : null, 'h1');
  if (draft.title) draft.title = withoutSiteSuffix(draft.title, draft.publication, hostOf(draft.url));
  offer(draft, 'byline', cleanByline(textByline), 'page-text');
  offer(draft, 'published', textDate, 'page-text');
  offer(draft, 'published', dateFromScripts(scripts), 'script-data');
  offer(draft, 'published', dateFromUrl(draft.url), 'url');
  for (const p of draft.paragraphs.slice(0, 3)) offer(draft, 'published', datelineOf(p), 'dateline');
  if (draft.publication && /^(https?:\/\/|www\.)/i.test(draft.publication)) {
    draft.url = draft.url ?? draft.publication;
    draft.publication = null;
  }
  if (!draft.publication) {
    const pick = choosePublication({ titleSuffix: siteFromTitle(pageTitle, draft.title), copyright, host: hostOf(draft.url) });
    if (pick) offer(draft, 'publication', pick.name, pick.origin);
  }
  if (draft.byline && draft.publication && draft.byline.toLowerCase() === draft.publication.toLowerCase()) {
    draft.byline = null;
    delete draft.origin.byline;
  }
  if (draft.title && draft.paragraphs[0] && cleanParagraph(draft.paragraphs[0]) === draft.title) draft.paragraphs.shift();
  draft.paragraphs = dropLeadingMetaLines(draft.paragraphs);
  return draft;
}
