import { describe, expect, it } from 'vitest';
import { suggestFigures } from './figures';

const whats = (...paragraphs: string[]) => suggestFigures(paragraphs).map((f) => [f.text, f.what]);

describe('what a figure measures', () => {
  it('names the thing counted, with what follows it', () => {
    expect(whats('More than 12,000 people displaced by the floods are still in shelters.')).toEqual([['More than 12,000', 'people displaced by the floods']]);
    expect(whats('Rescuers pulled 37 survivors from the rubble.')).toEqual([['37', 'survivors']]);
  });

  it('takes the phrase after "of", or what money was spent on', () => {
    expect(whats('Coal supplied 41 percent of the region’s electricity.', 'The trust spent $6,200 in legal fees.')).toEqual([
      ['41 percent', 'region’s electricity'],
      ['$6,200', 'legal fees'],
    ]);
  });

  it('falls back to the subject of the verb that governs the figure', () => {
    expect(whats('The cost of the new bridge has risen to £84 million.')).toEqual([['£84 million', 'cost of the new bridge']]);
    expect(whats('The jobless rate was 4.1 per cent.')).toEqual([['4.1 per cent', 'jobless rate']]);
  });

  it('looks past a unit of measure and a time phrase to what is measured', () => {
    expect(whats('Crews cleared 420 hectares of scrubland.', 'The board has set aside £3 million this year for flood repairs.', 'Staff turned down a 4 per cent pay rise.')).toEqual([
      ['420 hectares', 'scrubland'],
      ['£3 million', 'flood repairs'],
      ['4 per cent', 'pay rise'],
    ]);
  });

  it('never gives a pronoun, a verb or a time word as what is measured', () => {
    const fs = suggestFigures(['It rose by 3 per cent last year, and they paid £40 on Tuesday.']);
    for (const f of fs) expect(f.what ?? '').not.toMatch(/^(?:it|they|rose|paid|last year|Tuesday)$/i);
  });

  it('gives a pronoun-led figure the phrase of the figure before it, with less confidence', () => {
    const [first, second] = suggestFigures(['The average price of a home in the city reached £412,000 in May. That is up 7 per cent.']);
    expect(first.what).toBe('average price of a home in the city');
    expect(second.what).toBe(first.what);
    expect(second.whatConfidence).toBeLessThan(first.whatConfidence);
  });

  it('is surest of a counted noun right after the figure', () => {
    const [counted, subject] = suggestFigures(['Rescuers found 14 survivors.', 'The turnout was 62 per cent.']);
    expect(counted.whatConfidence).toBeGreaterThanOrEqual(0.8);
    expect(subject.whatConfidence).toBeLessThan(counted.whatConfidence);
  });
});

describe('figures in other languages and number styles', () => {
  it('reads a decimal comma in a French or German article', () => {
    const fs = suggestFigures(['La croissance atteindrait 1,4 % en 2019, contre 1,2 % pour la zone euro.'], 'fr');
    expect(fs.map((f) => [f.text, f.value])).toEqual([
      ['1,4 %', 1.4],
      ['1,2 %', 1.2],
    ]);
  });

  it('reads Indian digit grouping as one number', () => {
    expect(suggestFigures(['The state has recorded 1,97,666 cases so far.']).map((f) => [f.text, f.value])).toEqual([['1,97,666', 197666]]);
  });
});

describe('figures an analyst would brief, and not', () => {
  it('reads fractions, dozens and a range with its unit on both ends', () => {
    const fs = suggestFigures(['Nearly half of the mines closed, two-thirds of the staff left and two dozen homes burned; the rate stays between 0.25 percent and 0.5 percent.']);
    expect(fs.map((f) => [f.text, f.value])).toEqual([
      ['Nearly half', 0.5],
      ['two-thirds', 2 / 3],
      ['two dozen', 24],
      ['between 0.25 percent and 0.5 percent', 0.25],
    ]);
  });

  it('leaves out a model number inside a sentence and lines that are not prose', () => {
    expect(suggestFigures(['The unit carried Glock 17 pistols and 40 rounds.']).map((f) => f.text)).toEqual(['40']);
    expect(suggestFigures(['24,942 1490Cases', 'Kudal (north)2'])).toEqual([]);
  });
});
