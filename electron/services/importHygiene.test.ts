import { afterEach, describe, expect, it } from 'vitest';
import { HARBOUR_ARTICLE } from '../../test/fixtures/articles';
import { buildDocument } from '../../shared/docx/buildDocument';
import { briefingToHtml, briefingToText } from '../../shared/docx/emailCopy';
import { briefingToMarkdown } from '../../shared/docx/markdown';
import { sampleBriefing } from '../../shared/docx/sampleBriefing';
import { readArticle } from '../../shared/pipeline/readArticle';
import { Packer } from 'docx';
import { unzipSync, strFromU8 } from 'fflate';
import { createServices } from './createServices';
import { openLibrary } from './library';
import { ReaderPool } from './readerPool';
import { useTempFolders } from '../../test/helpers/tempFolders';

const encode = (text: string) => new TextEncoder().encode(text);
const BODY = [
  'The harbour authority approved a four-berth expansion on Tuesday after a year of consultation with shipping lines.',
  '"We could not wait any longer," said Daniel Okafor, the authority chair, adding that work would begin in May.',
  'The plan will cost £18.2 billion and create 10,000 jobs over the decade, according to the authority.',
].join('\n\n');
const OVERRIDES = /[\u202A-\u202E\u2066-\u2069]/;

const tempFolder = useTempFolders();
let pool: ReaderPool | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

describe('every text field of an imported article is capped', () => {
  it('an e-mail with a 6 MB Subject gives a title of a sensible length, and the import succeeds', { timeout: 60_000 }, async () => {
    const subject = 'Harbour expansion approved '.repeat(250_000);
    expect(subject.length).toBeGreaterThan(6_000_000);
    const eml = `From: Desk <desk@ledger.example>\r\nTo: you@example.org\r\nSubject: ${subject}\r\nDate: Sat, 14 Mar 2026 08:00:00 +0000\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${BODY}`;
    const article = await readArticle({ name: 'news.eml', bytes: encode(eml) });
    expect(article.title!.length).toBeLessThanOrEqual(1000);
    expect(article.title).toMatch(/^Harbour expansion approved/);
  });

  it('a header line a megabyte long does not become a megabyte of byline or publication', async () => {
    const text = `Harbour works begin\nBy: ${'Anna Berg '.repeat(100_000)}\nSource: ${'Ledger '.repeat(150_000)}\n\n${HARBOUR_ARTICLE}`;
    const article = await readArticle({ name: 'long.txt', bytes: encode(text) });
    for (const field of [article.title, article.byline, article.publication, article.bylineRole, article.url, article.language]) {
      expect((field ?? '').length).toBeLessThanOrEqual(1000);
    }
  });
});

describe('direction overrides (U+202A–202E, U+2066–2069)', () => {
  const reversed = '\u202Eevah ton did ew\u202C, said the minister. \u2067Rates\u2069 held at \u202D5%\u202C.';

  it('are stripped on import, from the text and the metadata', async () => {
    const article = await readArticle({ name: 'bidi.txt', bytes: encode(`Title \u202Etsop\u202C here\n\n${HARBOUR_ARTICLE}\n\nAnd at the end: ${reversed}`) });
    expect(JSON.stringify([article.title, article.paragraphs, article.byline, article.publication])).not.toMatch(OVERRIDES);
    expect(article.paragraphs.join('\n')).toContain('evah ton did ew, said the minister. Rates held at 5%.');
  });

  it('are stripped on export, in Word, Markdown and the e-mail copy, from an item saved with them', async () => {
    const briefing = sampleBriefing();
    briefing.title = `Morning \u202Ebrief\u202C`;
    briefing.sections[0].items[0].text = reversed;
    briefing.sections[0].items[0].speaker = '\u2066Anna Berg\u2069';
    const docx = unzipSync(new Uint8Array(await Packer.toArrayBuffer(buildDocument(briefing))));
    const documentXml = strFromU8(docx['word/document.xml']);
    expect(documentXml).toContain('evah ton did ew');
    expect(documentXml).not.toMatch(OVERRIDES);
    for (const text of [briefingToMarkdown(briefing), briefingToHtml(briefing), briefingToText(briefing)]) {
      expect(text).toContain('evah ton did ew');
      expect(text).not.toMatch(OVERRIDES);
    }
  });
});

describe('Markdown export', () => {
  it('escapes & so an entity in an analyst’s text prints as written', () => {
    const briefing = sampleBriefing();
    briefing.sections[0].items[0].text = 'Profits at AT&T &copy; and &#169; stayed flat';
    const markdown = briefingToMarkdown(briefing);
    expect(markdown).toContain('AT\\&T \\&copy; and \\&#169; stayed flat');
  });
});

describe('provenance through the worker pool', () => {
  it('keeps a web import’s address and records a paste as a paste', { timeout: 60_000 }, async () => {
    pool = new ReaderPool({ size: 1 });
    const fromUrl = await pool.read({ name: 'story.txt', bytes: encode(HARBOUR_ARTICLE), via: { format: 'url', url: 'https://ledger.example/harbour' } });
    expect(fromUrl).toMatchObject({ url: 'https://ledger.example/harbour', source: { format: 'url' } });
    const pasted = await pool.read({ name: 'Pasted text.txt', bytes: encode(HARBOUR_ARTICLE.replace('Tuesday', 'Monday')), via: { format: 'paste' } });
    expect(pasted).toMatchObject({ source: { format: 'paste' } });

    const root = await tempFolder('briefwright-provenance-');
    const workers = pool;
    const core = createServices(openLibrary(root), { read: (file) => workers.read(file) });
    const outcome = await core.importText({ text: HARBOUR_ARTICLE.replace('Tuesday', 'Sunday') });
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect((await core.getArticle({ id: outcome.article.id })).source.format).toBe('paste');
  });
});
