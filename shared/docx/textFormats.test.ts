// The ways out that are not Word: Markdown (read back by pandoc, a real client), and HTML and text for email.
import { execFileSync, spawnSync } from 'node:child_process';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { Briefing } from '../model/briefing';
import { briefingToHtml, briefingToText } from './emailCopy';
import { briefingToMarkdown } from './markdown';
import { sampleBriefing } from './sampleBriefing';

const noPandoc = spawnSync('pandoc', ['--version'], { stdio: 'ignore' }).status === 0 ? '' : 'pandoc is not installed';

/** A briefing whose text is full of characters that mean something in Markdown and HTML. */
function trickyBriefing(): Briefing {
  const briefing = sampleBriefing();
  briefing.sections[0].title = '# Markets | *today* <script>alert(1)</script>';
  briefing.sections[0].items[0].text = '"Prices rose 5* [sic] and _fell_ back"';
  briefing.sections[0].items[1].what = 'change | in <b>price</b>';
  briefing.sections[1].items[0].text = '1. Not a list item & not <i>markup</i>';
  return briefing;
}

/** What a reader of the sample sees in any HTML rendering: title, sections, the quote, the figures row, the links. */
function expectSampleStructure(doc: Document, quote: string) {
  expect(doc.querySelector('h1')?.textContent).toBe('Morning Energy Briefing');
  expect([...doc.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['Markets', 'Policy', 'Sources']);
  expect(doc.querySelector('blockquote')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(quote);
  expect([...doc.querySelectorAll('tbody td')].map((td) => td.textContent)).toEqual(['12%', 'fall in wholesale gas prices since January', 'The Daily Ledger, 3 March 2026 [1]']);
  expect([...doc.querySelectorAll('ol a')].map((a) => a.getAttribute('href'))).toEqual([
    'https://ledger.example.com/gas-prices', 'https://wire.example.org/cap-review?id=7&src=feed',
  ]);
}

describe('Markdown export', () => {
  it('writes the title, marking, sections, quotes with attribution, the figures table and numbered sources', () => {
    const md = briefingToMarkdown(sampleBriefing(), { preparedBy: 'Energy desk' });
    expect(md.startsWith('**OFFICIAL-SENSITIVE**\n\n# Morning Energy Briefing\n\n*4 March 2026*\n\nPrepared by: Energy desk\n')).toBe(true);
    expect(md).toContain('## Markets\n\nGas prices eased after the storage report.\n');
    expect(md).toContain('> “We expect prices to stay volatile well into the spring.”\n>\n> — Jane Okafor, chief economist at Northgate (The Daily Ledger, 3 March 2026) [1]');
    expect(md).toContain('| **12%** | fall in wholesale gas prices since January | The Daily Ledger, 3 March 2026 [1] |');
    expect(md).toContain('1. The Daily Ledger, “Gas prices ease on storage news”, 3 March 2026. <https://ledger.example.com/gas-prices>');
    expect(md).toContain('2. Westminster Wire, “Price cap review set for May”, 2 March 2026.');
    expect(md.trimEnd().endsWith('**OFFICIAL-SENSITIVE**')).toBe(true);
  });

  it('lists figures as lines when asked', () => {
    const md = briefingToMarkdown(sampleBriefing(), { figuresAs: 'list' });
    expect(md).not.toContain('| Figure |');
    expect(md).toContain('**12%** — fall in wholesale gas prices since January');
  });

  describe.skipIf(noPandoc)(`read back by pandoc${noPandoc ? ` (skipped: ${noPandoc})` : ''}`, () => {
    const toHtml = (md: string) => parseHTML(`<html><body>${execFileSync('pandoc', ['-f', 'commonmark+pipe_tables', '-t', 'html'], { input: md, encoding: 'utf8' })}</body></html>`).document;

    it('gives the structure a reader expects', () => {
      expectSampleStructure(toHtml(briefingToMarkdown(sampleBriefing())),
        '“We expect prices to stay volatile well into the spring.” — Jane Okafor, chief economist at Northgate (The Daily Ledger, 3 March 2026) [1]');
    });

    it('prints markup characters in the analyst’s text as written', () => {
      const doc = toHtml(briefingToMarkdown(trickyBriefing()));
      expect(doc.querySelector('script')).toBeNull();
      expect(doc.querySelectorAll('h2')[0].textContent).toBe('# Markets | *today* <script>alert(1)</script>');
      expect(doc.querySelector('blockquote p')?.textContent).toBe('“Prices rose 5* [sic] and _fell_ back”');
      expect([...doc.querySelectorAll('tbody td')][1].textContent).toBe('change | in <b>price</b>');
      expect([...doc.querySelectorAll('p')].some((p) => p.textContent === '1. Not a list item & not <i>markup</i>')).toBe(true);
    });
  });
});

describe('Copy for email', () => {
  it('gives HTML with every look inline, the marking top and bottom, and live source links', () => {
    const html = briefingToHtml(sampleBriefing());
    expect(html).not.toContain('<style');
    const { document } = parseHTML(`<html><body>${html}</body></html>`);
    const root = document.body.firstElementChild!;
    expect(root.firstElementChild?.textContent).toBe('OFFICIAL-SENSITIVE');
    expect(root.lastElementChild?.textContent).toBe('OFFICIAL-SENSITIVE');
    expectSampleStructure(document, '“We expect prices to stay volatile well into the spring.”');
    for (const element of document.querySelectorAll('h1, h2, blockquote, table, th, td')) expect(element.getAttribute('style')).toBeTruthy();
  });

  it('escapes the analyst’s text, so nothing in it becomes markup', () => {
    const { document } = parseHTML(`<html><body>${briefingToHtml(trickyBriefing())}</body></html>`);
    expect(document.querySelector('script')).toBeNull();
    expect(document.querySelectorAll('h2')[0].textContent).toBe('# Markets | *today* <script>alert(1)</script>');
    expect(document.querySelector('tbody b')?.textContent).toBe('12%');
    expect([...document.querySelectorAll('tbody td')][1].textContent).toBe('change | in <b>price</b>');
  });

  it('gives plain text that reads on its own, with the sources numbered at the end', () => {
    expect(briefingToText(sampleBriefing(), { preparedFor: 'The minister' })).toBe([
      'OFFICIAL-SENSITIVE',
      '',
      'Morning Energy Briefing',
      '4 March 2026',
      'Prepared for: The minister',
      '',
      'MARKETS',
      '',
      'Gas prices eased after the storage report.',
      '',
      '    “We expect prices to stay volatile well into the spring.”',
      '    — Jane Okafor, chief economist at Northgate (The Daily Ledger, 3 March 2026) [1]',
      '',
      'Figures: Markets',
      '  • 12% — fall in wholesale gas prices since January — The Daily Ledger, 3 March 2026 [1]',
      '',
      'POLICY',
      '',
      'The regulator will publish its review of the price cap in May.',
      '    Westminster Wire, 2 March 2026 [2]',
      '',
      'Note: Worth raising with the minister before Thursday.',
      '',
      'SOURCES',
      '',
      '[1] The Daily Ledger, “Gas prices ease on storage news”, 3 March 2026. https://ledger.example.com/gas-prices',
      '[2] Westminster Wire, “Price cap review set for May”, 2 March 2026. https://wire.example.org/cap-review?id=7&src=feed',
      '',
      'OFFICIAL-SENSITIVE',
      '',
    ].join('\n'));
  });
});
