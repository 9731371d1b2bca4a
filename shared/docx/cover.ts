import { AlignmentType, HeadingLevel, Paragraph, TextRun } from 'docx';
import type { Briefing } from '../model/briefing';
import type { ExportOptions } from '../model/exportOptions';
import { logoRun } from './logo';
import { STYLE } from './styles';
import { cleanText, formatLongDate } from './text';

/** The title in Word's Title style and the date beneath it in Subtitle. */
export function titleBlock(briefing: Briefing): Paragraph[] {
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(cleanText(briefing.title) || 'Briefing')] }),
    new Paragraph({ style: STYLE.subtitle, children: [new TextRun(formatLongDate(briefing.date))] }),
  ];
}

/** A cover page: logo, marking, title, date, prepared by / for. */
export function coverBlocks(briefing: Briefing, options: ExportOptions, marking: string): Paragraph[] {
  const blocks: Paragraph[] = [];
  if (options.logoPng) blocks.push(new Paragraph({ children: [logoRun(options.logoPng)], spacing: { after: 480 } }));
  else blocks.push(new Paragraph({ children: [], spacing: { before: 2880 } }));
  if (marking) {
    blocks.push(new Paragraph({
      alignment: AlignmentType.LEFT,
      spacing: { after: 480 },
      children: [new TextRun({ text: marking, bold: true, color: options.colours.marking })],
    }));
  }
  blocks.push(...titleBlock(briefing));
  const credit = (label: string, value: string) =>
    new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(cleanText(value))] });
  if (options.preparedBy.trim()) blocks.push(credit('Prepared by', options.preparedBy));
  if (options.preparedFor.trim()) blocks.push(credit('Prepared for', options.preparedFor));
  return blocks;
}
