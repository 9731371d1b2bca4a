import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from '../../app/base64';
import { batchFiles, readPayload } from './readFiles';

describe('readFiles', () => {
  it('turns a file into a base64 payload that decodes to the same bytes', async () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7) % 256);
    const file = Object.assign(new Blob([bytes]), { name: 'binary.pdf' });
    const payload = await readPayload(file);
    expect(payload.name).toBe('binary.pdf');
    expect(Array.from(fromBase64(payload.data))).toEqual(Array.from(bytes));
    expect(toBase64(new TextEncoder().encode('Hé'))).toBe(Buffer.from('Hé').toString('base64'));
  });

  it('batches at most ten files or about 8 MB per request, never splitting a file', () => {
    const small = Array.from({ length: 23 }, (_, i) => ({ name: `f${i}`, size: 1000 }));
    expect(batchFiles(small).map((b) => b.length)).toEqual([10, 10, 3]);
    const big = [{ size: 5e6 }, { size: 5e6 }, { size: 20e6 }, { size: 1 }];
    expect(batchFiles(big).map((b) => b.map((f) => f.size))).toEqual([[5e6], [5e6], [20e6], [1]]);
    expect(batchFiles([])).toEqual([]);
  });
});
