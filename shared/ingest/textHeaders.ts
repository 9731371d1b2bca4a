/**
 * Labelled header lines of plain-text, Word, PDF and forwarded e-mail articles ("SOURCE: …", "DATE: …",
 * "BY: Name, Role", "Headline: …", "From: Outlet <address>", YAML front matter), in any case.
 */
import { offer } from './draft';
import type { Draft, MetaField } from './draft';
import { parseDate } from './parseDate';

/** Header labels → the field they fill; a Map, so a label such as "Constructor" is just a word. */
export const LABELS = new Map<string, MetaField>(Object.entries({
  title: 'title',
  headline: 'title',
  subject: 'title',
  by: 'byline',
  byline: 'byline',
  author: 'byline',
  authors: 'byline',
  writer: 'byline',
  reporter: 'byline',
  correspondent: 'byline',
  contributor: 'byline',
  credit: 'byline',
  source: 'publication',
  publication: 'publication',
  publisher: 'publication',
  outlet: 'publication',
  newspaper: 'publication',
  paper: 'publication',
  agency: 'publication',
  wire: 'publication',
  'news agency': 'publication',
  date: 'published',
  published: 'published',
  dated: 'published',
  'publication date': 'published',
  'date published': 'published',
  'published date': 'published',
  'pub date': 'published',
  'release date': 'published',
  issued: 'published',
  posted: 'published',
  from: 'publication',
  sent: 'published',
  url: 'url',
  link: 'url',
  language: 'language',
  lang: 'language',
} satisfies Record<string, MetaField>));

/** "date 2025-04-11 …" with no colon: a date label followed by a date, maybe with text running on. */
const BARE_DATE = /^\s*(?:date|dated|published)\s+(\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}|[A-Za-z]{3,9}\.? \d{1,2},? \d{4}|\d{1,2} [A-Za-z]{3,9} \d{4})\b[\s,;:-]*/i;

/** Labels of export formats (Factiva, LexisNexis) that carry nothing an Article keeps: skipped. */
const IGNORED = /^(to|cc|bcc|reply-to|section|length|edition|page|pg|pages|copyright|load-date|words|word count|document type|publication-type|publication type|highlight|column|dateline|graphic|type)$/i;

/** "The Daily Ledger <news@ledger.example>" → "The Daily Ledger"; a bare address gives its domain. */
export function senderName(from: string | null): string | null {
  if (!from) return null;
  const named = /^\s*"?([^"<]+?)"?\s*<[^>]+>/.exec(from);
  if (named && named[1].trim()) return named[1].trim();
  const address = /([^\s<@]+)@([^\s>]+)/.exec(from);
  return address ? address[2].replace(/^(mail|news|email|newsletters?|e)\./i, '') : from.trim() || null;
}

const isLabel = (word: string) => LABELS.has(word.toLowerCase()) || IGNORED.test(word);

/**
 * "SOURCE: The Ledger DATE: 14 October 2025 BY: Jane Roe": header lines a PDF or a Word line break ran
 * together, split where a known label and its colon begin.
 */
function headerParts(line: string): string[] {
  const starts = [...line.matchAll(/(?:^|\s)([A-Za-z][A-Za-z-]*(?: [A-Za-z-]+)?)\s*:\s/g)].filter((m) => isLabel(m[1]) || isLabel(m[1].split(' ').pop() ?? ''));
  if (starts.length < 2 || starts[0].index !== 0) return [line];
  return starts.map((m, k) => line.slice(m.index, starts[k + 1]?.index ?? line.length).trim());
}

/** Reads one header line (or several run together) into the draft; false when the line is not a header. */
export function readHeaderLine(line: string, draft: Draft): boolean {
  const parts = headerParts(line);
  if (parts.length > 1) {
    const copy = { ...draft, origin: { ...draft.origin } };
    if (!parts.every((part) => readOneHeader(part, copy))) return false;
    Object.assign(draft, copy);
    return true;
  }
  return readOneHeader(line, draft);
}

/** Reads one header line into the draft; false when the line is not a header. "Label: value", "Label — value" or "Label<tab>value". */
function readOneHeader(line: string, draft: Draft): boolean {
  const m = /^\s*([A-Za-z][A-Za-z -]{0,20}?)\s*(?::|\t|\s[—–]\s)\s*(.+?)\s*$/.exec(line);
  if (!m || m[2].length > 200) return false;
  const label = m[1].toLowerCase();
  if (IGNORED.test(label)) return true;
  const field = LABELS.get(label);
  if (!field) return false;
  const value = m[2];
  if (field === 'published') {
    const d = parseDate(value);
    if (!d) return false;
    offer(draft, 'published', d, 'header-line');
  } else if (field === 'publication' && label === 'from') {
    offer(draft, 'publication', senderName(value), 'header-line');
  } else if (field === 'publication') {
    // "SOURCE: The Morning Wire, 11 April 2025" carries the date too.
    const dated = /^(.+?)[\s,;|–—-]+((?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,? )?(?:\d{1,2} \w+ \d{4}|\w+\.? \d{1,2},? \d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}).*)$/i.exec(value);
    if (dated && parseDate(dated[2])) {
      offer(draft, 'publication', dated[1], 'header-line');
      offer(draft, 'published', parseDate(dated[2]), 'header-line');
    } else offer(draft, 'publication', value, 'header-line');
  } else if (field === 'byline') offer(draft, 'byline', value.replace(/^by:?\s+/i, ''), 'header-line');
  else offer(draft, field, value, label === 'subject' ? 'subject-line' : 'header-line');
  return true;
}

/** Reads header lines ("SOURCE: …", "BY: …", "date 2025-04-11") from `from` on; returns where the body starts and how many it read. */
export function readHeaders(lines: string[], draft: Draft, from = 0): { next: number; count: number } {
  let i = from;
  let count = 0;
  // YAML front matter in Markdown.
  if (from === 0 && lines[0]?.trim() === '---') {
    const end = lines.findIndex((l, k) => k > 0 && l.trim() === '---');
    if (end > 0 && end < 40) {
      for (const l of lines.slice(1, end)) {
        const m = /^\s*([A-Za-z]+)\s*:\s*["']?(.+?)["']?\s*$/.exec(l);
        const field = m && LABELS.get(m[1].toLowerCase());
        if (m && field) offer(draft, field, field === 'published' ? parseDate(m[2]) : m[2], 'front-matter');
      }
      i = end + 1;
    }
  }
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') continue;
    const bare = BARE_DATE.exec(line);
    if (bare && parseDate(bare[1])) {
      offer(draft, 'published', parseDate(bare[1]), 'header-line');
      count++;
      const rest = line.slice(bare[0].length);
      if (rest.trim()) {
        lines[i] = rest;
        return { next: i, count };
      }
      continue;
    }
    if (/^\s*body\s*$/i.test(line) && count > 0) {
      count++;
      continue;
    }
    if (!readHeaderLine(line, draft)) return { next: i, count };
    count++;
  }
  return { next: i, count };
}

