import { cleanParagraph } from './cleanText';
import { emptyDraft, offer } from './draft';
import type { Draft } from './draft';
import { parseDate } from './parseDate';

type Json = unknown;
type Obj = Record<string, Json>;
const isObj = (v: Json): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: Json): Json[] => (Array.isArray(v) ? v : v == null ? [] : [v]);
const text = (v: Json): string | null => (typeof v === 'string' ? cleanParagraph(v) || null : null);

const ARTICLE_TYPES = /article|posting|report|blog|news/i;

/** Every object in the page's JSON-LD blocks, flattened out of arrays and @graph. */
function jsonLdObjects(doc: Document): Obj[] {
  const out: Obj[] = [];
  const visit = (v: Json, depth: number) => {
    if (depth > 6) return;
    for (const item of asArray(v)) {
      if (!isObj(item)) continue;
      out.push(item);
      if (item['@graph']) visit(item['@graph'], depth + 1);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const raw = (script.textContent ?? '').replace(/^\s*(<!\[CDATA\[|<!--)|(\]\]>|-->)\s*$/g, '').trim();
    for (const attempt of [raw, raw.replace(/[\u0000-\u001f]+/g, ' ')]) {
      try {
        visit(JSON.parse(attempt), 0);
        break;
      } catch {
        // A broken JSON-LD block is common: retry without raw control characters, else skip it.
      }
    }
  }
  return out;
}

const names = (v: Json): string[] =>
  asArray(v).flatMap((a) => {
    if (typeof a === 'string') return [a];
    if (isObj(a)) return [text(a.name)].filter((x): x is string => !!x);
    return [];
  });

function fromJsonLd(doc: Document, draft: Draft): void {
  const objects = jsonLdObjects(doc);
  const types = (o: Obj) => asArray(o['@type']).map(String).join(' ');
  const articles = objects.filter((o) => ARTICLE_TYPES.test(types(o)));
  for (const a of articles) {
    offer(draft, 'title', text(a.headline), 'json-ld');
    // People first: an organisation as "author" (a wire, the paper itself) is only a last resort.
    const authors = asArray(a.author);
    const isOrg = (x: Json) => isObj(x) && /organi[sz]ation|corporation|newsmedia/i.test(asArray(x['@type']).map(String).join(' '));
    offer(draft, 'byline', joinNames(names(authors.filter((x) => !isOrg(x))).filter(isPersonName)), 'json-ld');
    offer(draft, 'publication', names(a.publisher)[0] ?? null, 'json-ld');
    offer(draft, 'published', parseDate(text(a.datePublished) ?? text(a.dateCreated)), 'json-ld');
    const main = isObj(a.mainEntityOfPage) ? a.mainEntityOfPage['@id'] : a.mainEntityOfPage;
    offer(draft, 'url', httpUrl(text(a.url) ?? text(main)), 'json-ld');
    offer(draft, 'language', text(a.inLanguage), 'json-ld');
  }
  for (const o of objects) {
    if (/Organization|WebSite|NewsMediaOrganization/.test(types(o)) && !ARTICLE_TYPES.test(types(o))) {
      offer(draft, 'publication', text(o.name), 'json-ld');
    }
  }
}

function metaMap(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const meta of Array.from(doc.querySelectorAll('meta'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? meta.getAttribute('http-equiv') ?? '').trim().toLowerCase();
    // some pages (and saved copies of them) carry the value in `value` rather than `content`
    const value = meta.getAttribute('content') ?? meta.getAttribute('value');
    if (key && value && value.trim() && !map.has(key)) map.set(key, value.trim());
  }
  return map;
}

const httpUrl = (v: string | null | undefined): string | null => (v && /^https?:\/\//i.test(v.trim()) ? v.trim() : null);

/** A byline, not a URL, a handle or an organisation's boilerplate. */
export function isPersonName(v: string): boolean {
  const s = v.trim();
  // not a URL, a handle or a user name ("mikecason")
  return s.length > 1 && s.length < 120 && !/^(https?:|www\.|@)/i.test(s) && !/[<>{}]/.test(s) && !/^[\p{Ll}\d._-]+$/u.test(s);
}

const joinNames = (list: string[]): string | null => {
  const unique = [...new Set(list.map((n) => cleanByline(n)).filter((n): n is string => !!n))];
  return unique.length ? unique.join(', ') : null;
};

const compactName = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

const SMALL_WORDS = new Set(['and', 'of', 'de', 'van', 'von', 'der', 'la', 'le', 'du', 'da']);

/** "JEFFREY GETTLEMAN" → "Jeffrey Gettleman"; short all-capital words ("TMZ", "BBC") stay as they are. */
export function unshout(s: string): string {
  if (/\p{Ll}/u.test(s)) return s;
  return s.replace(/\p{L}[\p{L}'’.-]*/gu, (w) => {
    const lower = w.toLowerCase();
    if (SMALL_WORDS.has(lower)) return lower;
    if (w.length <= 3 && !/^(mc|mac|o')/i.test(w)) return w;
    return w.charAt(0) + lower.slice(1);
  });
}

/** "By Brenda  Goodman, MA\n WebMD Health News" → "Brenda Goodman"; "2/26/2015 7:11 AM PST BY TMZ STAFF" → "TMZ Staff". */
export function cleanByline(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let s = cleanParagraph((raw.split(/\n|\s{3,}|\|/).find((part) => /\p{L}/u.test(part)) ?? '').trim());
  const by = /(?:^|[\s,;])by:?\s+(.+)$/i.exec(s);
  if (by) s = by[1];
  s = s
    .replace(/^(written|story|posted|reported|words)\s+by:?\s+/i, '')
    .replace(/\s*(,|\s[-–—])\s*(ph\.?d|m\.?a|m\.?d|mph|msc|bsc|rn|ma|md|jr)\.?$/i, '')
    .replace(/\s*(?:[,|·•–—-]\s*)?\b(updated|published|posted|last updated|on)\b.*$/i, '')
    .replace(/\s*[,|·•–—-]?\s*\d.*$/, '')
    .replace(/[,;:|\s·•–—-]+$/, '')
    .trim();
  if (!s || s.length > 100 || !/\p{L}/u.test(s)) return null;
  if (/^(by|staff|admin|editor|unknown|anonymous)$/i.test(s)) return s.toLowerCase() === 'by' ? null : s;
  if (s.split(/\s+/).length > 12) return null;
  return unshout(s);
}

const PUBLISHED_KEYS = [
  'article:published_time', 'og:article:published_time', 'article:published', 'og:published_time', 'published_time', 'datepublished', 'pubdate', 'publishdate',
  'publish-date', 'publish_date', 'dc.date.issued', 'dcterms.issued', 'citation_publication_date', 'parsely-pub-date',
];
const DATE_KEYS = ['date', 'dc.date', 'dc.date.created', 'dcterms.created', 'sailthru.date', 'citation_date', 'ptime', 'displaydate', 'live_date'];

const SITE_SUFFIX = /\s+[|–—:-]\s+|\s+[|•·]\s*|\s*[|•·]\s+/;

/** Metadata of a page from JSON-LD, OpenGraph, <meta>, <time>, <link> and the html element. */
export function extractHtmlMetadata(doc: Document, pageUrl?: string | null): Draft {
  const draft = emptyDraft();
  const meta = metaMap(doc);
  // The brand readers see (og:site_name) before a JSON-LD publisher, which may be the owning company;
  // when both name the same outlet, JSON-LD's spelling ("The Guardian" over "the Guardian").
  const siteName = meta.get('og:site_name');
  fromJsonLd(doc, draft);
  const ldPublisher = draft.publication;
  // a section label ("U.S.") is not the site's name
  if (siteName && !/^(https?:|www\.)/i.test(siteName) && siteName.replace(/[^\p{L}]/gu, '').length >= 3 && (!ldPublisher || compactName(ldPublisher) !== compactName(siteName))) {
    draft.publication = siteName.trim();
    draft.origin.publication = 'og';
  }
  const m = (...keys: string[]) => {
    for (const k of keys) {
      const v = meta.get(k);
      if (v) return v;
    }
    return null;
  };
  offer(draft, 'title', m('og:title', 'twitter:title', 'dc.title', 'title', 'headline'), 'meta');
  const authors = ['author', 'article:author', 'byl', 'dc.creator', 'dcterms.creator', 'sailthru.author', 'parsely-author', 'citation_author', 'twitter:creator']
    .map((k) => meta.get(k))
    .filter((v): v is string => !!v && isPersonName(v));
  offer(draft, 'byline', joinNames(authors.slice(0, 1)), 'meta');
  offer(draft, 'publication', m(...(siteName && siteName.replace(/[^\p{L}]/gu, '').length >= 3 ? ['og:site_name'] : []), 'application-name', 'publisher', 'dc.publisher', 'dcterms.publisher', 'cre', 'twitter:app:name:iphone'), 'meta');
  // Publication dates first, then any key that says it holds one, then plain dates; a modified date only as a last resort.
  offer(draft, 'published', parseDate(m(...PUBLISHED_KEYS)), 'meta');
  for (const [key, value] of meta) {
    if (/(publish|publication|pub|issued|release|first|created).*(date|time)|(date|time).*(publish|issued|release|created)/.test(key) && !/modif|updat|revis|edit/.test(key)) offer(draft, 'published', parseDate(value), 'meta');
  }
  offer(draft, 'published', parseDate(m(...DATE_KEYS)), 'meta');
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  offer(draft, 'url', httpUrl(canonical) ?? httpUrl(m('og:url')) ?? httpUrl(pageUrl), 'link');
  offer(draft, 'language', doc.documentElement?.getAttribute('lang') ?? m('content-language', 'og:locale', 'dc.language'), 'html-lang');

  // Microdata and <time>.
  const itemDate = doc.querySelector('[itemprop="datePublished"]');
  offer(draft, 'published', parseDate(itemDate?.getAttribute('content') ?? itemDate?.getAttribute('value') ?? itemDate?.getAttribute('datetime') ?? itemDate?.textContent), 'microdata');
  const itemAuthor = doc.querySelector('[itemprop="author"] [itemprop="name"], [itemprop="author"]');
  offer(draft, 'byline', cleanByline(itemAuthor?.getAttribute('content') ?? itemAuthor?.textContent), 'microdata');
  for (const time of Array.from(doc.querySelectorAll('time[datetime], time[pubdate]')).slice(0, 5)) {
    offer(draft, 'published', parseDate(time.getAttribute('datetime') ?? time.textContent), 'time');
  }
  // every writer the page links as an author ("Ann Lee and Bo Park")
  const relAuthors = Array.from(doc.querySelectorAll('a[rel="author"], [rel="author"]')).map((a) => cleanByline(a.textContent)).filter((n): n is string => !!n);
  // more than three is a list of other stories' writers: then only the first
  const unique = [...new Set(relAuthors)];
  offer(draft, 'byline', (unique.length > 3 ? unique.slice(0, 1) : unique).join(', ') || null, 'rel-author');
  return draft;
}

/** The page title's site part ("Headline - The Washington Post" → "The Washington Post"), when the rest is the headline. */
export function siteFromTitle(pageTitle: string | null | undefined, headline: string | null): string | null {
  if (!pageTitle) return null;
  const parts = pageTitle.split(SITE_SUFFIX).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return null;
  const last = parts[parts.length - 1];
  const first = parts[0];
  const h = (headline ?? '').toLowerCase();
  if (h && first.toLowerCase() !== h && !h.startsWith(first.toLowerCase())) {
    if (h.includes(last.toLowerCase())) return null;
  }
  if (last.split(/\s+/).length > 6 || parseDate(last) || !/\p{L}{2}/u.test(last)) return null;
  return last;
}

/** The host name as a last resort for the publication ("www.tmz.com" → "tmz.com"). */
export function hostOf(url: string | null): string | null {
  if (!url) return null;
  const m = /^https?:\/\/(?:www\.)?([^/:?#]+)/i.exec(url);
  return m ? m[1].toLowerCase() : null;
}

/** A date in the URL path (/2015/04/16/…). */
export function dateFromUrl(url: string | null): string | null {
  if (!url) return null;
  const m = /\/(\d{4})[/-](\d{2})[/-](\d{2})(?:\/|-|$)/.exec(url);
  return m ? parseDate(`${m[1]}-${m[2]}-${m[3]}`) : null;
}
