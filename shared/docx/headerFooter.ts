import { AlignmentType, Footer, Header, PageNumber, Paragraph, TextRun } from 'docx';
import type { ExportOptions } from '../model/exportOptions';
import { cleanText } from './text';

function markingLine(marking: string, options: ExportOptions): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 0 },
    children: [new TextRun({ text: marking, bold: true, color: options.colours.marking })],
  });
}

function smallLine(text: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 0 }, children: [new TextRun({ text, size: 16, color: '595959' })] });
}

/** The header of every page: the classification marking centred, as UK government documents carry it. */
export function buildHeader(options: ExportOptions, marking: string): Header | null {
  const children: Paragraph[] = [];
  if (marking) children.push(markingLine(marking, options));
  const extra = cleanText(options.headerText);
  if (extra) children.push(smallLine(extra));
  return children.length > 0 ? new Header({ children }) : null;
}

/** The footer of every page: "Page X of Y" (PAGE and NUMPAGES fields), any footer text, then the marking centred. */
export function buildFooter(options: ExportOptions, marking: string): Footer {
  const children: Paragraph[] = [];
  const extra = cleanText(options.footerText);
  if (extra) children.push(smallLine(extra));
  children.push(new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 0 },
    children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 18 })],
  }));
  if (marking) children.push(markingLine(marking, options));
  return new Footer({ children });
}
