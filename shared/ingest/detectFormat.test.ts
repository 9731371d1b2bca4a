import { describe, expect, it } from 'vitest';
import { detectFormat, looksBinary } from './detectFormat';
import { limitNesting } from './limitNesting';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('format detection', () => {
  it('trusts the bytes over the name', () => {
    expect(detectFormat('report.txt', bytes('%PDF-1.7\n...'))).toBe('pdf');
    expect(detectFormat('story', bytes('Plain words.'))).toBe('txt');
    expect(detectFormat('story.md', bytes('# Title'))).toBe('md');
    expect(detectFormat('a.htm', bytes('<p>x</p>'))).toBe('html');
    expect(detectFormat('memo.txt', bytes('{\\rtf1\\ansi Hello}'))).toBe('rtf');
    expect(detectFormat('a.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toBe('docx');
  });

  it('names what it cannot read', () => {
    expect(() => detectFormat('memo.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toThrow(/\.doc/);
    expect(() => detectFormat('sheet.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toThrow(/xlsx/);
  });

  it('does not take UTF-16 text for binary', () => {
    const le = new Uint8Array([0xff, 0xfe, ...Array.from('Hello there', (c) => [c.charCodeAt(0), 0]).flat()]);
    expect(looksBinary(le)).toBe(false);
    expect(looksBinary(new Uint8Array([1, 2, 3, 0, 5, 6, 7, 8]))).toBe(true);
    const textWithOneNul = bytes(`${'A plain line of text.\n'.repeat(100)}\u0000`);
    expect(looksBinary(textWithOneNul)).toBe(false);
  });
});

describe('nesting cap', () => {
  it('leaves ordinary pages alone and flattens deep nesting, keeping the text', () => {
    const page = '<html><body><div><p>One<p>Two</div><ul><li>a<li>b</ul></body></html>';
    expect(limitNesting(page)).toBe(page);
    const deep = `${'<div>'.repeat(200)}text${'</div>'.repeat(200)}`;
    const out = limitNesting(deep, 60);
    expect(out.match(/<div>/g)).toHaveLength(60);
    expect(out.match(/<\/div>/g)).toHaveLength(60);
    expect(out).toContain('text');
  });
});
