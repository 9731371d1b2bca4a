import type { IStylesOptions } from 'docx';

/** Word's own style ids, so the organisation can restyle the document in Word and the navigation pane works. */
export const STYLE = {
  title: 'Title',
  heading1: 'Heading1',
  heading2: 'Heading2',
  quote: 'Quote',
  caption: 'Caption',
} as const;

export function buildStyles(): IStylesOptions {
  return {
    default: {
      document: { run: { font: 'Calibri', size: 22 } },
      title: { run: { size: 52, bold: true, color: '1F3864' }, paragraph: { spacing: { after: 240 } } },
      heading1: { run: { size: 32, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true } },
      heading2: { run: { size: 26, bold: true, color: '2E74B5' }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true } },
    },
    paragraphStyles: [
      {
        id: STYLE.quote,
        name: 'Quote',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { italics: true, color: '404040' },
        paragraph: { indent: { left: 720, right: 720 }, spacing: { before: 120, after: 60 } },
      },
    ],
  };
}
