import { Document } from 'docx';
import type { FileChild, ISectionOptions } from 'docx';
import { estimatePageNumbers, layoutDocument } from 'docx/layout';
import type { Briefing } from '../model/briefing';
import { exportedBriefing } from '../model/briefing';
import type { ExportOptions, ExportOptionsInput } from '../model/exportOptions';
import { fieldContents, linkedContents } from './contents';
import { contentsPlace } from './contentsPlan';
import { coverBlocks, titleBlock } from './cover';
import { buildFooter, buildHeader } from './headerFooter';
import { resolveExportOptions } from './options';
import { sectionBlocks } from './section';
import type { CitePlan, NoteMade } from './sources';
import { createSourceCiter } from './sources';
import { buildStyles, extraStylesXml, withoutStylesIn } from './styles';
import { cleanText, formatLongDate, sectionHeading } from './text';

/** The parts of a briefing's document that do not depend on the page around them: marking, contents, body. */
export type BriefingParts = {
  marking: string;
  /** The notes the body makes, in order, so the pages can be checked for a source cited twice. */
  notes: readonly NoteMade[];
  /** The contents list (or field) as the options ask, with its heading; empty for 'none'. */
  contents: FileChild[];
  /** The sections, then the closing source list when sources are listed. */
  body: FileChild[];
};

export function briefingParts(input: Briefing, opts: ExportOptions, plan?: CitePlan): BriefingParts {
  const briefing = exportedBriefing(input);
  const citer = createSourceCiter(opts, plan);
  // The body first: the source list (and so the contents entry for it) only exists once items have been cited.
  const body: FileChild[] = briefing.sections.flatMap((section, index) => sectionBlocks(section, index, citer, opts));
  body.push(...citer.closing());
  let contents: FileChild[] = [];
  if (opts.contents === 'linked') contents = linkedContents(briefing, citer.hasClosingList());
  if (opts.contents === 'field') contents = fieldContents();
  return { marking: cleanText(opts.classification || briefing.classification), notes: citer.notes(), contents, body };
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
  let plan: CitePlan = { skip: new Set() };
  let document = assemble(briefing, opts, template, plan);
  // Footnotes: no source is cited twice on one page. Lay the pages out, leave the second note for a source on a page
  // out (the line under the item still names the publication), and again until the pages settle.
  // (Laying pages out takes a while: for long briefings, one note per run of items from an article has to do.)
  const passes = document.notes.length <= LAID_OUT_NOTES ? 1 : 0;
  for (let pass = 0; pass < passes && document.notes.length > 1 && opts.sourceStyle === 'footnotes'; pass++) {
    const skip = repeatsOnAPage(document.document, document.notes, plan);
    if (!skip) break;
    plan = { skip };
    document = assemble(briefing, opts, template, plan);
  }
  return document.document;
}

/** Up to this many notes, the pages are laid out to find a source cited twice on one page. */
const LAID_OUT_NOTES = 40;

/** The citations to leave out so no page has two footnotes for one source, or null when none needs to go (or the layout fails). */
function repeatsOnAPage(document: Document, notes: readonly NoteMade[], plan: CitePlan): Set<number> | null {
  let pages;
  try {
    pages = layoutDocument(document, { guess: true }).pages;
  } catch {
    return null;
  }
  const skip = new Set(plan.skip);
  for (const page of pages) {
    const seen = new Set<string>();
    for (const footnote of page.footnotes) {
      const note = notes[Number(footnote.noteNumber) - 1];
      if (!note) continue;
      if (seen.has(note.key)) skip.add(note.index);
      seen.add(note.key);
    }
  }
  return skip.size > plan.skip.size ? skip : null;
}

function assemble(briefing: Briefing, opts: ExportOptions, template: TemplateStyles | undefined, plan: CitePlan): { document: Document; notes: readonly NoteMade[] } {
  const { marking, notes, contents, body } = briefingParts(briefing, opts, plan);
  const place = contentsPlace(exportedBriefing(briefing), opts);
  const front: FileChild[] = opts.cover ? [] : titleBlock(briefing);

  const header = buildHeader(opts, marking);
  const page = (children: FileChild[]): ISectionOptions => ({
    properties: { page: { margin: { top: 1300, bottom: 1300, left: 1300, right: 1300, header: 560, footer: 560 } } },
    headers: header ? { default: header } : undefined,
    footers: { default: buildFooter(opts, marking) },
    children,
  });
  const sections: ISectionOptions[] = [];
  // Short contents sit on the cover; without a cover they are left out (the sections follow straight away).
  if (opts.cover) sections.push(page([...coverBlocks(briefing, opts), ...(place === 'cover' ? contents : [])]));
  if (place === 'page') sections.push(page([...front, ...contents]));
  sections.push(page(place === 'page' ? body : [...front, ...body]));

  const styles = buildStyles(opts);
  const document = new Document({
    ...documentProperties(briefing, opts),
    // The figures table's style comes in as an external style (docx makes no table styles), the organisation's own first.
    ...(template
      ? { externalStyles: extraStylesXml(opts, template.stylesXml), styles: { paragraphStyles: withoutStylesIn(template.stylesXml, styles.paragraphStyles) } }
      : { externalStyles: extraStylesXml(opts), styles }),
    // Page numbers for Word's own contents field, worked out here so Word need not ask to update fields.
    ...(opts.contents === 'field' ? { pageNumbers: estimatePageNumbers } : {}),
    sections,
  });
  return { document, notes };
}
