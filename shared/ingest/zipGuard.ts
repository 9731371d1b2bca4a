import { Inflate, inflateSync } from 'fflate';
import { AppError } from '../model/errors';

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** What a .docx may unpack to at most: far above any real article, far below what hurts. */
export const DEFAULT_MAX_UNPACKED = 200 * 1024 * 1024;

const damaged = () => new AppError('corrupt', 'This Word document is damaged: its zip structure cannot be read. Open it in Word and save it again.');
const bomb = (cap: number) =>
  new AppError('too-large', `This Word document unpacks to more than ${Math.round(cap / 1048576)} MB, far more than an article — it may be damaged or malicious, so it was not opened.`);

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;

/** Reads the zip's central directory (no decompression). */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const min = Math.max(0, bytes.length - 22 - 65535);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= min; i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged();
  const count = u16(bytes, eocd + 10);
  const cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw bomb(DEFAULT_MAX_UNPACKED); // ZIP64: no article needs it
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) throw damaged();
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLen));
    entries.push({
      name,
      flags: u16(bytes, p + 8),
      method: u16(bytes, p + 10),
      compressedSize: u32(bytes, p + 20),
      size: u32(bytes, p + 24),
      localOffset: u32(bytes, p + 42),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Where an entry's stored bytes sit in the zip. */
function entryRange(bytes: Uint8Array, e: ZipEntry): { start: number; end: number } {
  const h = e.localOffset;
  if (h + 30 > bytes.length || u32(bytes, h) !== 0x04034b50) throw damaged();
  const start = h + 30 + u16(bytes, h + 26) + u16(bytes, h + 28);
  const end = start + e.compressedSize;
  if (end > bytes.length) throw damaged();
  return { start, end };
}

/** One entry's content, for an entry of a zip `guardZip` has passed (its size is known to be within the cap). */
export function entryData(bytes: Uint8Array, e: ZipEntry): Uint8Array {
  const { start, end } = entryRange(bytes, e);
  if (e.method === 0) return bytes.slice(start, end);
  if (e.method !== 8) throw damaged();
  try {
    return inflateSync(bytes.subarray(start, end));
  } catch {
    throw damaged();
  }
}

/** Inflates one entry in small steps, stopping as soon as it yields more than `limit` bytes. */
function inflatedSize(bytes: Uint8Array, e: ZipEntry, limit: number): number {
  const { start, end } = entryRange(bytes, e);
  if (e.method === 0) return e.compressedSize;
  if (e.method !== 8) throw damaged();
  let total = 0;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    if (total > limit) throw bomb(limit);
  });
  const STEP = 4096;
  try {
    for (let i = start; i < end; i += STEP) inflate.push(bytes.subarray(i, Math.min(end, i + STEP)), i + STEP >= end);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw damaged();
  }
  return total;
}

/**
 * Checks a .docx before any library opens it: a readable central directory, no encrypted entries,
 * and a total unpacked size under the cap — both as declared and as actually inflated, so a zip
 * that lies about its sizes is caught too.
 */
export function guardZip(bytes: Uint8Array, maxUnpacked = DEFAULT_MAX_UNPACKED): ZipEntry[] {
  const entries = zipEntries(bytes);
  if (entries.length > 5000) throw bomb(maxUnpacked);
  if (entries.some((e) => e.flags & 1)) {
    throw new AppError('encrypted', 'This Word document is password-protected. Open it in Word, remove the password, save and import it again.');
  }
  const declared = entries.reduce((n, e) => n + e.size, 0);
  if (declared > maxUnpacked) throw bomb(maxUnpacked);
  let actual = 0;
  for (const e of entries) {
    actual += inflatedSize(bytes, e, maxUnpacked - actual);
    if (actual > maxUnpacked) throw bomb(maxUnpacked);
  }
  return entries;
}
