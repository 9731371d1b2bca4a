import { Bookmark, EndnoteReferenceRun, ExternalHyperlink, FootnoteReferenceRun, HeadingLevel, InternalHyperlink, Paragraph, TextRun } from 'docx';
import type { ParagraphChild } from 'docx';
import type { Provenance } from '../model/briefing';
import type { ExportOptions } from '../model/exportOptions';
import { cleanText, formatLongDate, safeLink } from './text';

/** "The Herald, “Rates held at 4%”, 3 March 2026" — publication, headline and date, whichever are known. */
export function describeSource(source: Provenance | null): string {
  if (!source) return '';
  const headline = cleanText(source.title);
  return [cleanText(source.publication), headline ? `“${headline}”` : '', formatLongDate(source.published)]
    .filter((part) => part !== '')
    .join(', ');
}

/** "The Herald, 3 March 2026": enough to place an item at a glance; the full citation sits in the note or list. */
export function shortSource(source: Provenance | null): string {
  if (!source) return '';
  const name = cleanText(source.publication) || (source.title ? `“${cleanText(source.title)}”` : '');
  return [name, formatLongDate(source.published)].filter((part) => part !== '').join(', ');
}

/** The full citation: publication, headline, date, then the article's address as a live link. */
function citation(source: Provenance, lead: ParagraphChild[] = []): Paragraph {
  const link = safeLink(source.url);
  const text = describeSource(source) || 'Source not recorded';
  const children: ParagraphChild[] = [...lead, new TextRun(link ? `${text}. ` : `${text}.`)];
  if (link) children.push(new ExternalHyperlink({ link, children: [new TextRun({ text: link, style: 'Hyperlink' })] }));
  return new Paragraph({ children });
}

export const SOURCES_BOOKMARK = '_Sources';
export const SOURCES_HEADING = 'Sources';

/** Cites sources as the options say: a footnote or an endnote per item, or a number into one closing list. */
export type SourceCiter = {
  /** What goes at the end of the line naming an item's source: the note mark or "[n]". */
  cite(source: Provenance): ParagraphChild[];
  /** What closes the document: the numbered source list, or nothing when the notes carry the sources. */
  closing(): Paragraph[];
  /** Whether the document ends with a "Sources" heading, for the contents list. */
  hasClosingList(): boolean;
};

const sourceKey = (source: Provenance) =>
  `${source.articleId}\u0000${source.url ?? ''}\u0000${source.title ?? ''}`;

export function createSourceCiter(options: ExportOptions): SourceCiter {
  if (options.sourceStyle === 'footnotes') {
    return {
      cite: (source) => [new FootnoteReferenceRun({ children: [citation(source, [new TextRun(' ')])] })],
      closing: () => [],
      hasClosingList: () => false,
    };
  }
  if (options.sourceStyle === 'endnotes') {
    return {
      cite: (source) => [new EndnoteReferenceRun({ children: [citation(source, [new TextRun(' ')])] })],
      closing: () => [],
      hasClosingList: () => false,
    };
  }
  const numbers = new Map<string, { n: number; source: Provenance }>();
  return {
    cite(source) {
      const key = sourceKey(source);
      let entry = numbers.get(key);
      if (!entry) {
        entry = { n: numbers.size + 1, source };
        numbers.set(key, entry);
      }
      return [new TextRun(' '), new InternalHyperlink({ anchor: `_Source${entry.n}`, children: [new TextRun(`[${entry.n}]`)] })];
    },
    closing() {
      if (numbers.size === 0) return [];
      const heading = new Paragraph({
        heading: HeadingLevel.HEADING_1,
        children: [new Bookmark({ id: SOURCES_BOOKMARK, children: [new TextRun(SOURCES_HEADING)] })],
      });
      const entries = [...numbers.values()].map(({ n, source }) =>
        citation(source, [new Bookmark({ id: `_Source${n}`, children: [new TextRun(`[${n}]`)] }), new TextRun('\u00A0')]),
      );
      return [heading, ...entries];
    },
    hasClosingList: () => numbers.size > 0,
  };
}
