import { InternalHyperlink, Paragraph, TableOfContents, TextRun } from 'docx';
import type { Briefing } from '../model/briefing';
import { SOURCES_HEADING } from './citations';
import { sectionBookmark } from './section';
import { SOURCES_BOOKMARK } from './sources';
import { sectionHeading } from './text';
import { STYLE } from './styles';

const contentsHeading = () => new Paragraph({ style: STYLE.tocHeading, children: [new TextRun('Contents')] });

/**
 * A contents list of plain paragraphs linked to bookmarks on the headings: no field, so Word opens the document
 * without asking to update fields, and every entry is a working link in Word, LibreOffice and PDF.
 */
export function linkedContents(briefing: Briefing, withSources: boolean): Paragraph[] {
  const entries = briefing.sections.map((section, index) => ({ text: sectionHeading(section), anchor: sectionBookmark(index) }));
  if (withSources) entries.push({ text: SOURCES_HEADING, anchor: SOURCES_BOOKMARK });
  return [
    contentsHeading(),
    ...entries.map(({ text, anchor }) =>
      new Paragraph({ style: STYLE.toc1, children: [new InternalHyperlink({ anchor, children: [new TextRun(text)] })] }),
    ),
  ];
}

/** Word's own contents field with page numbers; docx fills in its entries so it is not empty before an update. */
export function fieldContents(): (Paragraph | TableOfContents)[] {
  return [contentsHeading(), new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-1' })];
}
