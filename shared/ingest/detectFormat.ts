import { AppError } from '../model/errors';

/** The formats the readers understand (a subset of the Article's source formats). */
export type FileFormat = 'txt' | 'md' | 'html' | 'docx' | 'pdf' | 'eml' | 'rtf' | 'mhtml' | 'zip';

/** A Map, so an extension such as `.constructor` is just an unknown one. */
const EXTENSIONS = new Map<string, FileFormat>(Object.entries({
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  shtml: 'html',
  docx: 'docx',
  pdf: 'pdf',
  eml: 'eml',
  rtf: 'rtf',
  mht: 'mhtml',
  mhtml: 'mhtml',
  zip: 'zip',
} satisfies Record<string, FileFormat>));

const startsWith = (bytes: Uint8Array, magic: number[], at = 0): boolean =>
  bytes.length >= at + magic.length && magic.every((b, i) => bytes[at + i] === b);

export const isPdf = (bytes: Uint8Array): boolean => {
  // "%PDF-" within the first 1 KB (some files carry junk before the header).
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + 4 < head.length; i++) {
    if (head[i] === 0x25 && head[i + 1] === 0x50 && head[i + 2] === 0x44 && head[i + 3] === 0x46 && head[i + 4] === 0x2d) return true;
  }
  return false;
};
export const isZip = (bytes: Uint8Array): boolean => startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);
/** An OLE compound file: an old .doc, or an encrypted OOXML package. */
export const isOle = (bytes: Uint8Array): boolean => startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

const KNOWN_BINARY: Array<[number[], string]> = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x52, 0x61, 0x72, 0x21], 'a RAR archive'],
  [[0x37, 0x7a, 0xbc, 0xaf], 'a 7-Zip archive'],
  [[0x7f, 0x45, 0x4c, 0x46], 'a program'],
  [[0x4d, 0x5a], 'a program'],
];

export function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** UTF-16 text announces itself with a byte-order mark, or with NULs in every other byte. */
export function looksUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.6 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.6 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/**
 * True when the bytes are not text: by the share of NULs and of control bytes other than tab, newline,
 * form feed, carriage return and escape in the first 8 KB (a stray one in a real text does not count).
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (looksUtf16(bytes)) return false;
  const n = Math.min(bytes.length, 8192);
  let nul = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) nul++;
    else if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f) odd++;
  }
  return nul > n * 0.01 || nul + odd > n * 0.03;
}

const HTML_START = /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title|article|div|p|h[1-6]|section|main|table|span|a|link|style|script)[\s>]/i;
/** Text that is HTML: it starts like a page, or it is dense with block tags. */
export function looksHtml(text: string): boolean {
  const head = text.slice(0, 4096);
  if (HTML_START.test(head)) return true;
  const tags = head.match(/<\/?(p|div|br|h[1-6]|html|body|article|span|a|li|ul|table)\b[^>]*>/gi);
  return !!tags && tags.length >= 5;
}

const HEADER_LINE = /^[A-Za-z][A-Za-z0-9-]*:[^\n]*$/;
const MAIL_HEADERS = /^(from|to|subject|date|message-id|mime-version|received|return-path|content-type|delivered-to|reply-to|cc|x-[a-z0-9-]+):/i;
/** Text that is an e-mail message: it opens with a block of RFC 822 headers including From and one of Subject/Date/MIME-Version. */
export function looksEml(text: string): boolean {
  const lines = text.slice(0, 16384).split(/\r?\n/);
  const names = new Set<string>();
  for (const line of lines) {
    if (line === '') break;
    if (/^[ \t]/.test(line)) continue; // folded header
    if (!HEADER_LINE.test(line)) return false;
    const m = MAIL_HEADERS.exec(line);
    if (m) names.add(m[1].toLowerCase());
  }
  return names.has('from') && (names.has('subject') || names.has('mime-version') || names.has('received')) && names.size >= 3;
}

const unsupported = (what: string) =>
  new AppError('unsupported-format', `Briefwright cannot read ${what}. Try a text, HTML, Word (.docx), RTF, PDF or e-mail (.eml) file.`);

/**
 * Decides the format from the bytes first (PDF, Word, binary junk), then from the extension.
 * Text-like files are refined later, once decoded (HTML or e-mail inside a .txt).
 */
export function detectFormat(name: string, bytes: Uint8Array): FileFormat {
  const ext = extensionOf(name);
  const byExt = EXTENSIONS.get(ext);
  if (isPdf(bytes)) return 'pdf';
  if (isZip(bytes)) {
    // A zip named .docx, or named like a document we read: the Word reader checks it holds word/document.xml.
    if (byExt === 'zip') return 'zip';
    if (ext === '' || byExt !== undefined) return 'docx';
    throw unsupported(`“.${ext}” archives (only Word .docx packages are supported)`);
  }
  if (isOle(bytes)) {
    if (byExt === 'docx') {
      throw new AppError('encrypted', 'This Word document is password-protected. Open it in Word, remove the password, save and import it again.');
    }
    throw unsupported('old-style Word (.doc) or Office files; save it as .docx first');
  }
  for (const [magic, what] of KNOWN_BINARY) if (startsWith(bytes, magic)) throw unsupported(what);
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return 'rtf';
  if (byExt === 'rtf') throw new AppError('corrupt', 'This RTF file is damaged: it does not start as Rich Text does.');
  if (ext !== '' && byExt === undefined) throw unsupported(`“.${ext}” files`);
  if (byExt === 'docx') throw new AppError('corrupt', 'This Word document is damaged: it is not a .docx package.');
  if (byExt === 'pdf') throw new AppError('corrupt', 'This PDF is damaged: it has no PDF header.');
  if (looksBinary(bytes)) throw unsupported('this file: it holds binary data, not text');
  return byExt ?? 'txt';
}
