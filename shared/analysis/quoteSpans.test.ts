import { describe, expect, it } from 'vitest';
import { findQuoteSpans, maskQuotes } from './quoteSpans';

const texts = (paragraphs: string[]) => findQuoteSpans(paragraphs).map((s) => paragraphs[s.paragraph].slice(s.start, s.end));

describe('findQuoteSpans', () => {
  it('finds straight and curly double quotes, without the marks or a trailing comma', () => {
    expect(texts(['He said "the harbour will reopen in May" and left.', '“We are ready for the first ships,” she said.'])).toEqual([
      'the harbour will reopen in May',
      'We are ready for the first ships',
    ]);
  });

  it('pairs a straight opening mark with a curly closing one', () => {
    expect(texts(['"It is a matter of schedules, not priorities,” he said.'])).toEqual(['It is a matter of schedules, not priorities']);
  });

  it('gives a quote broken by "he said" as two passages', () => {
    const p = ['“The port is safe,” he said. “But the road to it is not.”'];
    expect(texts(p)).toEqual(['The port is safe', 'But the road to it is not.']);
  });

  it('runs an unclosed quote to the end of its paragraph and carries it into the next', () => {
    const paragraphs = ['Ms Okafor said: “The first phase is finished.', '“The second phase starts in June.', 'The council agreed.'];
    const spans = findQuoteSpans(paragraphs);
    expect(spans.map((s) => [s.paragraph, s.unclosed, s.continued])).toEqual([
      [0, true, false],
      [1, true, true],
    ]);
    expect(texts(paragraphs)).toEqual(['The first phase is finished.', 'The second phase starts in June.']);
  });

  it('keeps a nested quotation inside the passage that holds it', () => {
    expect(texts(['“He told me ‘never again’ and walked out of the room,” she said.'])).toEqual(['He told me ‘never again’ and walked out of the room']);
  });

  it('reads single quotes as speech where the article uses them for speech', () => {
    const paragraphs = ['‘We will not let the workers down,’ the union’s leader said.', 'She added: ‘It’s a fight we can’t afford to lose.’'];
    expect(texts(paragraphs)).toEqual(['We will not let the workers down', 'It’s a fight we can’t afford to lose.']);
  });

  it('does not read single quotes as speech in an article that uses double quotes', () => {
    expect(texts(['The ‘smart motorway’ plan was dropped, and “nobody will miss it,” he said.'])).toEqual(['nobody will miss it']);
  });

  it('leaves apostrophes alone', () => {
    expect(texts(['The minister’s plan isn’t new and the drivers’ union doesn’t like it.'])).toEqual([]);
  });
});

describe('maskQuotes', () => {
  it('blanks the words of a quotation but keeps the length, the marks and its closing full stop', () => {
    const p = 'She said: “Ask Mr Blake.” Then she left.';
    const masked = maskQuotes(p, findQuoteSpans([p]));
    expect(masked).toHaveLength(p.length);
    expect(masked).not.toContain('Blake');
    expect(masked).toContain('Then she left.');
    expect(masked.indexOf('.')).toBe(p.indexOf('Blake.') + 5);
  });
});

describe('findQuoteSpans: robustness', () => {
  it('does not take decades and plural possessives for single-quoted speech', () => {
    expect(findQuoteSpans(['In the \'90s the players\' union fought the clubs\' owners for years and won.'])).toEqual([]);
  });

  it('ignores inch marks and stray closing marks', () => {
    expect(findQuoteSpans(['A 6" pipe burst under the road” and flooded the street.'])).toEqual([]);
  });
});

describe('maskQuotes: every kind of span', () => {
  it('keeps the length with closed, unclosed and several quotations in one paragraph', () => {
    for (const p of ['“One.” He said “two, three” and then “four!', 'A “b” c “d e f.” g', '“Only this, which never closes']) {
      const masked = maskQuotes(p, findQuoteSpans([p]));
      expect(masked).toHaveLength(p.length);
      expect(masked.replace(/[^"]/g, '').length).toBeGreaterThan(0);
    }
  });
});
