import { describe, expect, it } from 'vitest';
import { fromWireJson, toWireJson } from './wire';

describe('the HTTP edge’s JSON', () => {
  it('carries byte arrays as base64 and gives them back as the same bytes, wherever they sit', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7) % 256);
    const text = toWireJson({ files: [{ name: 'binary.pdf', data: bytes }], note: 'Hé' });
    expect(text).toContain(`"data":{"$bytes":"${Buffer.from(bytes).toString('base64')}"}`);
    const back = fromWireJson(text) as { files: { name: string; data: Uint8Array }[]; note: string };
    expect(back.files[0].data).toBeInstanceOf(Uint8Array);
    expect(Array.from(back.files[0].data)).toEqual(Array.from(bytes));
    expect(back.note).toBe('Hé');
  });

  it('leaves other objects alone, and refuses text that is not JSON', () => {
    const value = { $bytes: 'QQ==', other: 1 };
    expect(fromWireJson(toWireJson(value))).toEqual(value);
    expect(() => fromWireJson('{"briefing":')).toThrow();
  });
});
