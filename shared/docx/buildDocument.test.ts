import JSZip from 'jszip';
import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import type { Briefing } from '../model/briefing';
import type { ExportOptionsInput } from '../model/exportOptions';
import { buildDocument } from './buildDocument';
import { sampleBriefing } from './sampleBriefing';

async function unpack(briefing: Briefing, options?: ExportOptionsInput) {
  const zip = await JSZip.loadAsync(await Packer.toBuffer(buildDocument(briefing, options)));
  const read = (path: string) => zip.file(path)?.async('string') ?? Promise.resolve('');
  const names = Object.keys(zip.files);
  return { zip, read, names };
}

/** The paragraphs of a part, each with its style id and its text. */
function paragraphs(xml: string): { style: string; text: string }[] {
  return [...xml.matchAll(/<w:p[ >](.*?)<\/w:p>/gs)].map(([, inner]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(inner)?.[1] ?? 'Normal',
    text: [...inner.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
  }));
}

const styled = (xml: string, style: string) => paragraphs(xml).filter((p) => p.style === style).map((p) => p.text);

describe('buildDocument — the skeleton', () => {
  it('writes the title, the date, each section as Heading 1 with its summary and each item', async () => {
    const { read } = await unpack(sampleBriefing());
    const xml = await read('word/document.xml');
    expect(styled(xml, 'Title')).toEqual(['Morning Energy Briefing']);
    expect(styled(xml, 'Subtitle')).toEqual(['4 March 2026']);
    expect(styled(xml, 'Heading1')).toEqual(['Markets', 'Policy']);
    expect(xml).toContain('Gas prices eased after the storage report.');
    expect(styled(xml, 'Quote')).toEqual(['“We expect prices to stay volatile well into the spring.”']);
    expect(xml).toContain('The regulator will publish its review of the price cap in May.');
    expect(xml).toContain('Worth raising with the minister before Thursday.');
  });

  it('never prints as a quotation a quote whose words no longer match its source', async () => {
    const briefing = sampleBriefing();
    const quote = briefing.sections.flatMap((s) => s.items).find((i) => i.kind === 'quote')!;
    const trimmed = { ...quote, originalText: quote.text, text: 'We expect prices … into the spring.' };
    const changed = { ...quote, id: 'itm_changed', originalText: quote.text, text: 'We expect prices to fall in the spring.' };
    briefing.sections[0].items = [trimmed, changed];
    const xml = await (await unpack(briefing)).read('word/document.xml');
    expect(styled(xml, 'Quote')).toEqual(['“We expect prices … into the spring.”']);
    expect(xml).toContain('We expect prices to fall in the spring.');
    expect(xml).not.toContain('“We expect prices to fall in the spring.”');
  });

  it('names each item’s source beneath it: speaker, role, publication, headline and date', async () => {
    const { read } = await unpack(sampleBriefing());
    const attributions = styled(await read('word/document.xml'), 'Attribution');
    expect(attributions[0]).toBe('— Jane Okafor, chief economist at Northgate (The Daily Ledger, 3 March 2026)');
    const footnotes = await read('word/footnotes.xml');
    expect(footnotes).toContain('The Daily Ledger, “Gas prices ease on storage news”, 3 March 2026.');
    expect(footnotes).toContain('Westminster Wire, “Price cap review set for May”, 2 March 2026.');
  });

  it('names an unconfirmed speaker only once the analyst confirms it: until then the quote is unattributed', async () => {
    const briefing = sampleBriefing();
    const quote = briefing.sections.flatMap((s) => s.items).find((i) => i.kind === 'quote')!;
    briefing.sections[0].items = [{ ...quote, speakerUnconfirmed: true }];
    const unsure = styled(await (await unpack(briefing)).read('word/document.xml'), 'Attribution');
    expect(unsure[0]).toBe('— Unattributed (The Daily Ledger, 3 March 2026)');
    expect(unsure.join(' ')).not.toContain('Jane Okafor');
    briefing.sections[0].items = [{ ...quote, speakerUnconfirmed: undefined }];
    const confirmed = styled(await (await unpack(briefing)).read('word/document.xml'), 'Attribution');
    expect(confirmed[0]).toBe('— Jane Okafor, chief economist at Northgate (The Daily Ledger, 3 March 2026)');
  });

  it('uses Word’s own style names, so the document can be restyled in Word', async () => {
    const { read } = await unpack(sampleBriefing());
    const styles = await read('word/styles.xml');
    for (const name of ['Title', 'heading 1', 'heading 2', 'Quote', 'caption', 'Subtitle', 'TOC Heading', 'toc 1']) {
      expect(styles.toLowerCase()).toContain(`<w:name w:val="${name.toLowerCase()}"/>`);
    }
  });
});

describe('buildDocument — export options', () => {
  it('puts the classification marking, centred, in every header and every footer, with Page X of Y', async () => {
    const { read, names } = await unpack(sampleBriefing(), { classification: 'OFFICIAL' });
    const headers = names.filter((n) => /^word\/header\d+\.xml$/.test(n));
    const footers = names.filter((n) => /^word\/footer\d+\.xml$/.test(n));
    // The cover (with the short contents on it) and the body.
    expect(headers.length).toBeGreaterThanOrEqual(2);
    expect(footers.length).toBe(headers.length);
    const document = await read('word/document.xml');
    const referenced = [...document.matchAll(/<w:(header|footer)Reference w:type="default"/g)].length;
    expect(referenced).toBe(headers.length + footers.length);
    for (const part of [...headers, ...footers]) {
      const xml = await read(part);
      expect(xml, part).toMatch(/<w:jc w:val="center"\/><\/w:pPr><w:r><w:rPr><w:b\/><w:bCs\/><w:color w:val="C00000"\/><\/w:rPr><w:t xml:space="preserve">OFFICIAL<\/w:t>/);
    }
    for (const part of footers) {
      const xml = await read(part);
      expect(xml).toContain('>PAGE<');
      expect(xml).toContain('>NUMPAGES<');
      expect(paragraphs(xml).map((p) => p.text)).toContain('Page  of ');
    }
  });

  it('falls back to the briefing’s own marking, and leaves the header out when there is none', async () => {
    const withBriefingMarking = await unpack(sampleBriefing());
    expect(await withBriefingMarking.read('word/header1.xml')).toContain('OFFICIAL-SENSITIVE');
    const unmarked = await unpack({ ...sampleBriefing(), classification: '' });
    expect(unmarked.names.some((n) => n.startsWith('word/header'))).toBe(false);
    expect(await unmarked.read('word/footer1.xml')).toContain('NUMPAGES');
  });

  it('links the contents list to bookmarks on the headings, with no field and no update-fields prompt', async () => {
    const { read } = await unpack(sampleBriefing(), { contents: 'linked' });
    const document = await read('word/document.xml');
    const anchors = [...document.matchAll(/<w:hyperlink[^>]*w:anchor="([^"]+)"/g)].map((m) => m[1]);
    expect(anchors).toEqual(['_Section1', '_Section2']);
    for (const anchor of anchors) expect(document).toContain(`<w:bookmarkStart w:name="${anchor}"`);
    expect(styled(document, 'TOC1')).toEqual(['Markets', 'Policy']);
    expect(document).not.toMatch(/TOC \\/);
    expect(await read('word/settings.xml')).not.toContain('updateFields');
  });

  it('writes Word’s own contents field with page numbers already filled in when asked', async () => {
    const { read } = await unpack(sampleBriefing(), { contents: 'field' });
    const document = await read('word/document.xml');
    expect(document).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-1&quot;/);
    expect(styled(document, 'TOC1').map((t) => t.replace(/\s+/g, ' '))).toEqual(['Markets3', 'Policy3']);
    expect(await read('word/settings.xml')).not.toContain('updateFields');
  }, 60_000);

  it('leaves the contents out when asked, and the cover too', async () => {
    const { read } = await unpack(sampleBriefing(), { contents: 'none', cover: false });
    const document = await read('word/document.xml');
    expect(document).not.toContain('Contents');
    expect(document.match(/<w:sectPr>/g)).toHaveLength(1);
    expect(paragraphs(document)[0]).toEqual({ style: 'Title', text: 'Morning Energy Briefing' });
  });

  it('puts the cover first: title, date, the briefing’s summary, prepared by and for, the logo and the short contents; the marking once, in its header and footer', async () => {
    const { read, names } = await unpack({ ...sampleBriefing(), summary: 'Prices eased; the cap review is set for May.' }, {
      classification: 'SECRET', preparedBy: 'Energy desk', preparedFor: 'The minister', logoPng: TINY_PNG,
    });
    const document = await read('word/document.xml');
    const cover = document.slice(0, document.indexOf('</w:p>', document.indexOf('</w:sectPr>')) + 6);
    const texts = paragraphs(cover).map((p) => p.text).filter(Boolean);
    expect(texts).toEqual([
      'Morning Energy Briefing', '4 March 2026', 'Prices eased; the cap review is set for May.', 'Prepared by: Energy desk', 'Prepared for: The minister',
      'Contents', 'Markets', 'Policy',
    ]);
    expect(cover).toContain('<wp:inline');
    expect(names.some((n) => /^word\/media\/.*\.png$/.test(n))).toBe(true);
  });

  it('gives sources as footnotes with live links to the articles', async () => {
    const { read } = await unpack(sampleBriefing(), { sourceStyle: 'footnotes' });
    const document = await read('word/document.xml');
    // Three items cite two articles, all on one page: one footnote per article.
    expect(document.match(/<w:footnoteReference w:id="\d+"\/>/g)).toHaveLength(2);
    const footnotes = await read('word/footnotes.xml');
    expect(footnotes).toContain('<w:pStyle w:val="FootnoteText"/>');
    const links = [...footnotes.matchAll(/<w:hyperlink[^>]*r:id="([^"]+)"/g)].map((m) => m[1]);
    expect(links).toHaveLength(2);
    const rels = await read('word/_rels/footnotes.xml.rels');
    for (const id of links) expect(rels).toMatch(new RegExp(`Id="${id}"[^>]*TargetMode="External"`));
    expect(rels).toContain('Target="https://ledger.example.com/gas-prices"');
    expect(rels).toContain('Target="https://wire.example.org/cap-review?id=7&amp;src=feed"');
  });

  it('gives sources as endnotes when asked', async () => {
    const { read } = await unpack(sampleBriefing(), { sourceStyle: 'endnotes' });
    expect((await read('word/document.xml')).match(/<w:endnoteReference w:id="\d+"\/>/g)).toHaveLength(3);
    expect(await read('word/endnotes.xml')).toContain('Price cap review set for May');
    expect(await read('word/_rels/endnotes.xml.rels')).toContain('Target="https://ledger.example.com/gas-prices"');
  });

  it('gives sources as a closing numbered list, one number per article, linked from the text', async () => {
    const { read } = await unpack(sampleBriefing(), { sourceStyle: 'list' });
    const document = await read('word/document.xml');
    expect(document).not.toContain('footnoteReference');
    expect(styled(document, 'Heading1')).toEqual(['Markets', 'Policy', 'Sources']);
    expect(styled(document, 'TOC1')).toEqual(['Markets', 'Policy', 'Sources']);
    const list = paragraphs(document.slice(document.lastIndexOf('_Sources')));
    expect(list.map((p) => p.text).filter((t) => t.startsWith('['))).toEqual([
      '[1]\u00A0The Daily Ledger, “Gas prices ease on storage news”, 3 March 2026. https://ledger.example.com/gas-prices',
      '[2]\u00A0Westminster Wire, “Price cap review set for May”, 2 March 2026. https://wire.example.org/cap-review?id=7&amp;src=feed',
    ]);
    expect([...document.matchAll(/w:anchor="(_Source\d)"/g)].map((m) => m[1])).toEqual(['_Source1', '_Source1', '_Source2']);
    expect(await read('word/_rels/document.xml.rels')).toContain('Target="https://ledger.example.com/gas-prices" TargetMode="External"');
  });

  it('sets figures out as a table (figure · what it measures · source) or as a list', async () => {
    const asTable = await (await unpack(sampleBriefing(), { figuresAs: 'table' })).read('word/document.xml');
    const table = asTable.slice(asTable.indexOf('<w:tbl>'), asTable.indexOf('</w:tbl>'));
    expect(paragraphs(table).map((p) => p.text)).toEqual([
      'Figure', 'What it measures', 'Source',
      '12%', 'fall in wholesale gas prices since January', 'The Daily Ledger, 3 March 2026',
    ]);
    expect(table).toContain('<w:tblHeader/>');
    expect(styled(asTable, 'Caption')).toEqual(['Figures: Markets']);
    const asList = await (await unpack(sampleBriefing(), { figuresAs: 'list' })).read('word/document.xml');
    expect(asList).not.toContain('<w:tbl>');
    expect(paragraphs(asList).map((p) => p.text)).toContain('12% — fall in wholesale gas prices since January');
  });

  it('writes the document properties: title, subject, author, keywords, created', async () => {
    const { read } = await unpack(sampleBriefing(), { preparedBy: 'Energy desk', subject: 'Gas market', keywords: ['gas', 'prices'] });
    const core = await read('docProps/core.xml');
    expect(core).toContain('<dc:title>Morning Energy Briefing</dc:title>');
    expect(core).toContain('<dc:subject>Gas market</dc:subject>');
    expect(core).toContain('<dc:creator>Energy desk</dc:creator>');
    expect(core).toContain('<cp:keywords>gas, prices</cp:keywords>');
    expect(core).toMatch(/<dcterms:created xsi:type="dcterms:W3CDTF">\d{4}-\d{2}-\d{2}T/);
  });

  it('takes fonts, colours and sizes from the options into Word’s styles', async () => {
    const { read } = await unpack(sampleBriefing(), {
      fonts: { body: 'Georgia', headings: 'Arial' }, colours: { headings: '#112233' }, sizes: { body: 12, heading1: 18 },
    });
    const styles = await read('word/styles.xml');
    const heading1 = styles.slice(styles.indexOf('w:styleId="Heading1"'), styles.indexOf('</w:style>', styles.indexOf('w:styleId="Heading1"')));
    expect(heading1).toContain('w:ascii="Arial"');
    expect(heading1).toContain('<w:color w:val="112233"/>');
    expect(heading1).toContain('<w:sz w:val="36"/>');
    expect(styles).toMatch(/<w:docDefaults>.*w:ascii="Georgia".*<w:sz w:val="24"\/>.*<\/w:docDefaults>/s);
  });

  it('checks spelling in British English unless told otherwise', async () => {
    expect(await (await unpack(sampleBriefing())).read('word/styles.xml')).toContain('<w:lang w:val="en-GB"/>');
    expect(await (await unpack(sampleBriefing(), { language: 'en-US' })).read('word/styles.xml')).toContain('<w:lang w:val="en-US"/>');
  });

  it('keeps a quote on the same page as the line naming who said it', async () => {
    const document = await (await unpack(sampleBriefing())).read('word/document.xml');
    expect(document).toMatch(/<w:pStyle w:val="Quote"\/><w:keepNext\/>/);
  });

  it('prints a quote picked with its quotation marks inside one pair of marks', async () => {
    const briefing = sampleBriefing();
    briefing.sections[0].items[0].text = '“We expect prices to stay volatile.”';
    const document = await (await unpack(briefing)).read('word/document.xml');
    expect(styled(document, 'Quote')).toEqual(['“We expect prices to stay volatile.”']);
  });

  it('adds header and footer text when given', async () => {
    const { read } = await unpack(sampleBriefing(), { headerText: 'Energy desk — daily', footerText: 'Do not forward' });
    expect(await read('word/header1.xml')).toContain('Energy desk — daily');
    expect(await read('word/footer1.xml')).toContain('Do not forward');
  });
});

describe('buildDocument — bad input', () => {
  it('refuses invalid options with a sentence naming the option', () => {
    expect(() => buildDocument(sampleBriefing(), { sourceStyle: 'sidenotes' as never })).toThrow(
      expect.objectContaining({ code: 'invalid-input', message: expect.stringContaining('sourceStyle') }),
    );
    expect(() => buildDocument(sampleBriefing(), { colours: { accent: 'blue' } })).toThrow(expect.objectContaining({ code: 'invalid-input' }));
  });

  it('refuses a logo that is not a PNG', () => {
    expect(() => buildDocument(sampleBriefing(), { logoPng: btoa('GIF89a not a png at all, really') })).toThrow(
      expect.objectContaining({ code: 'invalid-input', message: expect.stringContaining('PNG') }),
    );
  });

  it('drops characters Word cannot hold and never makes a live link of a non-web address', async () => {
    const briefing = sampleBriefing();
    const item = briefing.sections[1].items[0];
    item.text = 'Bell\u0007 and form\u000Cfeed\nacross lines';
    item.source = { ...item.source!, url: 'javascript:alert(1)' };
    const { read } = await unpack(briefing, { sourceStyle: 'list' });
    const document = await read('word/document.xml');
    expect(document).toContain('Bell and formfeed across lines');
    expect(document).not.toMatch(/[\u0000-\u0008\u000B\u000C]/);
    expect(await read('word/_rels/document.xml.rels')).not.toContain('javascript:');
  });

  it('writes well-formed XML in every part whatever the text holds (Word refuses a file with one bad character)', async () => {
    const nasty = (label: string) => `${label} <b>&amp; "quoted" 'single' ]]> \u0000\u0001\u001F\uFFFE \uD800 lone \uDFFF 😀 \u202E rtl`;
    const briefing = sampleBriefing();
    briefing.title = nasty('title');
    for (const section of briefing.sections) {
      section.title = nasty('section');
      section.summary = nasty('summary');
      for (const item of section.items) {
        Object.assign(item, { text: nasty('text'), note: nasty('note'), speaker: nasty('speaker'), role: nasty('role'), what: nasty('what') });
        if (item.source) Object.assign(item.source, { title: nasty('headline'), publication: nasty('pub'), url: 'https://x.example/a\u0007b' });
      }
    }
    // jsdom's XML parser is strict, as Word is (jsdom ships no types: the one constructor used is typed here).
    const jsdom: string = 'jsdom';
    const { JSDOM } = (await import(jsdom)) as { JSDOM: new (html: string) => { window: { DOMParser: typeof DOMParser } } };
    const dom = new JSDOM('');
    for (const sourceStyle of ['footnotes', 'endnotes', 'list'] as const) {
      const { names, read } = await unpack(briefing, {
        sourceStyle, classification: nasty('marking'), preparedBy: nasty('by'), preparedFor: nasty('for'),
        headerText: nasty('header'), footerText: nasty('footer'), keywords: [nasty('kw')], subject: nasty('subject'),
      });
      for (const name of names.filter((n) => /\.(xml|rels)$/.test(n))) {
        const xml = await read(name);
        const parsed = new dom.window.DOMParser().parseFromString(xml, 'application/xml');
        expect(parsed.getElementsByTagName('parsererror'), `${sourceStyle}: ${name}`).toHaveLength(0);
      }
      expect(await read('word/document.xml')).toContain('title &lt;b&gt;&amp;amp; &quot;quoted&quot;');
    }
  }, 60_000);

  it('exports an empty briefing and untitled sections without failing', async () => {
    const briefing = { ...sampleBriefing(), title: '', sections: [{ id: 's', title: '  ', summary: '', items: [], keepWhenEmpty: true }] };
    const { read } = await unpack(briefing);
    const document = await read('word/document.xml');
    expect(styled(document, 'Title')).toEqual(['Briefing']);
    expect(styled(document, 'Heading1')).toEqual(['Untitled section']);
  });
});

// A 2×1 transparent PNG, written out here so the test owns its input.
const TINY_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR4nGNgYGD4z8DAwAAABAQAAV9Qf4sAAAAASUVORK5CYII=';

describe('buildDocument — later notes for a source already cited', () => {
  it('gives the full citation once, then “Ibid.” right after it, and the short form after another source', async () => {
    const base = sampleBriefing();
    const [first, second] = base.sections.flatMap((s) => s.items).filter((i) => i.source).map((i) => i.source!);
    const other = second.articleId === first.articleId ? { ...second, articleId: 'art-x', title: 'Another headline entirely', publication: 'Other Paper' } : second;
    const quote = (id: string, source: typeof first) => ({ id, kind: 'quote' as const, text: `Words ${id}`, note: '', speaker: null, role: null, what: null, source });
    // One item per section and a page break between sections, so each note is on a page of its own.
    const sections = [first, first, other, first].map((source, i) => ({ id: `s${i}`, title: `Section ${i}`, summary: 'x '.repeat(2500), items: [quote(`q${i}`, source)] }));
    const { read } = await unpack({ ...base, sections }, { sourceStyle: 'footnotes', cover: false, contents: 'none' });
    const notes = paragraphs(await read('word/footnotes.xml')).map((p) => p.text.trim()).filter(Boolean);
    expect(notes[0]).toContain(`“${first.title}”`);
    expect(notes[1]).toBe('Ibid.');
    expect(notes[2]).toContain(`“${other.title}”`);
    expect(notes[3]).toMatch(/^The Daily Ledger, “.+”\.$/);
    expect(notes[3].length).toBeLessThan(notes[0].length);
  });
});
