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
  /** An excerpt from an article: indented like the line under it that names its source. */
  excerpt: 'BlockText',
  /** Word's built-in "Grid Table 4 Accent 1", for the figures table. */
  figuresTable: 'GridTable4-Accent1',
} as const;

/** A colour mixed with white: `amount` 0 gives the colour, 1 gives white. */
function tint(hex: string, amount: number): string {
  return [0, 2, 4]
    .map((i) => Math.round(parseInt(hex.slice(i, i + 2), 16) + (255 - parseInt(hex.slice(i, i + 2), 16)) * amount))
    .map((v) => v.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}

/**
 * Word's built-in "Grid Table 4 Accent 1" (the same name and id, so Word lists it as its own and the organisation's
 * theme can restyle it), in the briefing's accent colour: a filled header row, light grid lines and banded rows.
 */
function figuresTableStyle(accent: string): string {
  const line = tint(accent, 0.4);
  const side = (name: string) => `<w:${name} w:val="single" w:sz="4" w:space="0" w:color="${line}"/>`;
  return (
    `<w:style w:type="table" w:styleId="${STYLE.figuresTable}"><w:name w:val="Grid Table 4 Accent 1"/><w:uiPriority w:val="49"/>` +
      '<w:pPr><w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/></w:pPr>' +
      `<w:tblPr><w:tblStyleRowBandSize w:val="1"/><w:tblStyleColBandSize w:val="1"/><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(side).join('')}</w:tblBorders>` +
      '<w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>' +
      `<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/><w:color w:val="FFFFFF"/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="${accent}"/></w:tcPr></w:tblStylePr>` +
      `<w:tblStylePr w:type="band1Horz"><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="${tint(accent, 0.85)}"/></w:tcPr></w:tblStylePr>` +
      '</w:style>'
  );
}

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/**
 * The styles docx cannot make itself (a table style), as a `word/styles.xml` to give as `externalStyles`: on its own,
 * or added to the organisation's own styles unless they already have a style of that id.
 */
export function extraStylesXml(options: ExportOptions, organisationStyles?: string): string {
  const table = figuresTableStyle(options.colours.accent);
  if (!organisationStyles) return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W_NS}">${table}</w:styles>`;
  if (styleIdsIn(organisationStyles).has(STYLE.figuresTable) || !organisationStyles.includes('</w:styles>')) return organisationStyles;
  return organisationStyles.replace(/<\/w:styles>\s*$/, `${table}</w:styles>`);
}

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
        id: STYLE.excerpt,
        name: 'Block Text',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        paragraph: { indent: { left: 720, right: 720 }, spacing: { before: 120, after: 40 } },
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
