import { decodeWithCharset } from './decodeText';

/** One MIME part: its headers (lower-case names, unfolded) and its raw body text. */
export interface MimePart {
  headers: Map<string, string>;
  body: string;
}

/** Splits a message or part into headers and body at the first blank line. */
export function parsePart(raw: string): MimePart {
  const text = raw.replace(/\r\n?/g, '\n');
  const split = text.indexOf('\n\n');
  const head = split < 0 ? text : text.slice(0, split);
  const body = split < 0 ? '' : text.slice(split + 2);
  const headers = new Map<string, string>();
  let last = '';
  for (const line of head.split('\n')) {
    if (/^[ \t]/.test(line) && last) {
      headers.set(last, `${headers.get(last)} ${line.trim()}`);
      continue;
    }
    const m = /^([^:\s]+):\s*(.*)$/.exec(line);
    if (!m) continue;
    last = m[1].toLowerCase();
    if (!headers.has(last)) headers.set(last, m[2]);
  }
  return { headers, body };
}

/** A header's parameter: `charset` of "text/html; charset=utf-8". */
export function headerParam(value: string | undefined, name: string): string | null {
  if (!value) return null;
  const m = new RegExp(`;\\s*${name}\\*?=\\s*("([^"]*)"|[^;\\s]+)`, 'i').exec(value);
  return m ? (m[2] ?? m[1]).replace(/^utf-8''/i, '') : null;
}

function base64Bytes(s: string): Uint8Array {
  const clean = s.replace(/[^A-Za-z0-9+/]/g, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let bits = 0;
  let acc = 0;
  let n = 0;
  for (const ch of clean) {
    acc = (acc << 6) | alphabet.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, n);
}

function quotedPrintableBytes(s: string): Uint8Array {
  const joined = s.replace(/=\r?\n/g, '');
  const out: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const c = joined[i];
    if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(joined.slice(i + 1, i + 3))) {
      out.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      const code = joined.charCodeAt(i);
      if (code < 0x80) out.push(code);
      else for (const b of new TextEncoder().encode(c)) out.push(b);
    }
  }
  return new Uint8Array(out);
}

/** A part's body as text: transfer encoding undone, charset applied. */
export function partText(part: MimePart): string {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '').trim().toLowerCase();
  const charset = headerParam(part.headers.get('content-type'), 'charset');
  if (encoding === 'base64') return decodeWithCharset(base64Bytes(part.body), charset);
  if (encoding === 'quoted-printable') return decodeWithCharset(quotedPrintableBytes(part.body), charset);
  // 7bit/8bit: the message text was decoded already; re-decode only a declared non-UTF-8 charset held as Latin-1.
  return part.body;
}

/** Undoes RFC 2047 encoded words in a header: "=?utf-8?Q?Caf=C3=A9?=" → "Café". */
export function decodeHeader(value: string | undefined): string | null {
  if (!value) return null;
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, charset: string, enc: string, data: string) => {
      const bytes = enc.toUpperCase() === 'B' ? base64Bytes(data) : quotedPrintableBytes(data.replace(/_/g, ' '));
      return decodeWithCharset(bytes, charset);
    })
    .trim();
}

/** The leaf parts of a message in order, depth-first through multipart containers. */
export function leafParts(root: MimePart, depth = 0): MimePart[] {
  const type = (root.headers.get('content-type') ?? 'text/plain').toLowerCase();
  if (!type.startsWith('multipart/') || depth > 8) return [root];
  const boundary = headerParam(root.headers.get('content-type'), 'boundary');
  if (!boundary) return [root];
  const marker = `--${boundary}`;
  const chunks = root.body.split(marker).slice(1);
  const out: MimePart[] = [];
  for (const chunk of chunks) {
    if (chunk.startsWith('--')) break;
    out.push(...leafParts(parsePart(chunk.replace(/^[ \t]*\n/, '')), depth + 1));
  }
  return out;
}
