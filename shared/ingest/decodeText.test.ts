import { describe, expect, it } from 'vitest';
import { ingest } from './ingest';

const withBom = (bom: number[], body: Uint8Array) => new Uint8Array([...bom, ...body]);
function utf16(s: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 * i + (littleEndian ? 0 : 1)] = c & 0xff;
    out[2 * i + (littleEndian ? 1 : 0)] = c >> 8;
  }
  return out;
}
const TEXT = 'Prices rose by £4 in Zürich — “sharply”, analysts said.\n\nA second paragraph.';

describe('text decoding', () => {
  it('reads UTF-8 with and without a byte-order mark', async () => {
    const plain = new TextEncoder().encode(TEXT);
    for (const bytes of [plain, withBom([0xef, 0xbb, 0xbf], plain)]) {
      const a = await ingest({ name: 'a.txt', bytes });
      expect(a.paragraphs[0]).toBe('Prices rose by £4 in Zürich — “sharply”, analysts said.');
    }
  });

  it('reads UTF-16 little- and big-endian with a byte-order mark', async () => {
    const le = await ingest({ name: 'le.txt', bytes: withBom([0xff, 0xfe], utf16(TEXT, true)) });
    const be = await ingest({ name: 'be.txt', bytes: withBom([0xfe, 0xff], utf16(TEXT, false)) });
    expect(le.paragraphs[0]).toContain('£4 in Zürich — “sharply”');
    expect(be.paragraphs).toEqual(le.paragraphs);
  });

  it('reads Windows-1252 when the bytes are not UTF-8, so a pound sign stays a pound sign', async () => {
    // "Costs £5 – “high”" in cp1252: £ = A3, – = 96, “ = 93, ” = 94.
    const bytes = new Uint8Array([...new TextEncoder().encode('Costs '), 0xa3, 0x35, 0x20, 0x96, 0x20, 0x93, 0x68, 0x69, 0x67, 0x68, 0x94, 0x2e, 0x0a, 0x0a, ...new TextEncoder().encode('More text.')]);
    const a = await ingest({ name: 'cp.txt', bytes });
    expect(a.paragraphs[0]).toBe('Costs £5 – “high”.');
  });
});
