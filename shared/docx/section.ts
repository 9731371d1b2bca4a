import { HeadingLevel, Paragraph } from 'docx';
import type { Section } from '../model/briefing';
import { itemParagraphs } from './items';

/** A section: its title as Heading 1, its summary, then its items. */
export function sectionParagraphs(section: Section): Paragraph[] {
  const paragraphs = [new Paragraph({ heading: HeadingLevel.HEADING_1, text: section.title })];
  if (section.summary.trim()) paragraphs.push(new Paragraph({ text: section.summary }));
  for (const item of section.items) paragraphs.push(...itemParagraphs(item));
  return paragraphs;
}
