import mammoth from 'mammoth';
import { AppError } from '../model/errors';
import { cleanParagraph } from './cleanText';
import type { Draft } from './draft';
import { htmlParagraphs } from './htmlParagraphs';
import { parseDocument } from './readHtml';
import { readText } from './readText';
import { guardZip } from './zipGuard';

const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh", "p[style-name='Caption'] => figure > figcaption:fresh"];

/** A Word document as an HTML document (mammoth after a guarded unzip). */
export async function docxDocument(bytes: Uint8Array, options: { maxUnpacked?: number } = {}): Promise<Document> {
  const entries = guardZip(bytes, options.maxUnpacked);
  if (!entries.some((e) => e.name === 'word/document.xml')) {
    throw new AppError('unsupported-format', 'This file is a zip archive but not a Word document (.docx).');
  }
  let html: string;
  try {
    const copy = bytes.slice();
    const input = { buffer: copy, arrayBuffer: copy.buffer } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
    const result = await mammoth.convertToHtml(input, {
      styleMap: STYLE_MAP,
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      externalFileAccess: false,
    } as Parameters<typeof mammoth.convertToHtml>[1]);
    html = result.value;
  } catch (error) {
    throw new AppError('corrupt', 'This Word document is damaged and could not be read. Open it in Word and save it again.', { cause: error });
  }
  return parseDocument(`<!doctype html><html><body>${html}</body></html>`);
}

/** A Word document → Draft: guarded unzip, mammoth to HTML, then the same conventions as plain text. */
export async function readDocx(bytes: Uint8Array, options: { maxUnpacked?: number } = {}): Promise<Draft> {
  return draftFromDocx(await docxDocument(bytes, options));
}

/** A table of "label | value" rows (Headline | …, Source | …, Date | …) becomes "label: value" lines, read like a header block. */
function headerTablesToLines(doc: Document, body: Element): void {
  for (const table of Array.from(body.querySelectorAll('table'))) {
    const rows = Array.from(table.querySelectorAll('tr')).map((tr) => Array.from(tr.querySelectorAll('td, th')).map((c) => cleanParagraph(c.textContent ?? '')));
    if (!rows.length || !rows.every((r) => r.length === 2 && /^[\p{L}][\p{L} -]{0,24}$/u.test(r[0]) && r[1])) continue;
    for (const [label, value] of rows) {
      const p = doc.createElement('p');
      p.textContent = `${label}: ${value}`;
      table.before(p);
    }
    table.remove();
  }
}

/** What `docxDocument` gave → Draft: a Title-styled first heading is the headline, the rest as plain text. */
export function draftFromDocx(doc: Document): Draft {
  const body = doc.querySelector('body');
  if (body) headerTablesToLines(doc, body);
  const firstHeading = doc.querySelector('h1');
  const blocks = body ? htmlParagraphs(body) : [];
  let title: string | null = null;
  const heading = cleanParagraph(firstHeading?.textContent ?? '');
  if (heading && blocks.slice(0, 3).includes(heading)) {
    title = heading;
    blocks.splice(blocks.indexOf(heading), 1);
  }
  const draft = readText(blocks.join('\n\n'));
  if (title) {
    // The heading is the headline; what readText took for one is the first paragraph.
    if (draft.title && draft.origin.title === 'first-line') draft.paragraphs.unshift(draft.title);
    draft.title = title;
    draft.origin.title = 'docx-heading';
  }
  return draft;
}
