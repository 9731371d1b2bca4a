// The export read back by real clients: python-docx for the structure Word sees, LibreOffice headless for the pages.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Packer } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportOptionsInput } from '../model/exportOptions';
import { buildDocument } from './buildDocument';
import { largeBriefing, sampleBriefing } from './sampleBriefing';

const PYTHON = '/usr/bin/python3';
const works = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;
const noPythonDocx = works(PYTHON, ['-c', 'import docx']) ? '' : 'python3-docx is not installed (apt-get install python3-docx)';
const noLibreOffice = works('soffice', ['--version']) && works('pdfinfo', ['-v']) && works('pdftotext', ['-v'])
  ? '' : 'LibreOffice (soffice) or poppler-utils (pdfinfo, pdftotext) is not installed';

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
  beforeAll(async () => {
    const file = await write('python', OPTIONS);
    doc = JSON.parse(execFileSync(PYTHON, ['-c', READ_BACK, file], { encoding: 'utf8' })) as ReadBack;
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

  it('finds the document properties', () => {
    expect(doc.props).toMatchObject({ title: 'Morning Energy Briefing', subject: 'Gas market', author: 'Energy desk', keywords: 'gas, prices' });
    expect(Date.now() - Date.parse(doc.props.created!)).toBeLessThan(10 * 60_000);
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
    ]);
  }, 180_000);

  it('gives a cover, a contents page and the body: three pages for the sample', () => {
    expect(pageCount(pdf('full'))).toBe(3);
    const pages = pagesText(pdf('full'));
    expect(pages[0]).toContain('Morning Energy Briefing');
    expect(pages[0]).toContain('Prepared for: The minister');
    expect(pages[1]).toContain('Contents');
    expect(pages[2]).toContain('Markets');
  });

  it('fits the sample on one page without cover and contents', () => {
    expect(pageCount(pdf('plain'))).toBe(1);
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
});
