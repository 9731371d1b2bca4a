import JSZip from 'jszip';
import { Document, Footer, Header, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { sampleBriefing } from './sampleBriefing';
import { exportWithTemplate, readTemplate } from './template';

/** An organisation's template as Word might save it: letterhead, their own Heading 1, placeholders (one split in two runs). */
async function organisationTemplate(body: Paragraph[] = [
  new Paragraph({ style: 'Letterhead', children: [new TextRun('Ministry of Examples')] }),
  new Paragraph({ children: [new TextRun({ text: '{{ti', bold: true }), new TextRun({ text: 'tle}}', bold: true })] }),
  new Paragraph('Date: {{ date }}'),
  new Paragraph('{{body}}'),
  new Paragraph('End of briefing.'),
], marked = true): Promise<Uint8Array> {
  const document = new Document({
    styles: {
      default: { heading1: { run: { font: 'Georgia', color: '00AA00', size: 40 } } },
      paragraphStyles: [{ id: 'Letterhead', name: 'Letterhead', basedOn: 'Normal', run: { color: '7030A0', bold: true } }],
    },
    sections: [{
      headers: { default: new Header({ children: [new Paragraph(marked ? 'Ministry of Examples — {{classification}}' : 'Ministry of Examples')] }) },
      footers: { default: new Footer({ children: [new Paragraph(marked ? 'Prepared for {{preparedFor}}' : 'Page')] }) },
      children: body,
    }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

async function asDotx(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file('[Content_Types].xml', types.replace('document.main+xml', 'template.main+xml'));
  return zip.generateAsync({ type: 'uint8array' });
}

async function open(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  return (path: string) => zip.file(path)?.async('string') ?? Promise.resolve('');
}

/** A part's text as a reader sees it: one line per paragraph, runs joined. */
const plainText = (xml: string) => xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');

const styleXml = (styles: string, id: string) => {
  const start = styles.indexOf(`w:styleId="${id}"`);
  return start < 0 ? '' : styles.slice(start, styles.indexOf('</w:style>', start));
};

describe('an organisation’s Word template', () => {
  it('finds the placeholders, even when Word split one across runs', async () => {
    const template = readTemplate(await organisationTemplate());
    expect(template.placeholders.sort()).toEqual(['body', 'classification', 'date', 'preparedFor', 'title']);
    expect(template.isDotx).toBe(false);
    expect(template.stylesXml).toContain('w:styleId="Letterhead"');
  });

  it('pours the briefing in at the placeholders, keeping the letterhead and the text around them', async () => {
    const read = await open(await exportWithTemplate(sampleBriefing(), await organisationTemplate(), { preparedFor: 'The minister' }));
    const document = await read('word/document.xml');
    expect(document).not.toContain('{{');
    const text = plainText(document);
    expect(text).toMatch(/^Ministry of Examples\nMorning Energy Briefing\nDate: 4 March 2026\n/);
    expect(text.trim().endsWith('End of briefing.')).toBe(true);
    expect(document).toMatch(/<w:pStyle w:val="Heading1"\/>(?:(?!<\/w:p>).)*Markets/);
    expect(document).toMatch(/<w:pStyle w:val="Quote"\/>(?:(?!<\/w:p>).)*We expect prices/);
    expect(document).toMatch(/<w:b\/>(?:(?!<\/w:r>).)*Morning Energy Briefing/);
    expect(plainText(await read('word/header1.xml'))).toContain('Ministry of Examples — OFFICIAL-SENSITIVE');
    expect(plainText(await read('word/footer1.xml'))).toContain('Prepared for The minister');
  });

  it('keeps the organisation’s styles and adds only the ones it lacks', async () => {
    const read = await open(await exportWithTemplate(sampleBriefing(), await organisationTemplate()));
    const styles = await read('word/styles.xml');
    expect(styleXml(styles, 'Heading1')).toContain('w:ascii="Georgia"');
    expect(styleXml(styles, 'Heading1')).toContain('<w:color w:val="00AA00"/>');
    expect(styleXml(styles, 'Letterhead')).toContain('7030A0');
    expect(styleXml(styles, 'Quote')).toContain('<w:name w:val="Quote"/>');
    expect(styleXml(styles, 'Attribution')).toContain('<w:name w:val="Attribution"/>');
    expect(styles.match(/w:styleId="Heading1"/g)).toHaveLength(1);
  });

  it('carries the sources as footnotes with live links into the poured document', async () => {
    const read = await open(await exportWithTemplate(sampleBriefing(), await organisationTemplate()));
    expect((await read('word/document.xml')).match(/<w:footnoteReference w:id="\d+"\/>/g)).toHaveLength(3);
    const footnotes = await read('word/footnotes.xml');
    expect(footnotes).toContain('Gas prices ease on storage news');
    const ids = [...footnotes.matchAll(/<w:hyperlink[^>]*r:id="([^"]+)"/g)].map((m) => m[1]);
    // Two articles: the second note for the first one is the short form, without the address again.
    expect(ids).toHaveLength(2);
    const rels = await read('word/_rels/footnotes.xml.rels');
    for (const id of ids) expect(rels).toMatch(new RegExp(`Id="${id}"[^>]*Target="https://`));
  });

  it('turns a .dotx into a document Word opens as .docx', async () => {
    const dotx = await asDotx(await organisationTemplate());
    expect(readTemplate(dotx).isDotx).toBe(true);
    const types = await (await open(await exportWithTemplate(sampleBriefing(), dotx)))('[Content_Types].xml');
    expect(types).toContain('wordprocessingml.document.main+xml');
    expect(types).not.toContain('template.main+xml');
  });

  it('without placeholders, builds the usual document on the organisation’s styles', async () => {
    const plain = await organisationTemplate([new Paragraph({ style: 'Letterhead', children: [new TextRun('Ministry of Examples')] })], false);
    const read = await open(await exportWithTemplate(sampleBriefing(), plain));
    const document = await read('word/document.xml');
    expect(document).not.toContain('Ministry of Examples');
    expect(document).toMatch(/<w:pStyle w:val="Title"\/>.*Morning Energy Briefing/);
    const styles = await read('word/styles.xml');
    expect(styleXml(styles, 'Heading1')).toContain('<w:color w:val="00AA00"/>');
    expect(styleXml(styles, 'Letterhead')).toContain('7030A0');
    expect(styleXml(styles, 'Quote')).toContain('<w:name w:val="Quote"/>');
  });

  it('says plainly what is wrong with a template it cannot use', async () => {
    await expect(exportWithTemplate(sampleBriefing(), new TextEncoder().encode('just some text, not a zip'))).rejects.toMatchObject({ code: 'invalid-file' });
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(exportWithTemplate(sampleBriefing(), ole)).rejects.toMatchObject({ code: 'encrypted' });
    const noBody = await organisationTemplate([new Paragraph('{{title}}')]);
    await expect(exportWithTemplate(sampleBriefing(), noBody)).rejects.toMatchObject({
      code: 'invalid-input', message: expect.stringContaining('{{body}}'),
    });
  });
});
