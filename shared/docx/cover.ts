import { HeadingLevel, Paragraph, TextRun } from 'docx';
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

/**
 * A cover page: logo, title, date, the briefing's summary, prepared by / for. The marking is not repeated here: the
 * cover's header and footer carry it, as on every page.
 */
export function coverBlocks(briefing: Briefing, options: ExportOptions): Paragraph[] {
  const blocks: Paragraph[] = [];
  if (options.logoPng) blocks.push(new Paragraph({ children: [logoRun(options.logoPng)], spacing: { after: 480 } }));
  else blocks.push(new Paragraph({ children: [], spacing: { before: 2400 } }));
  blocks.push(...titleBlock(briefing));
  const summary = cleanText(briefing.summary);
  if (summary) blocks.push(new Paragraph({ spacing: { before: 240, after: 360 }, children: [new TextRun({ text: summary, size: Math.round(options.sizes.body * 2 + 4) })] }));
  const credit = (label: string, value: string) =>
    new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(cleanText(value))] });
  if (options.preparedBy.trim()) blocks.push(credit('Prepared by', options.preparedBy));
  if (options.preparedFor.trim()) blocks.push(credit('Prepared for', options.preparedFor));
  return blocks;
}
