import { z } from 'zod';

/** A colour as six hex digits, as Word stores it ("1F3864"); a leading # is accepted and dropped. */
const HexColourSchema = z
  .string()
  .regex(/^#?[0-9a-fA-F]{6}$/, 'a colour as six hex digits, like 1F3864')
  .transform((value) => value.replace(/^#/, '').toUpperCase());

/** A font size in points (Word's own unit in its font box). */
const PointSizeSchema = z.number().min(6).max(96);

export const CONTENTS_KINDS = ['linked', 'field', 'none'] as const;
export const SOURCE_STYLES = ['footnotes', 'endnotes', 'list'] as const;
export const FIGURE_LAYOUTS = ['table', 'list'] as const;

export const ExportFontsSchema = z.object({
  body: z.string().min(1).default('Calibri'),
  headings: z.string().min(1).default('Calibri Light'),
});

export const ExportColoursSchema = z.object({
  headings: HexColourSchema.default('1F3864'),
  accent: HexColourSchema.default('2E74B5'),
  marking: HexColourSchema.default('C00000'),
});

export const ExportSizesSchema = z.object({
  body: PointSizeSchema.default(11),
  title: PointSizeSchema.default(28),
  heading1: PointSizeSchema.default(16),
  heading2: PointSizeSchema.default(13),
});

/**
 * How a briefing becomes a Word document: the parts it has, how sources are cited and the house style.
 * Every field has a default, so `ExportOptionsSchema.parse({})` is a complete, sensible set; templates embed this.
 */
export const ExportOptionsSchema = z.object({
  /** Classification marking, centred at the top and bottom of every page and on the cover; '' for none. */
  classification: z.string().default(''),
  preparedBy: z.string().default(''),
  preparedFor: z.string().default(''),
  /** Author in the document properties; falls back to preparedBy. */
  author: z.string().default(''),
  subject: z.string().default(''),
  keywords: z.array(z.string()).default([]),
  cover: z.boolean().default(true),
  /** 'linked': a list of the sections linked to their headings (no "update fields" prompt); 'field': Word's own TOC. */
  contents: z.enum(CONTENTS_KINDS).default('linked'),
  sourceStyle: z.enum(SOURCE_STYLES).default('footnotes'),
  figuresAs: z.enum(FIGURE_LAYOUTS).default('table'),
  fonts: ExportFontsSchema.prefault({}),
  colours: ExportColoursSchema.prefault({}),
  sizes: ExportSizesSchema.prefault({}),
  /** Extra text in the header and footer, beside the marking and the page numbers. */
  headerText: z.string().default(''),
  footerText: z.string().default(''),
  /** The language Word checks spelling in, as a BCP 47 tag. */
  language: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language tag like en-GB').default('en-GB'),
  /** The organisation's logo for the cover, as base64 PNG (no data: prefix needed). */
  logoPng: z.string().nullable().default(null),
  /** The organisation's own Word template (.docx/.dotx) stored in the library, poured into at export. */
  wordTemplateId: z.string().regex(/^[A-Za-z0-9_-]{1,120}$/).nullable().default(null),
});
export type ExportOptions = z.output<typeof ExportOptionsSchema>;
export type ExportOptionsInput = z.input<typeof ExportOptionsSchema>;

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = ExportOptionsSchema.parse({});
