import { describe, expect, it } from 'vitest';
import { cutQuote, quoteFragments, quoteMatchesSource } from './quoteIntegrity';

const ORIGINAL = '“This is the decision that secures the port for the next fifty years,” said Daniel Okafor.';

describe('quoteMatchesSource', () => {
  it('accepts the untouched quote', () => {
    expect(quoteMatchesSource(ORIGINAL, ORIGINAL)).toBe(true);
  });

  it('accepts cuts marked with an ellipsis, in any of the usual spellings', () => {
    expect(quoteMatchesSource('“This is the decision … for the next fifty years”', ORIGINAL)).toBe(true);
    expect(quoteMatchesSource('This is the decision...fifty years', ORIGINAL)).toBe(true);
    expect(quoteMatchesSource('[…] secures the port […]', ORIGINAL)).toBe(true);
    expect(quoteMatchesSource('… the port for the next fifty years', ORIGINAL)).toBe(true);
  });

  it('accepts straight quotes and different spacing where the source has curly ones', () => {
    expect(quoteMatchesSource('"This is the  decision that secures the port"', ORIGINAL)).toBe(true);
  });

  it('flags a changed or added word', () => {
    expect(quoteMatchesSource('This is the decision that saves the port', ORIGINAL)).toBe(false);
    expect(quoteMatchesSource('This is the decision … for the next sixty years', ORIGINAL)).toBe(false);
  });

  it('flags a cut made without an ellipsis', () => {
    expect(quoteMatchesSource('This is the decision for the next fifty years', ORIGINAL)).toBe(false);
  });

  it('flags pieces put back in a different order', () => {
    expect(quoteMatchesSource('fifty years … This is the decision', ORIGINAL)).toBe(false);
  });

  it('flags a piece used twice where the source has it once', () => {
    expect(quoteMatchesSource('the port … the port', 'We built the port in a year.')).toBe(false);
  });

  it('flags an empty quote or one that is only an ellipsis', () => {
    expect(quoteMatchesSource('', ORIGINAL)).toBe(false);
    expect(quoteMatchesSource(' … ', ORIGINAL)).toBe(false);
  });
});

describe('quoteFragments', () => {
  it('splits at every cut and drops the quotation marks a cut leaves at the edges', () => {
    expect(quoteFragments('“We could … wait.”')).toEqual(['We could', 'wait.']);
  });
});

describe('cutQuote', () => {
  it('marks the cut with one ellipsis between single spaces', () => {
    const text = 'We could not afford to wait any longer.';
    const start = text.indexOf('not');
    const end = text.indexOf('wait');
    expect(cutQuote(text, start, end)).toBe('We could … wait any longer.');
    expect(quoteMatchesSource(cutQuote(text, start, end), text)).toBe(true);
  });

  it('marks a cut at the start or the end', () => {
    expect(cutQuote('one two three', 0, 4)).toBe('… two three');
    expect(cutQuote('one two three', 7, 13)).toBe('one two …');
  });
});

describe('punctuation the briefing adds', () => {
  it('lets a piece end with a full stop where the source had a comma', () => {
    expect(quoteMatchesSource('This is the decision that secures the port for the next fifty years.', ORIGINAL)).toBe(true);
  });
});
