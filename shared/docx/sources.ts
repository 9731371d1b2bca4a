import { Bookmark, EndnoteReferenceRun, ExternalHyperlink, FootnoteReferenceRun, HeadingLevel, InternalHyperlink, Paragraph, TextRun } from 'docx';
import type { ParagraphChild } from 'docx';
import type { Provenance } from '../model/briefing';
import type { ExportOptions } from '../model/exportOptions';
import { SOURCES_HEADING, createSourceNumbers, describeSource } from './citations';
import { safeLink } from './text';

/** The full citation: publication, headline, date, then the article's address as a live link. */
function citation(source: Provenance, lead: ParagraphChild[] = []): Paragraph {
  const link = safeLink(source.url);
  const text = describeSource(source) || 'Source not recorded';
  const children: ParagraphChild[] = [...lead, new TextRun(link ? `${text}. ` : `${text}.`)];
  if (link) children.push(new ExternalHyperlink({ link, children: [new TextRun({ text: link, style: 'Hyperlink' })] }));
  return new Paragraph({ children });
}

export const SOURCES_BOOKMARK = '_Sources';

/** Cites sources as the options say: a footnote or an endnote per item, or a number into one closing list. */
export type SourceCiter = {
  /** What goes at the end of the line naming an item's source: the note mark or "[n]". */
  cite(source: Provenance): ParagraphChild[];
  /** What closes the document: the numbered source list, or nothing when the notes carry the sources. */
  closing(): Paragraph[];
  /** Whether the document ends with a "Sources" heading, for the contents list. */
  hasClosingList(): boolean;
};

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
  const numbers = createSourceNumbers();
  return {
    cite(source) {
      const n = numbers.numberOf(source);
      return [new TextRun(' '), new InternalHyperlink({ anchor: `_Source${n}`, children: [new TextRun(`[${n}]`)] })];
    },
    closing() {
      if (numbers.entries().length === 0) return [];
      const heading = new Paragraph({
        heading: HeadingLevel.HEADING_1,
        children: [new Bookmark({ id: SOURCES_BOOKMARK, children: [new TextRun(SOURCES_HEADING)] })],
      });
      const entries = numbers.entries().map(({ n, source }) =>
        citation(source, [new Bookmark({ id: `_Source${n}`, children: [new TextRun(`[${n}]`)] }), new TextRun('\u00A0')]),
      );
      return [heading, ...entries];
    },
    hasClosingList: () => numbers.entries().length > 0,
  };
}
