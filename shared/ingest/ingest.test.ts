import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../model/article';
import { codeOf } from '../../test/helpers/codeOf';
import { ingest } from './ingest';
import { ingestHtml, ingestText } from '../../test/helpers/ingestString';

const utf8 = (s: string) => new TextEncoder().encode(s);

const STORY = [
  'Harbour talks collapse as unions reject the final offer',
  '',
  'Dock workers in Portsmouth rejected the final pay offer on Tuesday, union officials said.',
  '',
  '“We will not accept a real-terms cut,” said Maria Lopez, the union’s regional secretary.',
  '',
  'The port handles 12 per cent of the country’s freight.',
].join('\n');

describe('ingest', () => {
  it('imports a plain-text file into a valid Article with a headline and paragraphs', async () => {
    const now = new Date('2026-01-02T03:04:05Z');
    const a = await ingest({ name: 'story.txt', bytes: utf8(STORY), now });
    expect(ArticleSchema.parse(a)).toBeTruthy();
    expect(a.title).toBe('Harbour talks collapse as unions reject the final offer');
    expect(a.origin.title).toBe('first-line');
    expect(a.paragraphs).toHaveLength(3);
    expect(a.source).toEqual({ fileName: 'story.txt', format: 'txt' });
    expect(a.importedAt).toBe('2026-01-02T03:04:05.000Z');
    expect(a.quotes).toEqual([]);
    expect(a.figures).toEqual([]);
  });

  it('gives the same id to the same story in another format', async () => {
    const txt = await ingest({ name: 'a.txt', bytes: utf8(STORY) });
    const html = await ingest({
      name: 'a.html',
      bytes: utf8(
        '<html><head><title>Harbour talks collapse as unions reject the final offer</title></head><body><article><h1>Harbour talks collapse as unions reject the final offer</h1>' +
          '<p>Dock workers in Portsmouth rejected the final pay offer on Tuesday, union officials said.</p>' +
          '<p>"We will not accept a real-terms cut," said Maria Lopez, the union\'s regional secretary.</p>' +
          '<p>The port handles 12 per cent of the country\'s freight.</p></article></body></html>',
      ),
    });
    expect(html.paragraphs).toHaveLength(3);
    expect(html.id).toBe(txt.id);
  });

  it('detects HTML inside a file named .txt', async () => {
    const a = await ingest({ name: 'saved.txt', bytes: utf8('<!doctype html><html><body><p>One paragraph of the story, long enough to read.</p><p>Another paragraph follows it.</p></body></html>') });
    expect(a.source.format).toBe('html');
    expect(a.paragraphs.join(' ')).not.toContain('<p>');
  });

  it('refuses an empty file, whitespace, random bytes, unknown extensions and images', async () => {
    expect(await codeOf(ingest({ name: 'empty.txt', bytes: new Uint8Array() }))).toBe('empty');
    expect(await codeOf(ingest({ name: 'blank.txt', bytes: utf8(' \n\t\r\n  ') }))).toBe('empty');
    const random = new Uint8Array(4096);
    let seed = 7;
    for (let i = 0; i < random.length; i++) random[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
    expect(await codeOf(ingest({ name: 'notes.txt', bytes: random }))).toBe('unsupported-format');
    expect(await codeOf(ingest({ name: 'notes.xyz', bytes: utf8('Some text') }))).toBe('unsupported-format');
    expect(await codeOf(ingest({ name: 'photo.png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]) }))).toBe('unsupported-format');
  });

  it('refuses a file over the cap before reading it', async () => {
    const bytes = new Uint8Array(2048).fill(0x41);
    expect(await codeOf(ingest({ name: 'big.txt', bytes, maxBytes: 1024 }))).toBe('too-large');
  });

  it('takes pasted text and pasted HTML', async () => {
    const t = await ingestText('BY: Ann Lee\n\nFirst paragraph of a pasted story.\n\nSecond paragraph.');
    expect(t.byline).toBe('Ann Lee');
    expect(t.source.format).toBe('paste');
    const h = await ingestHtml('<p>Pasted paragraph one, with a little text.</p><p>Pasted paragraph two.</p>', { url: 'https://example.com/2024/03/05/story' });
    expect(h.paragraphs).toEqual(['Pasted paragraph one, with a little text.', 'Pasted paragraph two.']);
    expect(h.url).toBe('https://example.com/2024/03/05/story');
    expect(h.published).toBe('2024-03-05');
  });
});
