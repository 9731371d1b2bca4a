import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { publicationFromAppeals, removeBoilerplate } from './boilerplate';
import { cleanParagraph } from './cleanText';
import { offer } from './draft';
import type { Draft } from './draft';
import { htmlParagraphs } from './htmlParagraphs';
import { limitNesting } from './limitNesting';
import { cleanByline, extractHtmlMetadata } from './metadata';
import { bylineFromPageText, dateFromPageText, publicationFromCopyright, fallbackDates } from './pageClues';
import { parseDate } from './parseDate';
import { settleHtmlMetadata } from './settleHtmlMetadata';

const MAX_SCRIPT_TEXT = 1_000_000;
/** Comments, scripts, styles and inline SVG, matched in one pass so that whichever opens first wins, as in a browser. */
const CODE = /<!--[\s\S]*?-->|<script\b([^>]*)>([\s\S]*?)<\/script\s*>|<style\b[^>]*>[\s\S]*?<\/style\s*>|<svg\b[^>]*>[\s\S]*?<\/svg\s*>/gi;

/**
 * Takes the page's code out before parsing (scripts, styles, comments, inline SVG): they are never
 * run and never text of the story, and pages are often mostly code, so parsing gets much faster.
 * Inline scripts' text is kept aside as data, for the dates pages keep in their configuration;
 * JSON-LD blocks stay in the page for the metadata reader.
 */
export function stripCode(html: string): { html: string; scripts: string[] } {
  const scripts: string[] = [];
  let total = 0;
  const stripped = html.replace(CODE, (whole: string, attrs: string | undefined, body: string | undefined) => {
    if (attrs === undefined || body === undefined) return ''; // a comment, a style or an SVG
    if (/application\/ld\+json/i.test(attrs)) return whole;
    if (!/\bsrc\s*=/i.test(attrs) && total + body.length <= MAX_SCRIPT_TEXT) {
      total += body.length;
      scripts.push(body);
    }
    return '';
  });
  return { html: stripped, scripts };
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
  const { html: page, scripts } = stripCode(html);
  const doc = parseDocument(page);
  for (const el of Array.from(doc.querySelectorAll(ACTIVE))) el.remove();
  const draft = extractHtmlMetadata(doc, options.url);
  const pageTitle = doc.querySelector('title')?.textContent ?? null;
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase() ?? null;
  const textDate = dateFromPageText(doc);
  const { timeText, modified } = fallbackDates(doc);
  const textByline = bylineFromPageText(doc);
  const copyright = draft.publication ? null : publicationFromCopyright(doc);
  // A fragment (a selection dragged or pasted from a browser) is what the analyst chose: all of it is
  // kept, and a heading opening it is its title.
  const fragment = !/<(html|head|body)[\s>]/i.test(page.slice(0, 4096));
  let h1 = cleanParagraph(doc.querySelector(fragment ? 'h1, h2, h3' : 'article h1, main h1, h1')?.textContent ?? '');
  for (const el of Array.from(doc.querySelectorAll('script:not([type="application/ld+json"])'))) el.remove();

  let article: ReturnType<Readability<Node>['parse']> = null;
  if (!fragment) {
    try {
      article = new Readability<Node>(doc, { serializer: (node) => node, maxElemsToParse: 40_000 }).parse();
    } catch {
      article = null;
    }
  }
  let paragraphs: string[];
  if (article?.content) {
    paragraphs = htmlParagraphs(article.content);
  } else {
    const body = doc.querySelector('body') ?? doc.documentElement;
    paragraphs = body ? htmlParagraphs(body) : [];
  }
  if (fragment && paragraphs[0] !== h1) h1 = '';
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
  settleHtmlMetadata(draft, { pageTitle, ogType, h1, textByline, textDate, timeText, modified, scripts, copyright });
  return draft;
}
