import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { publicationFromAppeals, removeBoilerplate } from './boilerplate';
import { cleanParagraph } from './cleanText';
import { offer } from './draft';
import type { Draft } from './draft';
import { htmlParagraphs } from './htmlParagraphs';
import { cleanByline, dateFromUrl, extractHtmlMetadata, siteFromTitle } from './metadata';
import { parseDate } from './parseDate';

/** Elements that can only carry code or active content: gone before anything looks at the page. */
const ACTIVE = 'script:not([type="application/ld+json"]), style, iframe, object, embed, frame, frameset, applet, template, link[rel="import"], base';

/** Parses HTML into a linkedom document; nothing in it is ever run. */
export function parseDocument(html: string): Document {
  const { document: doc } = parseHTML(html.includes('<html') || html.includes('<HTML') ? html : `<!doctype html><html><head></head><body>${html}</body></html>`);
  return doc as unknown as Document;
}

/** A page → Draft: metadata from the page, the story from Readability, as plain-text paragraphs. */
export function readHtml(html: string, options: { url?: string | null } = {}): Draft {
  const doc = parseDocument(html);
  for (const el of Array.from(doc.querySelectorAll(ACTIVE))) el.remove();
  const draft = extractHtmlMetadata(doc, options.url);
  const pageTitle = doc.querySelector('title')?.textContent ?? null;
  for (const el of Array.from(doc.querySelectorAll('script'))) el.remove();

  let article: ReturnType<Readability<Node>['parse']> = null;
  try {
    article = new Readability<Node>(doc, { serializer: (node) => node, maxElemsToParse: 0 }).parse();
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
  offer(draft, 'publication', siteFromTitle(pageTitle, draft.title), 'title-suffix');
  offer(draft, 'published', dateFromUrl(draft.url), 'url');
  if (draft.title && draft.paragraphs[0] && cleanParagraph(draft.paragraphs[0]) === draft.title) draft.paragraphs.shift();
  return draft;
}
