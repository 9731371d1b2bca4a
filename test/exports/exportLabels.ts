import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../shared/model/article';

export const EXPORTS = join(import.meta.dirname, '..', 'fixtures', 'exports');

export interface ExportLabel {
  position: number;
  title: string;
  byline: string | null;
  publication: string;
  published: string;
  language: string | null;
  copyright: string | null;
  documentId: string | null;
  body_starts?: string;
  body_ends?: string;
  paragraphs: number;
  damaged?: boolean;
}

export function exportLabels(): Record<string, ExportLabel[]> {
  const all = JSON.parse(readFileSync(join(EXPORTS, 'labels.json'), 'utf8')) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(all).filter(([k]) => !k.startsWith('_'))) as Record<string, ExportLabel[]>;
}

/** Writers' names as a set: "A and B", "A, B" and "A & B" name the same two people. */
const names = (byline: string | null | undefined) =>
  (byline ?? '')
    .split(/\s*(?:,|\band\b|&)\s*/)
    .map((n) => n.trim())
    .filter(Boolean)
    .sort()
    .join('|');

/** Which of the fields the issue asks for (title, byline, publication, date, body) an article gets wrong, against its label. */
export function wrongFields(article: Article, label: ExportLabel): string[] {
  const wrong: string[] = [];
  if (article.title !== label.title) wrong.push('title');
  if (names(article.byline) !== names(label.byline)) wrong.push('byline');
  if (article.publication !== label.publication) wrong.push('publication');
  if (article.published !== label.published) wrong.push('published');
  const first = article.paragraphs[0] ?? '';
  const last = article.paragraphs.at(-1) ?? '';
  const bodyOk =
    article.paragraphs.length === label.paragraphs &&
    (!label.body_starts || first.startsWith(label.body_starts)) &&
    (!label.body_ends || last.endsWith(label.body_ends));
  if (!bodyOk) wrong.push('body');
  return wrong;
}

/** The provenance fields: copyright line, document id, language. */
export function wrongProvenance(article: Article, label: ExportLabel): string[] {
  const wrong: string[] = [];
  if ((article.copyright ?? null) !== label.copyright) wrong.push('copyright');
  if ((article.documentId ?? null) !== label.documentId) wrong.push('documentId');
  if (label.language && article.language !== label.language) wrong.push('language');
  return wrong;
}
