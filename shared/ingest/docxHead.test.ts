import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import { ingest } from './ingest';

const STORY = ['The county will close four of its nine recycling centres next spring, the council confirmed on Wednesday.', 'The closures are expected to save £1.2 million a year.'];

async function wordFile(children: Array<Paragraph | Table>): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

const row = (label: string, value: string) => new TableRow({ children: [new TableCell({ children: [new Paragraph(label)] }), new TableCell({ children: [new Paragraph(value)] })] });

describe('the head of a Word document', () => {
  it('reads a table of labelled fields like a header block', async () => {
    const table = new Table({ rows: [row('Headline', 'County to shut four recycling centres'), row('Source', 'Valley Courier'), row('Date', '4 March 2026'), row('Author', 'Ruth Okonjo-Hale, Environment Correspondent')] });
    const a = await ingest({ name: 'story.docx', bytes: await wordFile([table, ...STORY.map((p) => new Paragraph(p))]) });
    expect(a).toMatchObject({ title: 'County to shut four recycling centres', publication: 'Valley Courier', published: '2026-03-04', byline: 'Ruth Okonjo-Hale', bylineRole: 'Environment Correspondent' });
    expect(a.paragraphs).toEqual(STORY);
  });

  it('reads a masthead with its section, and a byline with its role and date in the subtitle', async () => {
    const a = await ingest({
      name: 'story.docx',
      bytes: await wordFile([
        new Paragraph('The Valley Courier — Environment'),
        new Paragraph({ text: 'County to shut four recycling centres', heading: HeadingLevel.TITLE }),
        new Paragraph('Ruth Okonjo-Hale, Environment Correspondent · Wednesday 4 March 2026'),
        ...STORY.map((p) => new Paragraph(p)),
      ]),
    });
    expect(a).toMatchObject({ title: 'County to shut four recycling centres', publication: 'The Valley Courier', published: '2026-03-04', byline: 'Ruth Okonjo-Hale', bylineRole: 'Environment Correspondent' });
    expect(a.paragraphs).toEqual(STORY);
  });
});
