import { Document, Packer, PatchType, TextRun, patchDocument } from 'docx';
import type { IPatch } from 'docx';
import { estimatePageNumbers } from 'docx/layout';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Briefing } from '../model/briefing';
import { AppError } from '../model/errors';
import { guardZip } from '../ingest/zipGuard';
import type { ExportOptions, ExportOptionsInput } from '../model/exportOptions';
import { briefingParts, buildDocument, documentProperties } from './buildDocument';
import { resolveExportOptions } from './options';
import { buildStyles, styleIdsIn } from './styles';
import { cleanText, formatLongDate } from './text';

/** The placeholders an organisation's template may hold; the briefing itself goes where `{{body}}` is. */
export const TEMPLATE_PLACEHOLDERS = ['title', 'date', 'classification', 'preparedBy', 'preparedFor', 'contents', 'body'] as const;

/** An organisation's Word template (.docx or .dotx), read once and poured into for each export. */
export type WordTemplate = {
  bytes: Uint8Array;
  /** The placeholders it holds, such as "title" for `{{title}}`, in the body, headers and footers. */
  placeholders: string[];
  /** Its `word/styles.xml`, or '' when it has none. */
  stylesXml: string;
  /** A .dotx: its main part is a template's, which Word will not open under a .docx name. */
  isDotx: boolean;
};

const MAIN_TEMPLATE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml';
const MAIN_DOCUMENT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

/** What an organisation's template may unpack to: room for letterhead images, not for a zip bomb. */
export const MAX_TEMPLATE_UNPACKED = 100 * 1024 * 1024;

/** The parts reading a template needs: placeholders live in the body, headers and footers. */
const NEEDED_PART = /^(word\/(document|styles|header\d*|footer\d*)\.xml|\[Content_Types\]\.xml)$/;

function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  if (OLE_SIGNATURE.every((b, i) => bytes[i] === b)) {
    throw new AppError('encrypted', 'This template is password-protected or an old .doc file. Save it from Word as a .docx or .dotx without a password and choose it again.');
  }
  try {
    // Checked like an article's .docx (entry count, declared and actual unpacked size), then only the parts needed.
    guardZip(bytes, MAX_TEMPLATE_UNPACKED);
    return unzipSync(bytes, { filter: (file) => NEEDED_PART.test(file.name) });
  } catch (cause) {
    if (cause instanceof AppError && cause.code !== 'corrupt') {
      throw new AppError(cause.code, cause.message.replace('This Word document', 'This template'), { cause });
    }
    throw new AppError('invalid-file', 'This template is not a Word document (.docx or .dotx): it could not be opened.', { cause });
  }
}

/** Reads a template's placeholders and styles; throws with a plain sentence when it is not a Word document. */
export function readTemplate(bytes: Uint8Array): WordTemplate {
  const files = unzip(bytes);
  if (!files['word/document.xml']) {
    throw new AppError('invalid-file', 'This template is not a Word document (.docx or .dotx): it has no document inside.');
  }
  const placeholders = new Set<string>();
  for (const [path, data] of Object.entries(files)) {
    if (!/^word\/(document|header\d*|footer\d*)\.xml$/.test(path)) continue;
    // Word splits typed text into runs at will: read the text with the markup taken out, paragraph by paragraph.
    for (const paragraph of strFromU8(data).split('</w:p>')) {
      const text = paragraph.replace(/<[^>]+>/g, '');
      for (const match of text.matchAll(/\{\{\s*([A-Za-z][\w.]*)\s*\}\}/g)) placeholders.add(match[1]);
    }
  }
  const contentTypes = files['[Content_Types].xml'] ? strFromU8(files['[Content_Types].xml']) : '';
  return {
    bytes,
    placeholders: [...placeholders],
    stylesXml: files['word/styles.xml'] ? strFromU8(files['word/styles.xml']) : '',
    isDotx: contentTypes.includes(MAIN_TEMPLATE),
  };
}

const text = (value: string): IPatch => ({ type: PatchType.PARAGRAPH, children: [new TextRun(cleanText(value))] });

/** Briefwright's styles (Quote, Subtitle, …) that the poured document uses but the template does not define. */
async function missingStyles(stylesXml: string, opts: ExportOptions): Promise<string[]> {
  const ours = unzipSync(new Uint8Array(await Packer.toArrayBuffer(new Document({ styles: buildStyles(opts), sections: [{ children: [] }] }))));
  const oursXml = strFromU8(ours['word/styles.xml']);
  const have = styleIdsIn(stylesXml);
  return [...styleIdsIn(oursXml)]
    .filter((id) => !have.has(id))
    .map((id) => new RegExp(`<w:style\\b[^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(oursXml)?.[0] ?? '')
    .filter(Boolean);
}

/** Adds the missing styles, and turns a .dotx into a .docx, so Word opens the result as a document. */
async function finish(poured: Uint8Array, template: WordTemplate, opts: ExportOptions): Promise<Uint8Array> {
  const files = unzipSync(poured);
  const styles = files['word/styles.xml'] ? strFromU8(files['word/styles.xml']) : '';
  if (styles.includes('</w:styles>')) {
    const added = await missingStyles(styles, opts);
    if (added.length > 0) files['word/styles.xml'] = strToU8(styles.replace('</w:styles>', `${added.join('')}</w:styles>`));
  }
  if (template.isDotx) {
    files['[Content_Types].xml'] = strToU8(strFromU8(files['[Content_Types].xml']).replace(MAIN_TEMPLATE, MAIN_DOCUMENT));
  }
  return zipSync(files, { level: 6 });
}

/**
 * Pours a briefing into an organisation's template at its placeholders ({{title}}, {{date}}, {{classification}},
 * {{preparedBy}}, {{preparedFor}}, {{contents}}, {{body}}), so letterhead, logo and styles are theirs.
 * Without {{contents}}, the contents list (if the options ask for one) opens the body. Returns the finished .docx bytes.
 */
export async function pourIntoTemplate(briefing: Briefing, template: WordTemplate, options?: ExportOptionsInput): Promise<Uint8Array> {
  if (!template.placeholders.includes('body')) {
    throw new AppError('invalid-input', 'This template has no {{body}} placeholder. Type {{body}} where the briefing should go, save it and choose it again.');
  }
  const opts = resolveExportOptions(options);
  const { marking, contents, body } = briefingParts(briefing, opts);
  const hasContentsPlace = template.placeholders.includes('contents');
  const poured = await patchDocument({
    outputType: 'uint8array',
    data: template.bytes,
    keepOriginalStyles: true,
    trimPlaceholders: true,
    patches: {
      title: text(briefing.title),
      date: text(formatLongDate(briefing.date)),
      classification: text(marking),
      preparedBy: text(opts.preparedBy),
      preparedFor: text(opts.preparedFor),
      ...(hasContentsPlace ? { contents: { type: PatchType.DOCUMENT, children: contents } } : {}),
      body: { type: PatchType.DOCUMENT, children: hasContentsPlace ? body : [...contents, ...body] },
    },
    properties: documentProperties(briefing, opts),
    ...(opts.contents === 'field' ? { pageNumbers: estimatePageNumbers } : {}),
  });
  return finish(poured, template, opts);
}

/**
 * The export with an organisation's template: poured in at its placeholders when it has ours, or else built as usual
 * on its styles. Returns the finished .docx bytes.
 */
export async function exportWithTemplate(briefing: Briefing, templateBytes: Uint8Array, options?: ExportOptionsInput): Promise<Uint8Array> {
  const template = readTemplate(templateBytes);
  // Any of our placeholders means the analyst meant it to be poured into (and hears about a missing {{body}}).
  const known: readonly string[] = TEMPLATE_PLACEHOLDERS;
  if (template.placeholders.some((name) => known.includes(name))) return pourIntoTemplate(briefing, template, options);
  const document = buildDocument(briefing, options, template.stylesXml ? { stylesXml: template.stylesXml } : undefined);
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
