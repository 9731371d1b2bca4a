import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';

/** The XML of one part of a .docx file, on disk or in bytes (word/document.xml by default). */
export async function docxPart(source: string | Uint8Array, part = 'word/document.xml'): Promise<string> {
  const zip = await JSZip.loadAsync(typeof source === 'string' ? await readFile(source) : Buffer.from(source));
  const file = zip.file(part);
  if (!file) throw new Error(`${typeof source === 'string' ? source : 'the file'} has no ${part}`);
  return file.async('string');
}

/** The visible text of word/document.xml, paragraphs separated by newlines. */
export function textOfDocumentXml(xml: string): string {
  return xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .map((t) => t.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'"))
    .filter(Boolean)
    .join('\n');
}
