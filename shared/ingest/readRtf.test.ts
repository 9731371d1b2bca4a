import { describe, expect, it } from 'vitest';
import { ingest } from './ingest';
import { rtfBlocks } from './readRtf';

const rtf = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

describe('RTF', () => {
  it('reads Unicode escapes and skips their fallback characters', () => {
    expect(rtfBlocks(rtf('{\\rtf1\\ansi\\uc1 Caf\\u233?s and \\u8364\\\'80 10\\par}')).blocks).toEqual(['Cafés and € 10']);
    expect(rtfBlocks(rtf('{\\rtf1\\ansi\\uc2 na\\u239\\\'cf\\\'ceve\\par}')).blocks).toEqual(['naïve']);
  });

  it('decodes bytes in the document’s code page and in each font’s character set', () => {
    expect(rtfBlocks(rtf("{\\rtf1\\ansi\\ansicpg1251 \\'cf\\'f0\\'e8\\'e2\\'e5\\'f2\\par}")).blocks).toEqual(['Привет']);
    const greekFont = "{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0 Arial;}{\\f1\\fcharset161 Arial Greek;}}\\f0 caf\\'e9 {\\f1 \\'e1\\'e8\\'de\\'ed\\'e1}\\par}";
    expect(rtfBlocks(rtf(greekFont)).blocks).toEqual(['café αθήνα']);
  });

  it('reads every table cell as its own block and footnotes as text', () => {
    const table = '{\\rtf1\\ansi\\trowd\\cellx1200\\cellx9600\\intbl HD\\cell Headline here\\cell\\row\\pard Text with a note{\\footnote\\pard The note.}.\\par}';
    expect(rtfBlocks(rtf(table)).blocks).toEqual(['HD', 'Headline here', 'Text with a note.', 'The note.']);
  });

  it('keeps hyperlinks and skips pictures, font tables and ignorable destinations', () => {
    const doc =
      '{\\rtf1\\ansi{\\fonttbl{\\f0 Times;}}{\\*\\generator Writer;}{\\info{\\author X}}{\\pict\\pngblip 89504e47}' +
      '{\\field{\\*\\fldinst {HYPERLINK "https://example.org/a"}}{\\fldrslt {\\ul The link}}}\\par}';
    expect(rtfBlocks(rtf(doc))).toEqual({ blocks: ['The link'], links: [{ text: 'The link', href: 'https://example.org/a' }] });
  });

  it('imports an RTF article, and says so when an .rtf file is not RTF', async () => {
    const story = rtf('{\\rtf1\\ansi Port strike ends\\par By Ann Lee\\par Dockworkers returned to work on Friday after an 11-day strike.\\par}');
    const article = await ingest({ name: 'story.rtf', bytes: story });
    expect(article).toMatchObject({ title: 'Port strike ends', byline: 'Ann Lee', source: { format: 'rtf' } });
    await expect(ingest({ name: 'story.rtf', bytes: rtf('Just text') })).rejects.toMatchObject({ code: 'corrupt' });
  });
});
