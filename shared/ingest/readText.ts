import { publicationFromAppeals, removeBoilerplate } from './boilerplate';
import { cleanParagraph, cleanParagraphs, wordCount } from './cleanText';
import { emptyDraft, offer } from './draft';
import type { Draft } from './draft';
import { parseDate } from './parseDate';
import { forwardedStart, looksLikeHeadline, readFoot, readHead } from './textHead';
import { readHeaders } from './textHeaders';

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

/** A plain-text or Markdown article: header lines, a headline, a byline line, paragraphs, boilerplate out. */
export function readText(text: string, options: { markdown?: boolean } = {}): Draft {
  const draft = emptyDraft();
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let start = readHeaders(lines, draft).next;
  const forwarded = forwardedStart(lines);
  if (forwarded > start) start = readHeaders(lines, draft, forwarded).next;
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

  paragraphs = readFoot(paragraphs, draft);
  const { kept, appeals } = removeBoilerplate(paragraphs);
  paragraphs = kept;
  offer(draft, 'publication', publicationFromAppeals(appeals), 'boilerplate');

  // A Markdown "# heading" first is the headline; otherwise the head above the first paragraph says what it holds.
  if (paragraphs.length > 1 && markdown && firstLine !== undefined && /^\s{0,3}#\s/.test(firstLine) && draft.title == null) {
    offer(draft, 'title', paragraphs[0], 'markdown-heading');
    paragraphs = paragraphs.slice(1);
  }
  paragraphs = readHead(paragraphs, draft);
  draft.paragraphs = paragraphs;
  return draft;
}
