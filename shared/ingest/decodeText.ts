import { looksUtf16 } from './detectFormat';

/** Windows-1252's characters for bytes 0x80–0x9F (some TextDecoders, Node 20's among them, treat these bytes as Latin-1 controls). */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Windows-1252 bytes → string, by table: the same result on every platform. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const part = bytes.subarray(i, i + CHUNK);
    const chars = new Array<string>(part.length);
    for (let k = 0; k < part.length; k++) {
      const b = part[k];
      chars[k] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
    }
    out += chars.join('');
  }
  return out;
}

const isWestern = (label: string) => /^(windows-1252|cp1252|iso-8859-1|latin-?1|iso8859-1|us-ascii|ascii|l1|x-cp1252)$/.test(label);

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * Bytes → string. A byte-order mark wins; then UTF-16 recognised by its NUL pattern; then UTF-8 when
 * the bytes are valid UTF-8; else Windows-1252 (which also reads Latin-1 text correctly for letters).
 */
export function decodeText(bytes: Uint8Array, declared?: string | null): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  const utf16 = looksUtf16(bytes);
  if (utf16) {
    const hasBom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    return { text: new TextDecoder(utf16).decode(hasBom ? bytes.subarray(2) : bytes), encoding: utf16 };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: fall through to a single-byte code page.
  }
  const label = declared ? normaliseCharset(declared) : null;
  if (label && label !== 'utf-8' && !isWestern(label)) {
    try {
      return { text: new TextDecoder(label).decode(bytes), encoding: 'windows-1252' };
    } catch {
      // An unknown label: Windows-1252 below.
    }
  }
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}

function normaliseCharset(charset: string): string {
  const c = charset.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (c === 'utf8') return 'utf-8';
  return c;
}

/** Decodes a string of bytes held as Latin-1 characters (from base64 or quoted-printable) with a charset. */
export function decodeWithCharset(bytes: Uint8Array, charset: string | null): string {
  const label = charset ? normaliseCharset(charset) : 'utf-8';
  if (label === 'utf-8' || isWestern(label)) return decodeText(bytes).text;
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return decodeText(bytes).text;
  }
}
