import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { codeOf } from '../../test/helpers/codeOf';
import type { Run } from '../../test/helpers/makePdf';
import { makePdf } from '../../test/helpers/makePdf';
import { ingest } from './ingest';

/** Lines of a page: 14 points apart, starting under a running header, with a page number at the foot. */
function page(n: number, lines: Array<string | null>): Run[] {
  const runs: Run[] = [{ x: 72, y: 760, size: 9, text: 'The Harbour Ledger - Morning edition' }];
  let y = 700;
  for (const line of lines) {
    if (line === null) y -= 10; // paragraph gap
    else {
      runs.push({ x: 72, y, text: line });
      y -= 14;
    }
  }
  runs.push({ x: 300, y: 40, size: 9, text: String(n) });
  return runs;
}

describe('PDF files', () => {
  it('rebuilds paragraphs, joins hyphenated words and drops running headers and page numbers', async () => {
    const bytes = makePdf([
      page(1, [
        'The port authority said on Monday that the ageing infra-',
        'structure of the east quay would be replaced within two years.',
        null,
        'Work will start in the spring, officials said, and the quay',
        'will stay open while it is carried out.',
      ]),
      page(2, ['Ferry services are not expected to change during the work,', 'the operator said.', null, 'The total cost is put at 40 million pounds.']),
    ]);
    const a = await ingest({ name: 'quay.pdf', bytes });
    expect(a.source.format).toBe('pdf');
    expect(a.paragraphs).toEqual([
      'The port authority said on Monday that the ageing infrastructure of the east quay would be replaced within two years.',
      'Work will start in the spring, officials said, and the quay will stay open while it is carried out.',
      'Ferry services are not expected to change during the work, the operator said.',
      'The total cost is put at 40 million pounds.',
    ]);
    expect(a.paragraphs.join(' ')).not.toMatch(/Harbour Ledger|Morning edition/);
  });

  it('takes a short first line in a larger type as the headline', async () => {
    const bytes = makePdf([
      [
        { x: 72, y: 720, size: 20, text: 'Quay to be rebuilt' },
        { x: 72, y: 690, text: 'The port authority said the east quay would be replaced.' },
        { x: 72, y: 650, text: 'Work starts in the spring.' },
      ],
    ]);
    const a = await ingest({ name: 'q.pdf', bytes });
    expect(a.title).toBe('Quay to be rebuilt');
    expect(a.paragraphs).toEqual(['The port authority said the east quay would be replaced.', 'Work starts in the spring.']);
  });

  it('keeps a headline wrapped over two lines of large type together', async () => {
    const body = (y: number, text: string) => ({ x: 72, y, text });
    const bytes = makePdf([
      [
        { x: 72, y: 720, size: 24, text: 'Council approves the new sea' },
        { x: 72, y: 691, size: 24, text: 'wall after a long debate' },
        body(650, 'By Ann Lee'),
        body(620, 'The council voted on Thursday to build the wall, which will'),
        body(606, 'protect the old town from winter storms.'),
        body(582, 'Work starts in the spring and ends within two years.'),
        body(558, 'The ferry will run as usual while the work goes on.'),
      ],
    ]);
    const a = await ingest({ name: 'wall.pdf', bytes });
    expect(a.title).toBe('Council approves the new sea wall after a long debate');
    expect(a.byline).toBe('Ann Lee');
    expect(a.paragraphs).toEqual([
      'The council voted on Thursday to build the wall, which will protect the old town from winter storms.',
      'Work starts in the spring and ends within two years.',
      'The ferry will run as usual while the work goes on.',
    ]);
  });

  it('says a PDF without a text layer looks scanned', async () => {
    expect(await codeOf(ingest({ name: 'scan.pdf', bytes: makePdf([[]], { drawing: true }) }))).toBe('no-text');
  });

  it('says a password-protected PDF is encrypted', async () => {
    const bytes = makePdf([[{ x: 72, y: 700, text: 'Secret text of the story.' }]], { encrypt: true });
    expect(await codeOf(ingest({ name: 'locked.pdf', bytes }))).toBe('encrypted');
  });

  it('says a damaged PDF is corrupt', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7\nthis is not really a PDF at all\n%%EOF');
    expect(await codeOf(ingest({ name: 'broken.pdf', bytes }))).toBe('corrupt');
  });
});

describe('one story, every format', () => {
  it('imports the same story from .txt, .html, .docx, .pdf and .eml with the same text and id', async () => {
    const story = ['The quay will be rebuilt, the port said.', 'Work starts in the spring.', 'Ferries will run as usual.'];
    const enc = (s: string) => new TextEncoder().encode(s);
    const docx = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: story.map((p) => new Paragraph(p)) }] })));
    const pdf = makePdf([story.map((text, i) => ({ x: 72, y: 700 - i * 30, text }))]);
    const html = `<html><body><article>${story.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const eml = `From: Desk <d@x.example>\nSubject: Quay\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n${html}`;
    const files: Array<[string, Uint8Array]> = [
      ['s.txt', enc(story.join('\n\n'))],
      ['s.html', enc(html)],
      ['s.docx', docx],
      ['s.pdf', pdf],
      ['s.eml', enc(eml)],
    ];
    const articles = await Promise.all(files.map(([name, bytes]) => ingest({ name, bytes })));
    for (const a of articles) expect(a.paragraphs).toEqual(story);
    expect(new Set(articles.map((a) => a.id)).size).toBe(1);
  });
});
