import { AppError } from '../model/errors';
import { cleanParagraph } from './cleanText';
import type { Draft } from './draft';
import { offer } from './draft';
import { paragraphsFromPages } from './pdfLayout';
import type { PageText, PositionedText } from './pdfLayout';
import { readText } from './readText';

import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

type PdfJs = typeof PdfJsModule;
let loading: Promise<PdfJs> | null = null;

/**
 * pdf.js without a worker file: its worker module is loaded in this thread and announced on
 * globalThis.pdfjsWorker, which pdf.js then uses as a "fake worker" instead of fetching pdf.worker.mjs.
 */
function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return loading;
}

const MAX_PAGES = 500;

/** A PDF's title from its document information, unless it is a file name or a program's placeholder. */
function usableTitle(title: unknown): string | null {
  if (typeof title !== 'string') return null;
  const t = cleanParagraph(title);
  if (!t || t.length > 250 || /\.(docx?|pdf|txt|html?|indd|pages)$/i.test(t) || /^(untitled|microsoft word|document\d*)\b/i.test(t)) return null;
  return t;
}

/** A PDF → Draft: text from pdf.js, paragraphs rebuilt from positions, then the plain-text conventions. */
export async function readPdf(bytes: Uint8Array): Promise<Draft> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    enableXfa: false,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    const name = (error as { name?: string })?.name;
    if (name === 'PasswordException') {
      throw new AppError('encrypted', 'This PDF is password-protected. Open it, save a copy without the password, and import that.');
    }
    throw new AppError('corrupt', 'This PDF is damaged and could not be read.', { cause: error });
  }
  try {
    const pages: PageText[] = [];
    const count = Math.min(doc.numPages, MAX_PAGES);
    for (let n = 1; n <= count; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items: PositionedText[] = [];
      for (const it of content.items) {
        if (!('str' in it)) continue;
        const [a, b, , , x, y] = it.transform as number[];
        items.push({ str: it.str, x, y, width: it.width, size: Math.hypot(a, b) || it.height, eol: it.hasEOL });
      }
      pages.push({ items, height: page.view[3] - page.view[1] });
      page.cleanup();
    }
    const paragraphs = paragraphsFromPages(pages);
    const letters = paragraphs.join('').replace(/[^\p{L}\p{N}]/gu, '').length;
    if (letters < 20) {
      throw new AppError('no-text', 'This PDF has no text layer — it looks scanned. Run it through OCR (text recognition) first, then import it again.');
    }
    const draft = readText(paragraphs.join('\n\n'));
    const info = (await doc.getMetadata().catch(() => null))?.info as Record<string, unknown> | undefined;
    offer(draft, 'title', usableTitle(info?.Title), 'pdf-info');
    return draft;
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}
