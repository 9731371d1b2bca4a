/**
 * News feeds → their items (title, link, date, byline), without fetching any item: RSS 2.0 (and RSS 1.0/RDF),
 * Atom and JSON Feed.
 *
 * Parsed with linkedom's XML parser, already a dependency of shared/ingest. Measured against the npm
 * parsers: rss-parser needs Node's http and xml2js (not platform-free); @extractus/feed-extractor pulls in
 * a fetch polyfill and its own date and HTML helpers to normalise the same four fields we need. linkedom
 * reads RSS, RDF and Atom as XML (namespaced dc:creator included) in any thread, so the mapping of the
 * formats' fields is all that is written here.
 */
import { DOMParser } from 'linkedom';
import { AppError } from '../model/errors';
import { cleanParagraph } from './cleanText';
import { decodeText } from './decodeText';
import { parseDate } from './parseDate';

export interface FeedItem {
  /** The item's guid / id, else its link: what "new since last time" is counted by. */
  id: string;
  title: string | null;
  link: string | null;
  /** YYYY-MM-DD */
  published: string | null;
  byline: string | null;
}

export interface Feed {
  title: string | null;
  format: 'rss' | 'atom' | 'json';
  items: FeedItem[];
}

const MAX_ITEMS = 2000;

const notAFeed = () => new AppError('unsupported-format', 'This is not a news feed (RSS, Atom or JSON Feed) that Briefwright can read.');

/** A link made absolute against the feed's own address; only web links are kept. */
function absolute(href: string | null | undefined, base: string | null): string | null {
  const h = href?.trim();
  if (!h) return null;
  try {
    const url = base ? new URL(h, base) : new URL(h);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Text of an element that may hold escaped HTML (an RSS title with &lt;b&gt;): the markup goes, the words stay. */
function plain(text: string | null | undefined): string | null {
  if (!text) return null;
  const t = cleanParagraph(text.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'"));
  return t || null;
}

/** A date as feeds write it (RFC 822 "Tue, 16 Dec 2025 10:00:00 GMT", ISO 8601) → YYYY-MM-DD as written. */
export function feedDate(value: string | null | undefined): string | null {
  if (!value) return null;
  return parseDate(value.replace(/^\s*[A-Za-z]{3},\s*/, ''));
}

function child(el: Element, ...names: string[]): Element | null {
  for (const name of names) {
    for (const c of Array.from(el.children)) if (c.tagName.toLowerCase() === name) return c;
  }
  return null;
}
const childText = (el: Element, ...names: string[]) => child(el, ...names)?.textContent ?? null;

/** "ann@example.org (Ann Lee)" → "Ann Lee"; a bare address is no byline. */
function person(value: string | null): string | null {
  const v = plain(value);
  if (!v) return null;
  const named = /\(([^)]+)\)\s*$/.exec(v);
  if (named) return named[1].trim();
  return /^\S+@\S+$/.test(v) ? null : v;
}

function rssItem(item: Element, base: string | null): FeedItem {
  const link = absolute(childText(item, 'link'), base) ?? absolute(item.getAttribute('rdf:about'), base);
  const guid = childText(item, 'guid');
  return {
    id: cleanParagraph(guid ?? '') || link || plain(childText(item, 'title')) || '',
    title: plain(childText(item, 'title')),
    link: link ?? (child(item, 'guid')?.getAttribute('isPermaLink') !== 'false' ? absolute(guid, base) : null),
    published: feedDate(childText(item, 'pubdate', 'dc:date', 'dcterms:issued', 'dcterms:created')),
    byline: person(childText(item, 'dc:creator', 'author')),
  };
}

function atomEntry(entry: Element, base: string | null): FeedItem {
  const links = Array.from(entry.children).filter((c) => c.tagName.toLowerCase() === 'link');
  const alternate = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0];
  const link = absolute(alternate?.getAttribute('href'), base);
  const author = child(entry, 'author');
  return {
    id: cleanParagraph(childText(entry, 'id') ?? '') || link || '',
    title: plain(childText(entry, 'title')),
    link,
    published: feedDate(childText(entry, 'published', 'issued', 'updated', 'modified')),
    byline: author ? plain(childText(author, 'name')) : null,
  };
}

function jsonFeed(data: unknown, base: string | null): Feed {
  const feed = data as { version?: unknown; title?: unknown; items?: unknown; author?: { name?: unknown }; authors?: { name?: unknown }[] };
  if (typeof feed?.version !== 'string' || !feed.version.includes('jsonfeed.org') || !Array.isArray(feed.items)) throw notAFeed();
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  const names = (a: { author?: { name?: unknown }; authors?: { name?: unknown }[] }) =>
    [...(Array.isArray(a.authors) ? a.authors : []), ...(a.author ? [a.author] : [])].map((x) => str(x?.name)).filter((x): x is string => !!x).join(', ') || null;
  const items = feed.items.slice(0, MAX_ITEMS).map((raw): FeedItem => {
    const item = (raw ?? {}) as Record<string, unknown>;
    const link = absolute(str(item.url) ?? str(item.external_url), base);
    return {
      id: str(item.id) ?? link ?? '',
      title: plain(str(item.title)),
      link,
      published: feedDate(str(item.date_published) ?? str(item.date_modified)),
      byline: names(item as { authors?: { name?: unknown }[] }),
    };
  });
  return { title: plain(str(feed.title)), format: 'json', items };
}

/** A feed's bytes → its title and items. `base` is the feed's own address, against which relative links resolve. */
export function readFeed(bytes: Uint8Array, base: string | null = null): Feed {
  const { text } = decodeText(bytes);
  const start = text.replace(/^\ufeff/, '').trimStart();
  if (start.startsWith('{')) {
    let data: unknown;
    try {
      data = JSON.parse(start);
    } catch {
      throw notAFeed();
    }
    return jsonFeed(data, base);
  }
  if (!start.startsWith('<')) throw notAFeed();
  let doc: Document;
  try {
    // No DTD or entity of the file's own is expanded by linkedom: a "billion laughs" feed is only text.
    doc = new DOMParser().parseFromString(start.replace(/<!DOCTYPE[^>[]*(\[[\s\S]*?\])?>/i, ''), 'text/xml') as unknown as Document;
  } catch {
    throw notAFeed();
  }
  const root = doc.documentElement;
  const name = root?.tagName.toLowerCase();
  if (name === 'feed') {
    const entries = Array.from(root.children).filter((c) => c.tagName.toLowerCase() === 'entry');
    return { title: plain(childText(root, 'title')), format: 'atom', items: entries.slice(0, MAX_ITEMS).map((e) => atomEntry(e, base)) };
  }
  if (name === 'rss' || name === 'rdf:rdf') {
    const channel = child(root, 'channel') ?? root;
    const holder = name === 'rss' ? channel : root;
    const items = Array.from(holder.children).filter((c) => c.tagName.toLowerCase() === 'item');
    return { title: plain(childText(channel, 'title')), format: 'rss', items: items.slice(0, MAX_ITEMS).map((i) => rssItem(i, base)) };
  }
  throw notAFeed();
}
