import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { codeOf } from '../../test/helpers/codeOf';
import { ingest } from './ingest';

async function wordFile(paragraphs: Paragraph[]): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children: paragraphs }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('Word documents', () => {
  it('reads the headline, header lines and paragraphs of a .docx', async () => {
    const bytes = await wordFile([
      new Paragraph({ text: 'Council approves the new bridge', heading: HeadingLevel.TITLE }),
      new Paragraph('SOURCE: The Riverside Gazette'),
      new Paragraph('DATE: 2025-03-14'),
      new Paragraph({ children: [new TextRun('The council voted '), new TextRun({ text: '7 to 2', bold: true }), new TextRun(' on Thursday to build the bridge.')] }),
      new Paragraph('“It is a good day for the town,” said the mayor, Ruth Ames.'),
    ]);
    const a = await ingest({ name: 'bridge.docx', bytes });
    expect(a.source.format).toBe('docx');
    expect(a.title).toBe('Council approves the new bridge');
    expect(a.publication).toBe('The Riverside Gazette');
    expect(a.published).toBe('2025-03-14');
    expect(a.paragraphs).toEqual(['The council voted 7 to 2 on Thursday to build the bridge.', '“It is a good day for the town,” said the mayor, Ruth Ames.']);
  });

  it('gives a .docx and a .txt of the same story the same id', async () => {
    const body = ['First paragraph of the shared story, with some words.', 'Second paragraph of it.'];
    const docx = await ingest({ name: 's.docx', bytes: await wordFile(body.map((t) => new Paragraph(t))) });
    const txt = await ingest({ name: 's.txt', bytes: new TextEncoder().encode(body.join('\n\n')) });
    expect(docx.paragraphs).toEqual(body);
    expect(docx.id).toBe(txt.id);
  });

  it('stops a zip bomb posing as .docx by its unpacked size', async () => {
    const zeros = new Uint8Array(8 * 1024 * 1024);
    const bomb = zipSync({ 'word/document.xml': zeros, '[Content_Types].xml': new Uint8Array(10) }, { level: 9 });
    expect(bomb.length).toBeLessThan(100_000);
    expect(await codeOf(ingest({ name: 'bomb.docx', bytes: bomb, maxBytes: 1024 * 1024 }))).toBe('too-large');
  });

  it('stops a zip bomb that lies about its sizes in the central directory', async () => {
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(8 * 1024 * 1024) }, { level: 9 });
    // Rewrite the declared uncompressed size in the central directory to 100 bytes.
    const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
    for (let i = 0; i + 4 < bomb.length; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 100, true);
    expect(await codeOf(ingest({ name: 'liar.docx', bytes: bomb, maxBytes: 1024 * 1024 }))).toBe('too-large');
  });

  it('says a password-protected Word file is encrypted, and a broken one is corrupt', async () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await codeOf(ingest({ name: 'secret.docx', bytes: ole }))).toBe('encrypted');
    const good = await wordFile([new Paragraph('Some text in a paragraph.')]);
    expect(await codeOf(ingest({ name: 'cut.docx', bytes: good.subarray(0, Math.floor(good.length / 2)) }))).toBe('corrupt');
    expect(await codeOf(ingest({ name: 'fake.docx', bytes: new TextEncoder().encode('not a zip at all') }))).toBe('corrupt');
  });

  it('refuses a zip that is not a Word document', async () => {
    const zip = zipSync({ 'notes.txt': new TextEncoder().encode('hello') });
    expect(await codeOf(ingest({ name: 'notes.docx', bytes: zip }))).toBe('unsupported-format');
  });
});
