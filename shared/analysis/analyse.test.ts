import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

describe('analyse', () => {
  it('returns nothing for an empty article', () => {
    expect(analyse({ paragraphs: [] })).toEqual({ quotes: [], figures: [] });
    expect(analyse({ paragraphs: ['', '   '] })).toEqual({ quotes: [], figures: [] });
  });

  it('never throws and always points inside its paragraph, whatever the text', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const bits = ['“', '”', '"', '‘', '’', "'", ' said ', ' he ', 'Mr ', 'Smith', '£', '$', '3', '10,000', ' per cent', '.', ',', ':', ' billion', '-', 'a', 'The ', '\u00ad', '\n'];
    for (let n = 0; n < 200; n++) {
      const paragraphs = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => Array.from({ length: Math.floor(rand() * 40) }, () => bits[Math.floor(rand() * bits.length)]).join(''));
      const { quotes, figures } = analyse({ paragraphs });
      for (const s of [...quotes, ...figures]) {
        expect(s.start).toBeGreaterThanOrEqual(0);
        expect(s.end).toBeLessThanOrEqual(paragraphs[s.paragraph].length);
        expect(paragraphs[s.paragraph].slice(s.start, s.end)).toBe(s.text);
        expect(s.confidence).toBeGreaterThan(0);
        expect(s.confidence).toBeLessThanOrEqual(1);
      }
    }
  });

  it('suggests both quotes and figures from one article', () => {
    const { quotes, figures } = analyse({
      title: 'Council approves homes',
      paragraphs: ['The council approved 340 new homes on Tuesday.', '“This is the start, not the end,” said council leader Priya Shah.'],
    });
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([['This is the start, not the end', 'Priya Shah']]);
    expect(figures.map((f) => [f.text, f.value])).toEqual([['340', 340]]);
  });
});
