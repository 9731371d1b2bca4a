// The export read back by real clients: python-docx for the structure Word sees, LibreOffice headless for the pages,
// and a rendered page compared with an approved picture, so a layout regression fails a test. To approve a new look
// after a deliberate change: `BRIEFWRIGHT_APPROVE=1 npx vitest run shared/docx/realClients.test.ts`, look, commit.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Header, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportOptionsInput } from '../model/exportOptions';
import { buildDocument } from './buildDocument';
import { largeBriefing, sampleBriefing } from './sampleBriefing';
import { exportWithTemplate } from './template';

const PYTHON = '/usr/bin/python3';
const works = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;
const noPythonDocx = works(PYTHON, ['-c', 'import docx']) ? '' : 'python3-docx is not installed (apt-get install python3-docx)';
const noLibreOffice = works('soffice', ['--version']) && works('pdfinfo', ['-v']) && works('pdftotext', ['-v'])
  ? '' : 'LibreOffice (soffice) or poppler-utils (pdfinfo, pdftotext) is not installed';

const APPROVED_DIR = join(import.meta.dirname, '__approved__');
const APPROVED = join(APPROVED_DIR, 'sample-body-page.pgm');
const APPROVED_FONT = join(APPROVED_DIR, 'sample-body-page.font.txt');
const approving = process.env.BRIEFWRIGHT_APPROVE === '1';

/** The font this machine draws Calibri with: the picture only means something where it is the same one. */
const calibriStandIn = () => execFileSync('fc-match', ['-f', '%{family}', 'Calibri'], { encoding: 'utf8' }).trim();

function pictureSkipReason(): string {
  if (noLibreOffice) return noLibreOffice;
  if (!(works('pdftoppm', ['-v']) && works('fc-match', ['--version']))) return 'pdftoppm or fc-match is not installed';
  if (approving || !existsSync(APPROVED_FONT)) return '';
  const approvedFont = readFileSync(APPROVED_FONT, 'utf8').trim();
  const here = calibriStandIn();
  return approvedFont === here ? '' : `the approved picture was drawn with ${approvedFont} for Calibri, this machine has ${here}`;
}
const noPicture = pictureSkipReason();

type Picture = { width: number; height: number; pixels: Uint8Array };

/** Reads a binary greyscale PGM (P5, 8 bits), as pdftoppm -gray writes it. */
function readPgm(bytes: Uint8Array): Picture {
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(new TextDecoder('latin1').decode(bytes.subarray(0, 40)));
  if (!header) throw new Error('not an 8-bit binary PGM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, pixels: bytes.subarray(header[0].length, header[0].length + width * height) };
}

/** Share of 6×6-pixel blocks whose mean grey differs by more than 20 levels: blind to anti-aliasing, not to layout. */
function differingBlocks(a: Picture, b: Picture): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  const size = 6;
  let blocks = 0;
  let differing = 0;
  for (let by = 0; by < a.height; by += size) {
    for (let bx = 0; bx < a.width; bx += size) {
      let sumA = 0;
      let sumB = 0;
      let n = 0;
      for (let y = by; y < Math.min(by + size, a.height); y += 1) {
        for (let x = bx; x < Math.min(bx + size, a.width); x += 1) {
          sumA += a.pixels[y * a.width + x];
          sumB += b.pixels[y * a.width + x];
          n += 1;
        }
      }
      blocks += 1;
      if (Math.abs(sumA - sumB) / n > 20) differing += 1;
    }
  }
  return differing / blocks;
}

const dir = mkdtempSync(join(tmpdir(), 'briefwright-docx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const OPTIONS: ExportOptionsInput = {
  classification: 'OFFICIAL-SENSITIVE', preparedBy: 'Energy desk', preparedFor: 'The minister',
  subject: 'Gas market', keywords: ['gas', 'prices'],
};

async function write(name: string, options: ExportOptionsInput, briefing = sampleBriefing()): Promise<string> {
  const file = join(dir, `${name}.docx`);
  writeFileSync(file, await Packer.toBuffer(buildDocument(briefing, options)));
  return file;
}

/** The sample poured into a small organisation template with a letterhead and placeholders. */
async function writePoured(name: string): Promise<string> {
  const template = new Document({
    sections: [{
      headers: { default: new Header({ children: [new Paragraph('Ministry of Examples — {{classification}}')] }) },
      children: [new Paragraph('Ministry of Examples'), new Paragraph('{{title}}'), new Paragraph('{{body}}')],
    }],
  });
  const file = join(dir, `${name}.docx`);
  writeFileSync(file, await exportWithTemplate(sampleBriefing(), new Uint8Array(await Packer.toArrayBuffer(template)), OPTIONS));
  return file;
}

const READ_BACK = `
import docx, json, sys
d = docx.Document(sys.argv[1])
p = d.core_properties
print(json.dumps({
  "props": {"title": p.title, "subject": p.subject, "author": p.author, "keywords": p.keywords,
            "created": p.created.isoformat() if p.created else None},
  "paragraphs": [[x.style.name, x.text] for x in d.paragraphs],
  "tables": [[[c.text for c in r.cells] for r in t.rows] for t in d.tables],
  "styles": sorted(s.name for s in d.styles),
}))
`;

describe.skipIf(noPythonDocx)(`python-docx reads the export back${noPythonDocx ? ` (skipped: ${noPythonDocx})` : ''}`, () => {
  type ReadBack = {
    props: Record<string, string | null>; paragraphs: [string, string][]; tables: string[][][]; styles: string[];
  };
  let doc: ReadBack;
  let writtenFrom = 0;
  let poured: ReadBack;
  const readBack = (file: string) => JSON.parse(execFileSync(PYTHON, ['-c', READ_BACK, file], { encoding: 'utf8' })) as ReadBack;
  beforeAll(async () => {
    writtenFrom = Date.now();
    doc = readBack(await write('python', OPTIONS));
    poured = readBack(await writePoured('python-poured'));
  });
  const withStyle = (style: string) => doc.paragraphs.filter(([s]) => s === style).map(([, text]) => text);

  it('finds the title, the headings and the quotes in Word’s own styles', () => {
    expect(withStyle('Title')).toEqual(['Morning Energy Briefing']);
    expect(withStyle('Heading 1')).toEqual(['Markets', 'Policy']);
    expect(withStyle('Quote')).toEqual(['“We expect prices to stay volatile well into the spring.”']);
    expect(withStyle('Attribution')[0]).toContain('Jane Okafor, chief economist at Northgate');
    for (const style of ['Title', 'Heading 1', 'Heading 2', 'Quote', 'Caption', 'Subtitle']) expect(doc.styles).toContain(style);
  });

  it('finds the figures table: figure · what it measures · source', () => {
    expect(doc.tables).toEqual([[
      ['Figure', 'What it measures', 'Source'],
      ['12%', 'fall in wholesale gas prices since January', 'The Daily Ledger, 3 March 2026'],
    ]]);
  });

  it('reads a briefing poured into an organisation template: their letterhead, our headings and quotes', () => {
    expect(poured.paragraphs.slice(0, 2).map(([, text]) => text)).toEqual(['Ministry of Examples', 'Morning Energy Briefing']);
    expect(poured.paragraphs.filter(([s]) => s === 'Heading 1').map(([, text]) => text)).toEqual(['Markets', 'Policy']);
    expect(poured.paragraphs.filter(([s]) => s === 'Quote')).toHaveLength(1);
    expect(poured.tables).toEqual(doc.tables);
    expect(poured.props.title).toBe('Morning Energy Briefing');
  });

  it('finds the document properties', () => {
    expect(doc.props).toMatchObject({ title: 'Morning Energy Briefing', subject: 'Gas market', author: 'Energy desk', keywords: 'gas, prices' });
    // Created when it was written (the property has whole seconds).
    const created = Date.parse(doc.props.created!);
    expect(created).toBeGreaterThanOrEqual(Math.floor(writtenFrom / 1000) * 1000);
    expect(created).toBeLessThanOrEqual(Date.now());
  });
});

/** Converts .docx files to PDF in one LibreOffice run, with a profile folder of its own. */
function toPdf(files: string[]): void {
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], {
      stdio: 'ignore', timeout: 120_000,
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
const pageCount = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
const pagesText = (pdf: string) => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);

describe.skipIf(noLibreOffice)(`LibreOffice lays the export out${noLibreOffice ? ` (skipped: ${noLibreOffice})` : ''}`, () => {
  const pdf = (name: string) => join(dir, `${name}.pdf`);
  beforeAll(async () => {
    toPdf([
      await write('full', OPTIONS),
      await write('plain', { ...OPTIONS, cover: false, contents: 'none' }),
      await write('field', { ...OPTIONS, contents: 'field' }),
      await write('long', { ...OPTIONS, cover: false, contents: 'none', sourceStyle: 'list' }, largeBriefing(120)),
      await write('figuresAsList', { ...OPTIONS, figuresAs: 'list' }),
      await writePoured('poured'),
    ]);
  }, 180_000);

  it('gives a cover with the short contents on it, then the body: two pages for the sample', () => {
    expect(pageCount(pdf('full'))).toBe(2);
    const pages = pagesText(pdf('full'));
    expect(pages[0]).toContain('Morning Energy Briefing');
    expect(pages[0]).toContain('Prepared for: The minister');
    expect(pages[0]).toContain('Contents');
    expect(pages[1]).toContain('Markets');
  });

  it('fits the sample on one page without cover and contents', () => {
    expect(pageCount(pdf('plain'))).toBe(1);
  });

  it('lays out a briefing poured into an organisation template under their letterhead', () => {
    const pages = pagesText(pdf('poured'));
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatch(/Ministry of Examples — OFFICIAL-SENSITIVE[\s\S]*Ministry of Examples\s+Morning Energy Briefing[\s\S]*Markets/);
  });

  it('marks every page top and bottom and numbers it "Page X of Y"', () => {
    const pages = pagesText(pdf('long'));
    expect(pages.length).toBeGreaterThan(5);
    pages.forEach((page, i) => {
      expect(page.match(/OFFICIAL-SENSITIVE/g), `page ${i + 1}`).toHaveLength(2);
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
    });
  });

  it('fills the contents field with the pages the headings are really on', () => {
    const pages = pagesText(pdf('field'));
    const listed = /Markets\s*\.+\s*(\d+)/.exec(pages[1])?.[1];
    const actual = pages.findIndex((page, i) => i > 1 && /^\s*Markets\s*$/m.test(page)) + 1;
    expect(Number(listed)).toBe(actual);
  });

  it('writes the closing source list after the body', () => {
    expect(pagesText(pdf('long')).join('\n')).toMatch(/Sources[\s\S]*\[1\]\s+The Daily Ledger, “Headline number 0”/);
  });

  describe.skipIf(noPicture)(`the body page matches the approved picture${noPicture ? ` (skipped: ${noPicture})` : ''}`, () => {
    /** Page 2 (the body) of a converted sample, greyscale at 30 dpi. */
    const bodyPage = (name: string) => {
      execFileSync('pdftoppm', ['-r', '30', '-gray', '-f', '2', '-l', '2', '-singlefile', pdf(name), join(dir, name)]);
      return join(dir, `${name}.pgm`);
    };
    beforeAll(() => {
      if (!approving) return;
      mkdirSync(APPROVED_DIR, { recursive: true });
      writeFileSync(APPROVED, readFileSync(bodyPage('full')));
      writeFileSync(APPROVED_FONT, `${calibriStandIn()}\n`);
    });

    it('draws the body page as approved, within a tolerance', () => {
      expect(existsSync(APPROVED), `no approved picture yet: run with BRIEFWRIGHT_APPROVE=1 and commit ${APPROVED}`).toBe(true);
      const page = readPgm(readFileSync(bodyPage('full')));
      expect(differingBlocks(page, readPgm(readFileSync(APPROVED)))).toBeLessThan(0.01);
    });

    it('notices a change of layout (figures as a list instead of a table)', () => {
      const page = readPgm(readFileSync(bodyPage('figuresAsList')));
      expect(differingBlocks(page, readPgm(readFileSync(APPROVED)))).toBeGreaterThan(0.03);
    });
  });
});
