// A morning's briefing as a director reads it, checked by real clients: python-docx for what Word sees (styles,
// indents, the table style), LibreOffice for the pages (no source cited twice on one page).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Packer } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefing, Item, ItemKind, Provenance } from '../model/briefing';
import type { ExportOptionsInput } from '../model/exportOptions';
import { buildDocument } from './buildDocument';

const PYTHON = '/usr/bin/python3';
const works = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;
const noPythonDocx = works(PYTHON, ['-c', 'import docx']) ? '' : 'python3-docx is not installed (apt-get install python3-docx)';
const noLibreOffice = works('soffice', ['--version']) && works('pdftotext', ['-v']) ? '' : 'LibreOffice (soffice) or poppler-utils is not installed';

const ARTICLES: Provenance[] = [
  ['art-talks', 'Foreign ministers agree to resume ceasefire talks in Geneva', 'The Civic Post'],
  ['art-drones', 'Drone strikes hit fuel depots near the front line', 'Northern Echo'],
  ['art-gas', 'Gas prices jump as cold snap drains storage', 'Valley Times'],
].map(([articleId, title, publication]) => ({
  articleId, title, publication, published: '2026-11-27', paragraph: 0, start: 0, end: 10,
  url: `https://news.example.org/world/2026/11/27/${articleId}-a-long-address-that-runs-on-for-a-while?utm_source=briefing&utm_medium=email`,
}));

let n = 0;
function item(kind: ItemKind, text: string, article: number, fields: Partial<Item> = {}): Item {
  n += 1;
  return { id: `itm-${n}`, kind, text, note: '', speaker: null, role: null, what: null, source: ARTICLES[article], ...fields };
}
const said = (text: string, article: number) => item('quote', text, article, { speaker: 'Leila Haddad', role: 'foreign minister' });
const sentence = (i: number) => `Point ${i}: diplomats said the talks would cover the exchange of prisoners and the reopening of two border crossings before winter.`;

/** Three sections; the first with the quotes of two stories interleaved, as an analyst picks them while reading. */
function morning(): Briefing {
  const key = Array.from({ length: 18 }, (_, i) => (i % 3 === 2 ? item('excerpt', sentence(i), i % 2) : said(`We have a narrow window and we intend to use it, point ${i}.`, i % 2)));
  const economy = [
    item('figure', '14 per cent', 2, { what: 'rise in wholesale gas prices' }),
    item('figure', '71 per cent', 2, { what: 'how full storage sites are' }),
    said('Prices will stay high until the spring.', 2),
    item('excerpt', 'Storage sites are now 71 per cent full, against 88 per cent at the same point last year.', 2),
  ];
  return {
    schemaVersion: 1, id: 'brf-morning', title: 'Daily brief — Friday 27 November 2026', date: '2026-11-27', classification: '',
    summary: 'Ceasefire talks resume in Geneva next week; drone strikes hit fuel depots; gas prices jump.',
    createdAt: '2026-11-27T07:00:00.000Z', updatedAt: '2026-11-27T07:00:00.000Z',
    sections: [
      { id: 's1', title: 'Key developments', summary: '', items: key },
      { id: 's2', title: 'Politics and diplomacy', summary: '', items: [], hint: 'Sample text from the template.' },
      { id: 's3', title: 'Economy and energy', summary: '', items: economy },
    ],
  };
}

const OPTIONS: ExportOptionsInput = { classification: 'OFFICIAL', cover: true, contents: 'linked', sourceStyle: 'footnotes', figuresAs: 'table' };
const dir = mkdtempSync(join(tmpdir(), 'briefwright-morning-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
async function write(name: string, options: ExportOptionsInput): Promise<string> {
  const file = join(dir, `${name}.docx`);
  writeFileSync(file, await Packer.toBuffer(buildDocument(morning(), options)));
  return file;
}

const READ_BACK = `
import docx, json, sys
d = docx.Document(sys.argv[1])
def size(name):
    s = d.styles[name]
    while s is not None and s.font.size is None: s = s.base_style
    return s.font.size.pt if s is not None else None
def indent(p):
    v = p.paragraph_format.left_indent
    s = p.style
    while v is None and s is not None:
        v = s.paragraph_format.left_indent; s = s.base_style
    return v
print(json.dumps({
  "paragraphs": [[x.style.name, x.text, indent(x)] for x in d.paragraphs],
  "tables": [t.style.name if t.style is not None else None for t in d.tables],
  "footnoteSize": size("footnote text"),
  "bodySize": d.styles.default(docx.enum.style.WD_STYLE_TYPE.PARAGRAPH).font.size.pt if d.styles.default(docx.enum.style.WD_STYLE_TYPE.PARAGRAPH).font.size else None,
  "defaultSize": (lambda e: int(e.get(docx.oxml.ns.qn('w:val'))) / 2 if e is not None else None)(d.styles.element.find(docx.oxml.ns.qn('w:docDefaults') + '/' + docx.oxml.ns.qn('w:rPrDefault') + '/' + docx.oxml.ns.qn('w:rPr') + '/' + docx.oxml.ns.qn('w:sz'))),
}))
`;

describe.skipIf(noPythonDocx)(`a morning briefing read back by python-docx${noPythonDocx ? ` (skipped: ${noPythonDocx})` : ''}`, () => {
  type ReadBack = { paragraphs: [string, string, number | null][]; tables: (string | null)[]; footnoteSize: number; bodySize: number | null; defaultSize: number | null };
  let doc: ReadBack;
  beforeAll(async () => {
    doc = JSON.parse(execFileSync(PYTHON, ['-c', READ_BACK, await write('python', OPTIONS)], { encoding: 'utf8' })) as ReadBack;
  });

  it('sets footnotes in Word’s Footnote Text style, smaller than the body', () => {
    expect(doc.footnoteSize).toBeLessThan(doc.bodySize ?? doc.defaultSize ?? 11);
  });

  it('puts the figures in a built-in table style, not the plain Normal Table', () => {
    expect(doc.tables).toEqual(['Grid Table 4 Accent 1']);
  });

  it('indents excerpts like the line naming their source', () => {
    const excerpt = doc.paragraphs.find(([style]) => style === 'Block Text');
    const attribution = doc.paragraphs.find(([style]) => style === 'Attribution');
    expect(excerpt?.[2]).toBeGreaterThan(0);
    expect(excerpt?.[2]).toBe(attribution?.[2]);
  });

  it('leaves the empty section out, and never prints a template’s sample text', () => {
    const headings = doc.paragraphs.filter(([style]) => style === 'Heading 1').map(([, text]) => text);
    expect(headings).toEqual(['Key developments', 'Economy and energy']);
    expect(doc.paragraphs.some(([, text]) => text.includes('Sample text'))).toBe(false);
  });

  it('leaves no empty line under an item that follows another from the same article', () => {
    expect(doc.paragraphs.filter(([style, text]) => style === 'Attribution' && !text.trim())).toEqual([]);
  });

  it('groups the quotes of one story together, in the order the stories were first picked', () => {
    const order = doc.paragraphs.filter(([style]) => style === 'Quote' || style === 'Block Text').map(([, text]) => text);
    const talks = order.slice(0, 9);
    const drones = order.slice(9, 18);
    // Items 0, 2, 4… came from the talks story, 1, 3, 5… from the drone story: each story's nine now read together.
    expect(talks.map((t) => Number(/point (\d+)/i.exec(t)?.[1]) % 2)).toEqual(Array(9).fill(0));
    expect(drones.map((t) => Number(/point (\d+)/i.exec(t)?.[1]) % 2)).toEqual(Array(9).fill(1));
  });

  it('puts the summary on the cover with the short contents, and the marking only in headers and footers', () => {
    const texts = doc.paragraphs.map(([, text]) => text);
    expect(texts).toContain('Ceasefire talks resume in Geneva next week; drone strikes hit fuel depots; gas prices jump.');
    expect(texts.indexOf('Contents')).toBeLessThan(texts.indexOf('Key developments', texts.indexOf('Contents') + 1));
    expect(texts).not.toContain('OFFICIAL');
  });
});

describe.skipIf(noLibreOffice)(`the morning briefing laid out by LibreOffice${noLibreOffice ? ` (skipped: ${noLibreOffice})` : ''}`, () => {
  let pages: string[];
  beforeAll(async () => {
    const file = await write('pages', OPTIONS);
    const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
    try {
      execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'ignore', timeout: 120_000 });
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    pages = execFileSync('pdftotext', ['-layout', join(dir, 'pages.pdf'), '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
  }, 180_000);

  it('cites each source at most once on a page, with the full citation once', () => {
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((page, i) => {
      for (const { title } of ARTICLES) {
        const words = title!.split(' ').slice(0, 4).join(' ');
        expect(page.split(words).length - 1, `page ${i + 1}: “${words}…”`).toBeLessThanOrEqual(1);
      }
    });
    const all = pages.join('\n').replace(/\s+/g, ' ');
    // Nine items from each story, one note each: the full citation once in the document.
    expect(all.split('The Civic Post, “Foreign ministers agree to resume ceasefire talks in Geneva”, 27 November 2026.').length - 1).toBe(1);
    expect(all.split('Northern Echo, “Drone strikes hit fuel depots near the front line”, 27 November 2026.').length - 1).toBe(1);
  });
});
