/**
 * News-database exports that hold many articles in one file, split into one Draft per article:
 *
 * - Factiva: each article a run of labelled fields, the tag on its own line (or in its own table cell)
 *   and the value after it: HD headline, BY byline, PD date, SN source, LA language, CY copyright,
 *   LP lead paragraphs, TD text, AN accession number, and others kept out of the article.
 * - Nexis Uni: a cover page, then per document a title, the publication, the date, a copyright line,
 *   "Section:", "Length: N words", "Byline:", …, "Body", the text, "Load-Date:", "End of Document".
 * - The older LexisNexis text layout: "1 of N DOCUMENTS", publication, date, headline, BYLINE:,
 *   SECTION:, LENGTH:, the text, LOAD-DATE:, LANGUAGE:, PUBLICATION-TYPE:, a copyright line.
 *
 * Works on the text blocks of the file (lines of a .txt, paragraphs and table cells of a .docx, .rtf or
 * .html), whatever the format they came from.
 */
import { AppError } from '../model/errors';
import { cleanParagraph } from './cleanText';
import type { Draft } from './draft';
import { emptyDraft, offer } from './draft';
import { languageCode } from './languageName';
import { cleanByline } from './metadata';
import { parseDate } from './parseDate';

export type ExportStyle = 'factiva' | 'nexis' | 'nexis-classic';
export type ExportPart = { ok: true; draft: Draft } | { ok: false; error: AppError };
export interface ExportSplit {
  style: ExportStyle;
  parts: ExportPart[];
}
/** A hyperlink in the file (Nexis links each title on its cover page to the document's id). */
export interface ExportLink {
  text: string;
  href: string;
}

/** Factiva's field tags (its published list); a Map-free Set, so no tag can name an object property. */
const FACTIVA_TAGS = new Set(['HD', 'CLM', 'SE', 'BY', 'CR', 'WC', 'PD', 'ET', 'SN', 'SC', 'ED', 'PG', 'LA', 'CY', 'LP', 'TD', 'CT', 'RF', 'CO', 'IN', 'NS', 'RE', 'IPC', 'IPD', 'PUB', 'AN']);
/** Fields whose value runs over several blocks; every other field is one block. */
const FACTIVA_LONG = new Set(['LP', 'TD', 'CT', 'RF', 'CO', 'IN', 'NS', 'RE', 'IPC', 'IPD']);

/** "HD", or "HD<tab>value" / "HD   value" (a tag and its value in one line, as some tools write them). */
function factivaTag(block: string): { tag: string; value: string } | null {
  const m = /^([A-Z]{2,3})(?:(?:\t|\s{2,}|\s*\|\s*)(.*))?$/.exec(block);
  if (!m || !FACTIVA_TAGS.has(m[1])) return null;
  return { tag: m[1], value: (m[2] ?? '').trim() };
}

/** "By Jane Doe, Correspondent", "Par Hélène Dubois", "Jane Doe; Provincial Affairs Reporter" → the draft's byline and role. */
function offerByline(draft: Draft, raw: string | null | undefined, origin: string): void {
  if (!raw) return;
  // The word for "by" in the languages the databases export in: a general fact of bylines.
  let s = cleanParagraph(raw).replace(/^(?:by|par|von|por|door|di|da|av|af|przez)\s+(?=\p{Lu})/iu, '');
  const semi = s.indexOf(';');
  if (semi > 0) {
    offer(draft, 'bylineRole', s.slice(semi + 1), origin);
    s = s.slice(0, semi);
  }
  offer(draft, 'byline', cleanByline(s) ?? s, origin);
}

function offerCommon(draft: Draft, field: 'copyright' | 'documentId', value: string | null | undefined): void {
  const v = value ? cleanParagraph(value) : '';
  if (v && !draft[field]) draft[field] = v;
}

const cutOff = (n: number) =>
  new AppError('corrupt', `Article ${n} of this export is cut off: the file ends inside it. Export it again from the database to get it whole.`);
const noBody = (n: number) => new AppError('no-text', `Article ${n} of this export has no text.`);

// ——— Factiva ———

function looksFactiva(blocks: string[]): boolean {
  let hd = 0;
  let other = 0;
  for (const b of blocks) {
    const t = factivaTag(b);
    if (!t) continue;
    if (t.tag === 'HD') hd++;
    else if (t.tag === 'PD' || t.tag === 'SN' || t.tag === 'AN' || t.tag === 'LP' || t.tag === 'TD') other++;
  }
  return hd > 0 && other >= 2 * hd;
}

function splitFactiva(blocks: string[]): ExportPart[] {
  type Fields = Map<string, string[]>;
  const articles: Fields[] = [];
  let current: Fields | null = null;
  let field: string | null = null;
  for (const block of blocks) {
    const tagged = factivaTag(block);
    if (tagged) {
      if (tagged.tag === 'HD' || !current) {
        current = new Map();
        articles.push(current);
      }
      field = tagged.tag;
      if (!current.has(field)) current.set(field, []);
      if (tagged.value) {
        current.get(field)!.push(tagged.value);
        if (!FACTIVA_LONG.has(field)) field = null;
      }
      continue;
    }
    if (!current || !field) continue;
    current.get(field)!.push(block);
    if (!FACTIVA_LONG.has(field)) field = null;
  }
  const anyAn = articles.some((a) => a.has('AN'));
  return articles.map((fields, index): ExportPart => {
    const one = (tag: string) => fields.get(tag)?.[0] ?? null;
    if (anyAn && index === articles.length - 1 && !fields.has('AN')) return { ok: false, error: cutOff(index + 1) };
    const draft = emptyDraft();
    offer(draft, 'title', one('HD'), 'factiva:HD');
    offerByline(draft, one('BY'), 'factiva:BY');
    offer(draft, 'publication', one('SN'), 'factiva:SN');
    offer(draft, 'published', parseDate(one('PD')), 'factiva:PD');
    offer(draft, 'language', languageCode(one('LA')), 'factiva:LA');
    offerCommon(draft, 'copyright', one('CY'));
    offerCommon(draft, 'documentId', one('AN')?.replace(/^document\s+/i, '') ?? null);
    draft.paragraphs = [...(fields.get('LP') ?? []), ...(fields.get('TD') ?? [])].map(cleanParagraph).filter(Boolean);
    if (draft.paragraphs.length === 0) return { ok: false, error: noBody(index + 1) };
    return { ok: true, draft };
  });
}

// ——— Nexis Uni ———

const END = /^end of document$/i;
const NEXIS_HEADER = /^(section|length|byline|dateline|highlight|graphic|type|edition|pg|correction-date|journal code|series|column)\s*:/i;
const NEXIS_AFTER_BODY = /^(load-date|classification|language|publication-type|subject|industry|geographic|company|organization|person|ticker|graphic|notes|correction|url)\s*(:|$)/i;
const COPYRIGHT = /^(copyright\b|©|\(c\)\s*\d)/i;

function looksNexis(blocks: string[]): boolean {
  let end = 0;
  let marks = 0;
  for (const b of blocks) {
    if (END.test(b)) end++;
    else if (/^load-date\s*:/i.test(b) || /^length\s*:\s*\d[\d,]*\s+words?$/i.test(b) || /^body$/i.test(b)) marks++;
  }
  return end > 0 && marks >= end;
}

const titleKey = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Nexis document ids (urn:contentItem:…) by the title their cover-page link shows. */
function nexisIds(links: ExportLink[]): Map<string, string[]> {
  const ids = new Map<string, string[]>();
  for (const link of links) {
    const urn = /urn:contentItem:[A-Za-z0-9-]+/.exec(decodeURIComponent(link.href))?.[0];
    if (!urn) continue;
    const key = titleKey(link.text.replace(/^\d+\.\s*/, ''));
    const list = ids.get(key) ?? [];
    if (!list.includes(urn)) list.push(urn);
    ids.set(key, list);
  }
  return ids;
}

function nexisDocument(chunk: string[], n: number, ids: Map<string, string[]>, whole: boolean): ExportPart | null {
  const body = chunk.findIndex((b) => /^body$/i.test(b));
  if (body < 0) {
    // Text after the last document (a footer), or a document cut before its body.
    return chunk.some((b) => NEXIS_HEADER.test(b)) ? { ok: false, error: whole ? noBody(n) : cutOff(n) } : null;
  }
  if (!whole) return { ok: false, error: cutOff(n) };
  const draft = emptyDraft();
  let i = body - 1;
  for (; i >= 0; i--) {
    const line = chunk[i];
    const label = NEXIS_HEADER.exec(line);
    if (label) {
      const value = line.slice(label[0].length).trim();
      if (/^byline$/i.test(label[1])) offerByline(draft, value, 'nexis:Byline');
      continue;
    }
    if (COPYRIGHT.test(line)) {
      offerCommon(draft, 'copyright', line);
      continue;
    }
    break;
  }
  // i: the date line, then the publication and the title above it.
  let at = i;
  const date = at >= 0 && chunk[at].length <= 60 ? parseDate(chunk[at]) : null;
  if (date) {
    offer(draft, 'published', date, 'nexis:date');
    at--;
  }
  if (at >= 1) {
    offer(draft, 'publication', chunk[at], 'nexis:publication');
    offer(draft, 'title', chunk[at - 1], 'nexis:title');
  } else if (at === 0) offer(draft, 'title', chunk[0], 'nexis:title');
  const stop = chunk.findIndex((b, k) => k > body && NEXIS_AFTER_BODY.test(b));
  draft.paragraphs = chunk.slice(body + 1, stop < 0 ? undefined : stop).map(cleanParagraph).filter(Boolean);
  if (draft.title) offerCommon(draft, 'documentId', ids.get(titleKey(draft.title))?.shift());
  if (draft.paragraphs.length === 0) return { ok: false, error: noBody(n) };
  return { ok: true, draft };
}

function splitNexis(blocks: string[], links: ExportLink[]): ExportPart[] {
  const ids = nexisIds(links);
  const parts: ExportPart[] = [];
  let start = 0;
  for (let k = 0; k <= blocks.length; k++) {
    const atEnd = k === blocks.length;
    if (!atEnd && !END.test(blocks[k])) continue;
    const part = nexisDocument(blocks.slice(start, k), parts.length + 1, ids, !atEnd);
    if (part) parts.push(part);
    start = k + 1;
  }
  return parts;
}

// ——— The older LexisNexis text layout ———

const CLASSIC_START = /^\d+ of \d+ documents?$/i;
const CLASSIC_HEADER = /^(byline|section|length|dateline|highlight|graphic|type|edition|correction-date|series|column)\s*:\s*/i;
const CLASSIC_AFTER_BODY = /^(load-date|language|publication-type|journal-code|subject|url|correction-date|graphic|notes|document-type)\s*:\s*/i;

function classicDocument(chunk: string[], n: number): ExportPart {
  const draft = emptyDraft();
  let i = 0;
  if (chunk[i] && !CLASSIC_HEADER.test(chunk[i])) offer(draft, 'publication', chunk[i++], 'nexis:publication');
  const date = chunk[i] ? parseDate(chunk[i]) : null;
  if (date) {
    offer(draft, 'published', date, 'nexis:date');
    i++;
  }
  const head = i;
  for (; i < chunk.length && !CLASSIC_HEADER.test(chunk[i]) && !CLASSIC_AFTER_BODY.test(chunk[i]); i++);
  // Without labelled fields the headline cannot be told from the text: the first block is the headline.
  if (i >= chunk.length || CLASSIC_AFTER_BODY.test(chunk[i])) i = Math.min(head + 1, chunk.length);
  offer(draft, 'title', chunk.slice(head, i).filter((b) => !COPYRIGHT.test(b)).join(' '), 'nexis:title');
  for (; i < chunk.length; i++) {
    const label = CLASSIC_HEADER.exec(chunk[i]);
    if (!label) break;
    if (/^byline/i.test(label[1])) offerByline(draft, chunk[i].slice(label[0].length), 'nexis:BYLINE');
  }
  const paragraphs: string[] = [];
  let inBody = true;
  for (const line of chunk.slice(i)) {
    const after = CLASSIC_AFTER_BODY.exec(line);
    if (after) {
      inBody = false;
      if (/^language/i.test(after[1])) offer(draft, 'language', languageCode(line.slice(after[0].length)), 'nexis:LANGUAGE');
      continue;
    }
    if (COPYRIGHT.test(line) && (!inBody || paragraphs.length > 0)) {
      offerCommon(draft, 'copyright', line);
      continue;
    }
    if (inBody) paragraphs.push(cleanParagraph(line));
  }
  draft.paragraphs = paragraphs.filter(Boolean);
  if (draft.paragraphs.length === 0) return { ok: false, error: noBody(n) };
  return { ok: true, draft };
}

function looksClassic(blocks: string[]): boolean {
  return blocks.filter((b) => CLASSIC_START.test(b)).length > 0 && blocks.some((b) => CLASSIC_HEADER.test(b) || CLASSIC_AFTER_BODY.test(b));
}

function splitClassic(blocks: string[]): ExportPart[] {
  const parts: ExportPart[] = [];
  let chunk: string[] | null = null;
  for (const block of [...blocks, '']) {
    if (block === '' || CLASSIC_START.test(block)) {
      if (chunk) parts.push(classicDocument(chunk, parts.length + 1));
      chunk = block === '' ? null : [];
      continue;
    }
    chunk?.push(block);
  }
  return parts;
}

/**
 * The articles of a news-database export, or null when the blocks are not one (an ordinary article).
 * `blocks` are the file's non-empty lines or paragraphs in order.
 */
export function splitExport(rawBlocks: readonly string[], links: ExportLink[] = []): ExportSplit | null {
  const blocks = rawBlocks.map((b) => b.replace(/[\u00a0\s]+$/u, '').replace(/^[\u00a0\s]+/u, '')).filter(Boolean);
  if (looksFactiva(blocks)) return { style: 'factiva', parts: splitFactiva(blocks) };
  if (looksClassic(blocks)) return { style: 'nexis-classic', parts: splitClassic(blocks) };
  if (looksNexis(blocks)) return { style: 'nexis', parts: splitNexis(blocks, links) };
  return null;
}
