import { Bookmark, EndnoteReferenceRun, ExternalHyperlink, FootnoteReferenceRun, HeadingLevel, InternalHyperlink, Paragraph, TextRun } from 'docx';
import type { ParagraphChild } from 'docx';
import type { Provenance } from '../model/briefing';
import type { ExportOptions } from '../model/exportOptions';
import { SOURCES_HEADING, createSourceNumbers, describeSource, shortCitation, sourceKey } from './citations';
import { safeLink } from './text';

/**
 * The full citation: publication, headline, date, then the article's address as a live link. Its lines stay on
 * one page, so the end of a long address is never left alone at the top of the next.
 */
function citation(source: Provenance, lead: ParagraphChild[] = [], style?: string): Paragraph {
  const link = safeLink(source.url);
  const rights = [source.documentId ? `Document ${source.documentId}` : '', source.copyright?.trim() ?? ''].filter(Boolean);
  const text = [describeSource(source) || 'Source not recorded', ...rights].map((t) => t.replace(/\.$/, '')).join('. ');
  const children: ParagraphChild[] = [...lead, new TextRun(link ? `${text}. ` : `${text}.`)];
  if (link) children.push(new ExternalHyperlink({ link, children: [new TextRun({ text: link, style: 'Hyperlink' })] }));
  return new Paragraph({ style, keepLines: true, children });
}

/** Which citations (counted in the order the document makes them) to leave without a note of their own. */
export type CitePlan = { skip: ReadonlySet<number> };

/** A note as the document makes it: which citation it is and which source it names. */
export type NoteMade = { index: number; key: string };

/**
 * Notes that do not repeat themselves: the first note for a source gives it in full, a note right after one for
 * the same source says "Ibid.", and any later one the short form (publication and headline).
 */
function noteCiter(kind: 'footnote' | 'endnote', plan: CitePlan) {
  const made: NoteMade[] = [];
  const seen = new Set<string>();
  let count = 0;
  const style = kind === 'footnote' ? 'FootnoteText' : 'EndnoteText';
  return {
    made,
    cite(source: Provenance): ParagraphChild[] {
      const index = count++;
      if (plan.skip.has(index)) return [];
      const key = sourceKey(source);
      const previous = made.at(-1)?.key;
      made.push({ index, key });
      let paragraph: Paragraph;
      if (!seen.has(key)) paragraph = citation(source, [new TextRun(' ')], style);
      else paragraph = new Paragraph({ style, children: [new TextRun(` ${previous === key ? 'Ibid.' : `${shortCitation(source)}.`}`)] });
      seen.add(key);
      const children = [paragraph];
      return [kind === 'footnote' ? new FootnoteReferenceRun({ children }) : new EndnoteReferenceRun({ children })];
    },
  };
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
  /** The notes made so far, in order (none for a closing list). */
  notes(): readonly NoteMade[];
};

export function createSourceCiter(options: ExportOptions, plan: CitePlan = { skip: new Set() }): SourceCiter {
  if (options.sourceStyle === 'footnotes' || options.sourceStyle === 'endnotes') {
    const notes = noteCiter(options.sourceStyle === 'footnotes' ? 'footnote' : 'endnote', plan);
    return { cite: notes.cite, closing: () => [], hasClosingList: () => false, notes: () => notes.made };
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
    notes: () => [],
  };
}
