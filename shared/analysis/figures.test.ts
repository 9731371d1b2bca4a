import { describe, expect, it } from 'vitest';
import { suggestFigures } from './figures';

const figures = (...paragraphs: string[]) => suggestFigures(paragraphs);
const pick = (text: string) => figures(text).map((f) => ({ text: f.text, value: f.value, unit: f.unit }));

describe('figure suggestions: what is a figure', () => {
  it('reads money with its currency and scale', () => {
    expect(pick('The fund holds £18.2 billion, the bank lost $3.1bn, Brussels pledged €1.3 billion and the club owes £340m.')).toEqual([
      { text: '£18.2 billion', value: 18.2e9, unit: 'GBP' },
      { text: '$3.1bn', value: 3.1e9, unit: 'USD' },
      { text: '€1.3 billion', value: 1.3e9, unit: 'EUR' },
      { text: '£340m', value: 340e6, unit: 'GBP' },
    ]);
  });

  it('reads percentages and ranges', () => {
    expect(pick('Drones caused 70-80 per cent of casualties, and rents rose by between 15 and 20 per cent, or 4.5%.')).toEqual([
      { text: '70-80 per cent', value: 70, unit: '%' },
      { text: 'between 15 and 20 per cent', value: 15, unit: '%' },
      { text: '4.5%', value: 4.5, unit: '%' },
    ]);
  });

  it('reads counts with what they count', () => {
    const fs = figures('Russia launched 10,000 glide bombs, and the network lost 2.3 million customers.');
    expect(fs.map((f) => [f.text, f.value, f.what])).toEqual([
      ['10,000', 10000, 'glide bombs'],
      ['2.3 million', 2.3e6, 'customers'],
    ]);
  });

  it('reads rates', () => {
    expect(pick('It launches 100 drones every day and pays $16.99 a pound for fish, on a $119-a-year plan.')).toEqual([
      { text: '100', value: 100, unit: null },
      { text: '$16.99 a pound', value: 16.99, unit: 'USD/pound' },
      { text: '$119-a-year', value: 119, unit: 'USD/year' },
    ]);
    expect(pick('Children ate peanuts at least three times a week.')).toEqual([{ text: 'at least three times a week', value: 3, unit: 'times/week' }]);
  });

  it('reads reported terms', () => {
    expect(pick('Drivers began a three-week strike after a six-month review.')).toEqual([
      { text: 'three-week', value: 3, unit: 'week' },
      { text: 'six-month', value: 6, unit: 'month' },
    ]);
  });

  it('keeps the words that say a figure is approximate', () => {
    expect(figures('He launched over 10,000 bombs; about 500 leaks, more than 200 people, at least 40 homes and nearly 20 years.').map((f) => f.text)).toEqual([
      'over 10,000',
      'about 500',
      'more than 200',
      'at least 40',
      'nearly 20 years',
    ]);
  });

  it('reads spelled-out counts before a plural noun, at the start of a sentence too, and vague large numbers', () => {
    expect(figures('Two people died; nine churchgoers were killed; tens of thousands of civilians fled; thousands of servers crashed.').map((f) => [f.text, f.value])).toEqual([
      ['Two', 2],
      ['nine', 9],
      ['tens of thousands', 1e4],
      ['thousands', 1e3],
    ]);
  });

  it('keeps a capitalised number word that names something, and reads a court\'s term as a figure', () => {
    expect(figures('Three Kings Day was celebrated across the city.')).toEqual([]);
    expect(figures('He was jailed for six years and banned for ten years from acting as a director.').map((f) => [f.text, f.value])).toEqual([
      ['six years', 6],
      ['ten years', 10],
    ]);
    expect(figures('She lived there for two years before moving on.')).toEqual([]);
  });

  it('says where each figure is', () => {
    const paragraphs = ['Intro.', 'The council approved 340 new homes.'];
    const [f] = suggestFigures(paragraphs);
    expect(paragraphs[f.paragraph].slice(f.start, f.end)).toBe(f.text);
    expect(f.paragraph).toBe(1);
    expect(f.what).toBe('new homes');
  });
});

describe('figure suggestions: what is not a figure', () => {
  it('leaves out dates and years', () => {
    expect(figures('On 12 March 2024 and on March 12, in 2019 and in the 1990s, and on 2/26/2015, the board met.')).toEqual([]);
  });

  it('leaves out clock times', () => {
    expect(figures('The doors opened at 10:30am and closed at 7 PM, or 19:00.')).toEqual([]);
  });

  it('leaves out ages in biographies', () => {
    expect(figures('Jane Smith, 54, and a 43-year-old driver, aged 61, were named. Bassi, 43 years a fisherman, agreed.')).toEqual([]);
  });

  it('leaves out ordinals, page and section numbers', () => {
    expect(figures('It was the 21st meeting, reported on page 12 under section 4 of the 2nd edition.')).toEqual([]);
  });

  it('leaves out phone numbers and version numbers', () => {
    expect(figures('Call 020 7946 0958 to update to version 1.8.3 today.')).toEqual([]);
  });

  it('leaves out relative times and spelled-out narrative durations', () => {
    expect(figures('Two years ago he left; for two years running it failed; the past five years were hard.')).toEqual([]);
  });
});

describe('figure suggestions: numbers with nothing to measure', () => {
  it('leaves out a number standing alone in its paragraph', () => {
    expect(figures('22', 'The council approved 340 new homes.').map((f) => f.text)).toEqual(['340']);
  });
});

describe('figure suggestions: what a figure measures', () => {
  it('takes the noun phrase after the figure, or the end of the clause before it', () => {
    const fs = figures('The fund will spend £4.5 billion on military aid for Ukraine this year.', 'Fresh halibut fillets were priced at $16.99 a pound.');
    expect(fs.map((f) => f.what)).toEqual(['military aid for Ukraine', 'Fresh halibut fillets']);
  });
});

describe('figure suggestions: ages without a name', () => {
  it('leaves out an age between commas after a description', () => {
    expect(figures('The singer, 29, grew up in a town where 7.2% of adults were out of work.').map((f) => f.text)).toEqual(['7.2%']);
  });
});

describe('figure suggestions: other currencies and scales', () => {
  it('reads ISO currency codes, trn, crore and lakh', () => {
    expect(pick('Exports reached USD 5 million, debt hit £1.2trn and the deal was worth Rs 500 crore.')).toEqual([
      { text: 'USD 5 million', value: 5e6, unit: 'USD' },
      { text: '£1.2trn', value: 1.2e12, unit: 'GBP' },
      { text: 'Rs 500 crore', value: 5e9, unit: 'INR' },
    ]);
  });

  it('leaves out photo counters and reading times', () => {
    expect(figures('Photo 1 of 12. A 5 min read.')).toEqual([]);
  });
});

describe('figure suggestions: numbers in names', () => {
  it('leaves out numbers that are part of a name', () => {
    expect(figures('She told BBC Radio 4’s Today programme that Covid-19 and the Boeing 737 order worried Channel 4.')).toEqual([]);
  });
});

describe('figure suggestions: scores, lists, footnotes and ratios', () => {
  it('leaves out match scores, list numbers and footnote markers', () => {
    expect(figures('City won 3-1 at home.[2]', '1. Introduction to the budget')).toEqual([]);
  });

  it('reads "1 in 5" as one figure', () => {
    expect(pick('The survey found 1 in 5 adults had skipped meals.')).toEqual([{ text: '1 in 5', value: 1, unit: 'in 5' }]);
  });
});

describe('figure suggestions: markets', () => {
  it('reads pence and basis points', () => {
    expect(pick('Shares rose 3p to 289p and yields rose 8 basis points.')).toEqual([
      { text: '3p', value: 3, unit: 'pence' },
      { text: '289p', value: 289, unit: 'pence' },
      { text: '8 basis points', value: 8, unit: 'basis points' },
    ]);
  });
});
