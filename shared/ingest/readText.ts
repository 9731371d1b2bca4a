import { publicationFromAppeals, removeBoilerplate } from './boilerplate';
import { cleanParagraph, cleanParagraphs, wordCount } from './cleanText';
import { emptyDraft, offer } from './draft';
import type { Draft, MetaField } from './draft';
import { parseDate } from './parseDate';

/** Header labels → the field they fill; a Map, so a label such as "Constructor" is just a word. */
const LABELS = new Map<string, MetaField>(Object.entries({
  title: 'title',
  headline: 'title',
  subject: 'title',
  by: 'byline',
  byline: 'byline',
  author: 'byline',
  authors: 'byline',
  writer: 'byline',
  source: 'publication',
  publication: 'publication',
  publisher: 'publication',
  outlet: 'publication',
  newspaper: 'publication',
  date: 'published',
  published: 'published',
  dated: 'published',
  url: 'url',
  link: 'url',
  language: 'language',
  lang: 'language',
} satisfies Record<string, MetaField>));

/** "date 2025-04-11 …" with no colon: a date label followed by a date, maybe with text running on. */
const BARE_DATE = /^\s*(?:date|dated|published)\s+(\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}|[A-Za-z]{3,9}\.? \d{1,2},? \d{4}|\d{1,2} [A-Za-z]{3,9} \d{4})\b[\s,;:-]*/i;

/** Markdown's markup off a line: headings, quotes, list markers, emphasis, links and images. */
function stripMarkdown(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+(?=\S))/, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_](\S(?:.*?\S)?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
}

const looksLikeHeadline = (p: string): boolean =>
  p.length <= 200 && wordCount(p) <= 30 && wordCount(p) >= 2 && !/[.,;:]$/.test(p) && !/^(by|date|source)\b/i.test(p);

const isStandaloneLine = (line: string): boolean => {
  const t = line.trim();
  return /^by\s+\S+(\s+\S+){0,7}$/i.test(t) || (t.length <= 40 && parseDate(t) !== null && !/[.!?]$/.test(t));
};

/** Lines → paragraphs: blank lines separate; a text without blank lines has one paragraph per line. */
function splitParagraphs(lines: string[], markdown: boolean): string[] {
  const hasBlank = lines.some((l, i) => l.trim() === '' && i > 0 && i < lines.length - 1);
  if (!hasBlank) return lines.map((l) => (markdown ? stripMarkdown(l) : l));
  const out: string[] = [];
  let buf: string[] = [];
  const flush = () => {
    // Hard-wrapped text keeps its lines short and breaks them mid-sentence; a block of long lines,
    // or of lines that each end a sentence, has one paragraph per line.
    const sentences = buf.every((l) => /[.!?:"”’)]$/.test(l.trim()));
    if (buf.length > 1 && (sentences || Math.max(...buf.map((l) => l.trim().length)) > 100)) out.push(...buf);
    else if (buf.length) out.push(buf.join(' '));
    buf = [];
  };
  for (const raw of lines) {
    if (raw.trim() === '') {
      flush();
      continue;
    }
    if (out.length < 4 && isStandaloneLine(raw)) {
      // A byline or a date under the headline stands on its own even without blank lines around it.
      if (buf.length === 1 && looksLikeHeadline(cleanParagraph(buf[0]))) flush();
      if (!buf.length) {
        out.push(raw);
        continue;
      }
    }
    if (markdown && /^\s{0,3}#{1,6}\s/.test(raw)) {
      flush();
      out.push(stripMarkdown(raw));
      continue;
    }
    buf.push(markdown ? stripMarkdown(raw) : raw);
  }
  flush();
  return out;
}

/** Labels of export formats (Factiva, LexisNexis) that carry nothing an Article keeps: skipped. */
const IGNORED = /^(section|length|edition|page|pg|pages|copyright|load-date|words|word count|document type|publication-type|publication type|highlight|column|dateline|graphic|type)$/i;

/** Reads one header line into the draft; false when the line is not a header. */
function readHeaderLine(line: string, draft: Draft): boolean {
  const m = /^\s*([A-Za-z][A-Za-z -]{0,20}?)\s*:\s*(.+?)\s*$/.exec(line);
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
  } else if (field === 'publication') {
    // "SOURCE: The Morning Wire, 11 April 2025" carries the date too.
    const dated = /^(.+?)[\s,;|–—-]+((?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,? )?(?:\d{1,2} \w+ \d{4}|\w+\.? \d{1,2},? \d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}).*)$/i.exec(value);
    if (dated && parseDate(dated[2])) {
      offer(draft, 'publication', dated[1], 'header-line');
      offer(draft, 'published', parseDate(dated[2]), 'header-line');
    } else offer(draft, 'publication', value, 'header-line');
  } else offer(draft, field, field === 'byline' ? value.replace(/^by\s+/i, '') : value, 'header-line');
  return true;
}

/** Reads header lines ("SOURCE: …", "BY: …", "date 2025-04-11") from `from` on; returns where the body starts and how many it read. */
function readHeaders(lines: string[], draft: Draft, from = 0): { next: number; count: number } {
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

/** A plain-text or Markdown article: header lines, a headline, a byline line, paragraphs, boilerplate out. */
export function readText(text: string, options: { markdown?: boolean } = {}): Draft {
  const draft = emptyDraft();
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let start = readHeaders(lines, draft).next;
  // "Headline / Byline: … / Date: …": header lines right under a headline.
  const head = lines.findIndex((l, k) => k >= start && l.trim() !== '');
  if (head >= 0 && looksLikeHeadline(cleanParagraph(lines[head])) && draft.title == null) {
    const after = readHeaders(lines, draft, head + 1);
    if (after.count > 0) {
      offer(draft, 'title', cleanParagraph(lines[head]), 'first-line');
      start = after.next;
    }
  }
  const markdown = options.markdown ?? false;
  const body = lines.slice(start);
  const firstLine = body.find((l) => l.trim() !== '');
  let paragraphs = cleanParagraphs(splitParagraphs(body, markdown));

  const { kept, appeals } = removeBoilerplate(paragraphs);
  paragraphs = kept;
  offer(draft, 'publication', publicationFromAppeals(appeals), 'boilerplate');

  // A short first line standing alone is the headline; "By …" under it is the byline.
  if (paragraphs.length > 1 && firstLine !== undefined) {
    const first = paragraphs[0];
    const mdHeading = markdown && /^\s{0,3}#\s/.test(firstLine);
    if ((mdHeading || cleanParagraph(markdown ? stripMarkdown(firstLine) : firstLine) === first) && (mdHeading || looksLikeHeadline(first)) && draft.title == null) {
      offer(draft, 'title', first, mdHeading ? 'markdown-heading' : 'first-line');
      paragraphs = paragraphs.slice(1);
    }
  }
  while (paragraphs.length > 1) {
    const p = paragraphs[0];
    const by = /^by\s+(.{2,80})$/i.exec(p);
    if (by && draft.byline == null && wordCount(by[1]) <= 10) {
      offer(draft, 'byline', by[1].replace(/[,|]\s*$/, ''), 'byline-line');
      paragraphs = paragraphs.slice(1);
      continue;
    }
    const d = p.length <= 60 ? parseDate(p) : null;
    if (d && draft.published == null) {
      offer(draft, 'published', d, 'dateline');
      paragraphs = paragraphs.slice(1);
      continue;
    }
    break;
  }
  draft.paragraphs = paragraphs;
  return draft;
}
