import { Bookmark, HeadingLevel, Paragraph, TextRun } from 'docx';
import type { Table } from 'docx';
import type { Section } from '../model/briefing';
import type { ExportOptions } from '../model/exportOptions';
import { itemBlocks } from './items';
import type { SourceCiter } from './sources';
import { cleanText, sectionHeading } from './text';

/** The bookmark on a section's heading, which the linked contents list points to. */
export const sectionBookmark = (index: number) => `_Section${index + 1}`;

/** A section: its title as Heading 1 (bookmarked), its summary, then its items. */
export function sectionBlocks(section: Section, index: number, citer: SourceCiter, options: ExportOptions): (Paragraph | Table)[] {
  const blocks: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      children: [new Bookmark({ id: sectionBookmark(index), children: [new TextRun(sectionHeading(section))] })],
    }),
  ];
  const summary = cleanText(section.summary);
  if (summary) blocks.push(new Paragraph({ children: [new TextRun(summary)] }));
  blocks.push(...itemBlocks(section.items, citer, options, sectionHeading(section)));
  return blocks;
}
