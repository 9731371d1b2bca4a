import { BorderStyle } from 'docx';
import type { IParagraphStyleOptions, IStylesOptions } from 'docx';
import type { ExportOptions } from '../model/exportOptions';

/** Word's own style ids, so the organisation can restyle the document in Word and the navigation pane works. */
export const STYLE = {
  title: 'Title',
  subtitle: 'Subtitle',
  heading1: 'Heading1',
  heading2: 'Heading2',
  quote: 'Quote',
  caption: 'Caption',
  tocHeading: 'TOCHeading',
  toc1: 'TOC1',
  /** The one style of our own: the line under an item naming who said it and where. */
  attribution: 'Attribution',
} as const;

const halfPoints = (points: number) => Math.round(points * 2);

export function buildStyles(options: ExportOptions): IStylesOptions {
  const { fonts, colours, sizes } = options;
  const heading = (size: number, color: string, before: number) => ({
    run: { font: fonts.headings, size: halfPoints(size), bold: true, color },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: { run: { font: fonts.body, size: halfPoints(sizes.body), language: { value: options.language } }, paragraph: { spacing: { after: 120 } } },
      title: {
        run: { font: fonts.headings, size: halfPoints(sizes.title), bold: false, color: colours.headings },
        paragraph: { spacing: { after: 200 }, border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: colours.accent, space: 6 } } },
      },
      heading1: heading(sizes.heading1, colours.headings, 360),
      heading2: heading(sizes.heading2, colours.accent, 240),
      caption: { run: { italics: true, size: halfPoints(Math.max(sizes.body - 2, 7)), color: colours.accent } },
    },
    paragraphStyles: [
      {
        id: STYLE.subtitle,
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: fonts.headings, size: halfPoints(sizes.heading2), color: colours.accent },
        paragraph: { spacing: { after: 240 } },
      },
      {
        id: STYLE.quote,
        name: 'Quote',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { italics: true, color: '404040' },
        paragraph: { indent: { left: 720, right: 720 }, spacing: { before: 160, after: 40 } },
      },
      {
        id: STYLE.attribution,
        name: 'Attribution',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: halfPoints(Math.max(sizes.body - 2, 7)), color: '595959' },
        paragraph: { indent: { left: 720, right: 720 }, spacing: { after: 200 } },
      },
      {
        id: STYLE.tocHeading,
        name: 'TOC Heading',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: fonts.headings, size: halfPoints(sizes.heading1), color: colours.headings },
        paragraph: { spacing: { before: 240, after: 120 } },
      },
    ],
  };
}

/** The ids of the styles a `word/styles.xml` defines. */
export function styleIdsIn(stylesXml: string): Set<string> {
  return new Set([...stylesXml.matchAll(/<w:style\b[^>]*\bw:styleId="([^"]+)"/g)].map((m) => m[1]));
}

/** Briefwright's paragraph styles that an organisation's styles do not already define. */
export function withoutStylesIn(stylesXml: string, styles: readonly IParagraphStyleOptions[] = []): IParagraphStyleOptions[] {
  const ids = styleIdsIn(stylesXml);
  return styles.filter((style) => !ids.has(style.id));
}
