import { Document } from 'docx';
import type { FileChild, ISectionOptions } from 'docx';
import { estimatePageNumbers } from 'docx/layout';
import type { Briefing } from '../model/briefing';
import { AppError } from '../model/errors';
import type { ExportOptions, ExportOptionsInput } from '../model/exportOptions';
import { ExportOptionsSchema } from '../model/exportOptions';
import { fieldContents, linkedContents } from './contents';
import { coverBlocks, titleBlock } from './cover';
import { buildFooter, buildHeader } from './headerFooter';
import { sectionBlocks, sectionHeading } from './section';
import { createSourceCiter } from './sources';
import { buildStyles } from './styles';
import { cleanText, formatLongDate } from './text';

function resolveOptions(options: ExportOptionsInput | undefined): ExportOptions {
  const parsed = ExportOptionsSchema.safeParse(options ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.join('.') || 'options';
  throw new AppError('invalid-input', `The export option “${where}” is not valid: ${issue?.message ?? 'check it and try again'}.`);
}

/**
 * Briefing (+ export options) → a docx Document on Word's own style names. Packing happens at the edge.
 * Takes any subset of the options (a `Partial<ExportOptions>`, or the template's stored options); the rest are defaults.
 */
export function buildDocument(briefing: Briefing, options?: ExportOptionsInput): Document {
  const opts = resolveOptions(options);
  const marking = cleanText(opts.classification || briefing.classification);
  const citer = createSourceCiter(opts);

  // The body first: the source list (and so the contents entry for it) only exists once items have been cited.
  const body: FileChild[] = briefing.sections.flatMap((section, index) => sectionBlocks(section, index, citer, opts));
  body.push(...citer.closing());

  const front: FileChild[] = opts.cover ? [] : titleBlock(briefing);
  let contents: FileChild[] = [];
  if (opts.contents === 'linked') contents = linkedContents(briefing, citer.hasClosingList());
  if (opts.contents === 'field') contents = fieldContents();

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

  const author = cleanText(opts.author || opts.preparedBy) || 'Briefwright';
  const keywords = opts.keywords.length > 0 ? opts.keywords : briefing.sections.map(sectionHeading);
  return new Document({
    title: cleanText(briefing.title),
    subject: cleanText(opts.subject) || `Briefing of ${formatLongDate(briefing.date)}`,
    creator: author,
    lastModifiedBy: author,
    keywords: keywords.map(cleanText).filter(Boolean).join(', '),
    description: opts.preparedFor ? `Prepared for ${cleanText(opts.preparedFor)}` : undefined,
    styles: buildStyles(opts),
    // Page numbers for Word's own contents field, worked out here so Word need not ask to update fields.
    ...(opts.contents === 'field' ? { pageNumbers: estimatePageNumbers } : {}),
    sections,
  });
}
