import { Document } from 'docx';
import type { FileChild, ISectionOptions } from 'docx';
import { estimatePageNumbers } from 'docx/layout';
import type { Briefing } from '../model/briefing';
import type { ExportOptions, ExportOptionsInput } from '../model/exportOptions';
import { fieldContents, linkedContents } from './contents';
import { coverBlocks, titleBlock } from './cover';
import { buildFooter, buildHeader } from './headerFooter';
import { resolveExportOptions } from './options';
import { sectionBlocks } from './section';
import { createSourceCiter } from './sources';
import { buildStyles, withoutStylesIn } from './styles';
import { cleanText, formatLongDate, sectionHeading } from './text';

/** The parts of a briefing's document that do not depend on the page around them: marking, contents, body. */
export type BriefingParts = {
  marking: string;
  /** The contents list (or field) as the options ask, with its heading; empty for 'none'. */
  contents: FileChild[];
  /** The sections, then the closing source list when sources are listed. */
  body: FileChild[];
};

export function briefingParts(briefing: Briefing, opts: ExportOptions): BriefingParts {
  const citer = createSourceCiter(opts);
  // The body first: the source list (and so the contents entry for it) only exists once items have been cited.
  const body: FileChild[] = briefing.sections.flatMap((section, index) => sectionBlocks(section, index, citer, opts));
  body.push(...citer.closing());
  let contents: FileChild[] = [];
  if (opts.contents === 'linked') contents = linkedContents(briefing, citer.hasClosingList());
  if (opts.contents === 'field') contents = fieldContents();
  return { marking: cleanText(opts.classification || briefing.classification), contents, body };
}

/** Title, subject, author and keywords for File > Info; Word sets "created" to the time the file is made. */
export function documentProperties(briefing: Briefing, opts: ExportOptions) {
  const author = cleanText(opts.author || opts.preparedBy) || 'Briefwright';
  const keywords = opts.keywords.length > 0 ? opts.keywords : briefing.sections.map(sectionHeading);
  return {
    title: cleanText(briefing.title),
    subject: cleanText(opts.subject) || `Briefing of ${formatLongDate(briefing.date)}`,
    creator: author,
    lastModifiedBy: author,
    keywords: keywords.map(cleanText).filter(Boolean).join(', '),
    description: opts.preparedFor ? `Prepared for ${cleanText(opts.preparedFor)}` : undefined,
  };
}

/** An organisation's styles to build on instead of Briefwright's own: the `word/styles.xml` of their Word template. */
export type TemplateStyles = { stylesXml: string };

/**
 * Briefing (+ export options) → a docx Document on Word's own style names. Packing happens at the edge.
 * Takes any subset of the options (a `Partial<ExportOptions>`, or a template's stored options); the rest are defaults.
 * With `template`, the organisation's styles are used, and Briefwright's only where theirs has no style of that name.
 */
export function buildDocument(briefing: Briefing, options?: ExportOptionsInput, template?: TemplateStyles): Document {
  const opts = resolveExportOptions(options);
  const { marking, contents, body } = briefingParts(briefing, opts);
  const front: FileChild[] = opts.cover ? [] : titleBlock(briefing);

  const header = buildHeader(opts, marking);
  const page = (children: FileChild[]): ISectionOptions => ({
    properties: { page: { margin: { top: 1300, bottom: 1300, left: 1300, right: 1300, header: 560, footer: 560 } } },
    headers: header ? { default: header } : undefined,
    footers: { default: buildFooter(opts, marking) },
    children,
  });
  const sections: ISectionOptions[] = [];
  if (opts.cover) sections.push(page(coverBlocks(briefing, opts, marking)));
  if (contents.length > 0) sections.push(page([...front, ...contents]));
  sections.push(page(contents.length > 0 ? body : [...front, ...body]));

  const styles = buildStyles(opts);
  return new Document({
    ...documentProperties(briefing, opts),
    ...(template
      ? { externalStyles: template.stylesXml, styles: { paragraphStyles: withoutStylesIn(template.stylesXml, styles.paragraphStyles) } }
      : { styles }),
    // Page numbers for Word's own contents field, worked out here so Word need not ask to update fields.
    ...(opts.contents === 'field' ? { pageNumbers: estimatePageNumbers } : {}),
    sections,
  });
}
