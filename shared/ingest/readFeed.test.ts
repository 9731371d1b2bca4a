import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFeed } from './readFeed';

const fixture = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, '../../test/fixtures/feeds', name)));
const listed = (name: string, base: string | null = null) => readFeed(fixture(name), base).items.map(({ title, link, published, byline }) => ({ title, link, published, byline }));

describe('news feeds', () => {
  it('lists an RSS 2.0 feed’s items with title, link, date and byline, links made absolute', () => {
    expect(listed('wire.rss', 'https://wire.example.org/feeds/markets.xml')).toEqual([
      { title: 'Copper climbs to a two-year high as Chilean output falls', link: 'https://wire.example.org/markets/copper-two-year-high', published: '2025-12-17', byline: 'Camila Reyes Toledo' },
      { title: 'Rotterdam dockers & operators agree automation deal', link: 'https://wire.example.org/markets/rotterdam-deal', published: '2025-12-19', byline: 'Bram de Vries' },
      { title: 'Yen slips after Bank of Japan holds rates', link: 'https://wire.example.org/markets/yen-slips', published: '2025-12-18', byline: null },
    ]);
    expect(readFeed(fixture('wire.rss')).title).toBe('Meridian Wire: Markets');
  });

  it('lists an Atom feed’s entries: the alternate link, the published date before the updated one, escaped HTML titles as text', () => {
    expect(listed('ledger.atom')).toEqual([
      { title: 'Harcourt & Lyle to cut 1,200 jobs', link: 'https://ledger.example.com/companies/harcourt-lyle-jobs', published: '2025-12-18', byline: 'Amelia Osei-Brennan' },
      { title: 'Keep the cheque book closed', link: 'https://ledger.example.com/comment/keep-the-cheque-book-closed', published: '2026-01-06', byline: 'Rohan Mehta-Lindqvist' },
    ]);
  });

  it('lists a JSON Feed’s items', () => {
    expect(listed('briefs.json')).toEqual([
      { title: 'Drought cuts Murray-Darling water allocations for irrigators', link: 'https://riverina.example.net/rural/water-allocations', published: '2026-01-08', byline: 'Tran Van Minh' },
      { title: 'Rice growers weigh leaving fields fallow', link: 'https://riverina.example.net/rural/rice-growers', published: '2026-01-09', byline: null },
    ]);
  });

  it('says so when a file is not a feed, and keeps only web links', () => {
    const bytes = (s: string) => new TextEncoder().encode(s);
    expect(() => readFeed(bytes('<html><body>Hello</body></html>'))).toThrow(expect.objectContaining({ code: 'unsupported-format' }));
    expect(() => readFeed(bytes('{"title": "not a feed"}'))).toThrow(expect.objectContaining({ code: 'unsupported-format' }));
    const sneaky = '<rss version="2.0"><channel><item><title>x</title><link>javascript:alert(1)</link></item></channel></rss>';
    expect(readFeed(bytes(sneaky)).items[0].link).toBeNull();
  });
});
