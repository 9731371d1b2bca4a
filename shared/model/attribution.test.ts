import { describe, expect, it } from 'vitest';
import { overQuotaSources, quotaWarning, quotedWordsBySource } from './attribution';
import { newBriefing, newItem, newSection } from './newBriefing';

const source = (articleId: string, publication: string) => ({ articleId, paragraph: 0, start: 0, end: 10, title: `${publication} story`, publication, published: null, url: null });

function briefing() {
  const b = newBriefing({ title: 'Quota', date: '2026-03-15' });
  const s = newSection('Ports');
  s.items.push(newItem({ kind: 'quote', text: 'We will not accept a real-terms pay cut this year', source: source('a1', 'The Courier') }));
  s.items.push(newItem({ kind: 'excerpt', text: "The port handles about £90m of goods a day, the authority's figures show.", source: source('a1', 'The Courier') }));
  s.items.push(newItem({ kind: 'figure', text: '£90m', source: source('a1', 'The Courier') }));
  s.items.push(newItem({ kind: 'quote', text: 'Fair and generous', source: source('b2', 'Wire') }));
  s.items.push(newItem({ kind: 'note', text: 'Check the union figure tomorrow with the operator and the union', source: null }));
  b.sections = [s];
  return b;
}

describe('how much a briefing quotes from each source', () => {
  it('counts the words of quotes and excerpts per source, not figures or notes', () => {
    expect(quotedWordsBySource(briefing()).map((s) => [s.articleId, s.words])).toEqual([['a1', 23], ['b2', 3]]);
  });

  it('names the sources over the organisation limit in one sentence, and none without a limit', () => {
    const over = overQuotaSources(briefing(), 20);
    expect(over.map((s) => s.articleId)).toEqual(['a1']);
    expect(quotaWarning(over, 20)).toBe('This briefing quotes 23 words from The Courier — more than the 20 words per source your organisation allows.');
    expect(overQuotaSources(briefing(), null)).toEqual([]);
    expect(quotaWarning([], 20)).toBeNull();
  });
});
