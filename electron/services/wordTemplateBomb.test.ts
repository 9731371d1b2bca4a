import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { deflateSync, strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createServices } from './createServices';
import { openLibrary } from './library';
import { useTempFolders } from '../../test/helpers/tempFolders';

const tempFolder = useTempFolders();

async function tempLibrary() {
  const root = await tempFolder('briefwright-wtbomb-');
  return { root, core: createServices(openLibrary(root)) };
}

async function letterhead(): Promise<Uint8Array> {
  const document = new Document({ sections: [{ children: [new Paragraph('{{title}}'), new Paragraph('{{body}}')] }] });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

let packed: Uint8Array | undefined;

/**
 * A real letterhead with `copies` extra media entries of 64 MB of zeros each (stored deflated, about 64 KB apiece);
 * with `lie`, the central directory claims each is 100 bytes, so only inflating finds out.
 */
async function bomb(copies: number, lie: boolean): Promise<Uint8Array> {
  const files = unzipSync(await letterhead());
  const size = 64 * 1024 * 1024;
  packed ??= deflateSync(new Uint8Array(size), { level: 9 });
  // Rebuild the zip by hand: the letterhead's entries, then the padding entries sharing one deflated stream.
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const entries = Object.entries(files).map(([name, data]): { name: string; method: number; data: Uint8Array; size: number; crc: number } => ({ name, method: 0, data, size: data.length, crc: crc32(data) }));
  // The padding's checksum is left 0: nothing should get far enough to check it.
  for (let i = 0; i < copies; i++) entries.push({ name: `word/media/image${i}.bin`, method: 8, data: packed, size, crc: 0 });
  for (const entry of entries) {
    const name = strToU8(entry.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(8, entry.method, true);
    lv.setUint32(14, entry.crc, true);
    lv.setUint32(18, entry.data.length, true);
    lv.setUint32(22, entry.size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const head = new Uint8Array(46 + name.length);
    const cv = new DataView(head.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(10, entry.method, true);
    cv.setUint32(16, entry.crc, true);
    cv.setUint32(20, entry.data.length, true);
    cv.setUint32(24, lie && entry.method === 8 ? 100 : entry.size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    head.set(name, 46);
    parts.push(local, entry.data);
    central.push(head);
    offset += local.length + entry.data.length;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  return Buffer.concat([...parts, ...central, end]);
}

function crc32(data: Uint8Array): number {
  let crc = ~0;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

describe('an organisation Word template that unpacks to far more than it weighs', () => {
  it('is refused when added, whether or not it declares its size, and nothing is stored', { timeout: 120_000 }, async () => {
    const { core } = await tempLibrary();
    for (const lie of [false, true]) {
      const bytes = await bomb(4, lie);
      expect(bytes.length).toBeLessThan(1_000_000);
      await expect(core.addWordTemplate({ name: 'bomb.dotx', data: bytes })).rejects.toMatchObject({ code: 'too-large' });
    }
    expect(await core.listWordTemplates({})).toEqual([]);
  });

  it('already in the library, is left out of the list without being unpacked, and the good ones stay listed', { timeout: 120_000 }, async () => {
    const { root, core } = await tempLibrary();
    const good = await core.addWordTemplate({ name: 'Letterhead.docx', data: await letterhead() });
    await writeFile(join(root, 'word-templates', `wt_${'0'.repeat(32)}--Planted.docx`), await bomb(4, true));
    expect(await core.listWordTemplates({})).toEqual([good]);
  });
});
