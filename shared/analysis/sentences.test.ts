import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits at full stops, question and exclamation marks', () => {
    expect(split('The port closed. Why? Nobody knows!')).toEqual(['The port closed.', 'Why?', 'Nobody knows!']);
  });

  it('does not split after titles, initials or U.S.', () => {
    expect(split('Mr. Reeves met Robert M. Danin in the U.S. Senate. Dr. Shadlen was there.')).toEqual([
      'Mr. Reeves met Robert M. Danin in the U.S. Senate.',
      'Dr. Shadlen was there.',
    ]);
  });

  it('keeps the attribution after a quoted question in the same sentence', () => {
    expect(split('"    ?" Forte said. Then he left.')).toEqual(['"    ?" Forte said.', 'Then he left.']);
  });

  it('does not split before a lower-case word', () => {
    expect(split('It cost 3.5 per cent. more than planned, e.g. in rents.')).toHaveLength(1);
  });
});
