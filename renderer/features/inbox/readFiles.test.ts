import { describe, expect, it } from 'vitest';
import { nextBatchSize, readPayload } from './readFiles';

describe('readFiles', () => {
  it('turns a file into a payload with the same bytes', async () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7) % 256);
    const file = Object.assign(new Blob([bytes]), { name: 'binary.pdf' });
    const payload = await readPayload(file);
    expect(payload.name).toBe('binary.pdf');
    expect(Array.from(payload.data)).toEqual(Array.from(bytes));
  });

  it('batches at most ten files or about 8 MB per request, never splitting a file', () => {
    const batches = <T extends { size: number }>(files: T[]) => {
      const out: T[][] = [];
      for (let rest = files; rest.length > 0; ) {
        const n = nextBatchSize(rest);
        out.push(rest.slice(0, n));
        rest = rest.slice(n);
      }
      return out;
    };
    const small = Array.from({ length: 23 }, (_, i) => ({ name: `f${i}`, size: 1000 }));
    expect(batches(small).map((b) => b.length)).toEqual([10, 10, 3]);
    const big = [{ size: 5e6 }, { size: 5e6 }, { size: 20e6 }, { size: 1 }];
    expect(batches(big).map((b) => b.map((f) => f.size))).toEqual([[5e6], [5e6], [20e6], [1]]);
    expect(nextBatchSize([])).toBe(0);
  });
});
