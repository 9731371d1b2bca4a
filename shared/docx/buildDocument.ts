import { Document, HeadingLevel, Paragraph } from 'docx';
import type { Briefing } from '../model/briefing';
import type { ExportOptions } from '../model/exportOptions';
import { formatLongDate } from './formatDate';
import { sectionParagraphs } from './section';
import { buildStyles } from './styles';

/** Briefing → a docx Document, on Word's own style names. Packing happens at the edge. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- options arrive in step 2
export function buildDocument(briefing: Briefing, options?: Partial<ExportOptions>): Document {
  return new Document({
    title: briefing.title,
    styles: buildStyles(),
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, text: briefing.title }),
          new Paragraph({ text: formatLongDate(briefing.date) }),
          ...briefing.sections.flatMap(sectionParagraphs),
        ],
      },
    ],
  });
}
