import { describe, expect, it } from 'vitest';
import type { FigureSuggestion, QuoteSuggestion } from '../model/article';
import { compareArticles } from './compareArticles';
import type { ComparedArticle } from './compareArticles';
import { wordDiff } from './quoteDifferences';

function figureIn(paragraphs: string[], text: string, value: number, unit: string | null = null): FigureSuggestion {
  const paragraph = paragraphs.findIndex((p) => p.includes(text));
  const start = paragraphs[paragraph].indexOf(text);
  return { paragraph, start, end: start + text.length, text, value, unit, what: null, whatConfidence: 0, confidence: 0.9 };
}

function quoteIn(paragraphs: string[], text: string, speaker: string | null, role: string | null = null): QuoteSuggestion {
  const paragraph = paragraphs.findIndex((p) => p.includes(text));
  const start = paragraphs[paragraph].indexOf(text);
  return { paragraph, start, end: start + text.length, text, speaker, role, confidence: 0.9 };
}

function article(id: string, publication: string, title: string, paragraphs: string[], build: (p: string[]) => Partial<ComparedArticle> = () => ({})): ComparedArticle {
  return { id, title, publication, published: '2026-03-10', paragraphs, quotes: [], figures: [], ...build(paragraphs) };
}

const bridgeA = article('a1', 'The Courier', 'Bridge collapse on the Tamsin river kills 12', [
  'At least 12 people were killed when the Tamsin river bridge collapsed at Orwell Cross during the morning rush hour.',
  'The bridge carried 40,000 vehicles a day, the highways agency said.',
  '"We warned the county about this bridge three years ago and nobody listened," said engineer Ruth Achebe.',
], (p) => ({ figures: [figureIn(p, 'At least 12', 12), figureIn(p, '40,000', 40000)], quotes: [quoteIn(p, 'We warned the county about this bridge three years ago and nobody listened', 'Ruth Achebe', 'engineer')] }));
const bridgeB = article('b1', 'Wire', 'Orwell Cross bridge collapse: death toll rises', [
  'Fifteen people were killed when the Tamsin river bridge at Orwell Cross collapsed on Tuesday morning.',
  'Some 40,000 vehicles used the bridge every day.',
  '"We warned the county about the bridge three years ago, and no one listened," engineer Ruth Achebe told reporters.',
], (p) => ({ figures: [figureIn(p, 'Fifteen', 15), figureIn(p, '40,000', 40000)], quotes: [quoteIn(p, 'We warned the county about the bridge three years ago, and no one listened', 'Ruth Achebe', 'engineer')] }));
const unrelated = article('c1', 'Sports Desk', 'City win the cup final on penalties', [
  'City beat United on penalties to win the cup final in front of 80,000 fans at the national stadium.',
  '"This is the best night of my career," said captain Leo Varga.',
], (p) => ({ figures: [figureIn(p, '80,000', 80000)], quotes: [quoteIn(p, 'This is the best night of my career', 'Leo Varga', 'captain')] }));

describe('compareArticles', () => {
  const report = compareArticles([bridgeA, bridgeB, unrelated]);

  it('groups two outlets of one event and leaves an unrelated article alone', () => {
    const bridge = report.stories.find((s) => s.articleIds.includes('a1'));
    expect(bridge?.articleIds.sort()).toEqual(['a1', 'b1']);
    expect(bridge?.sources).toBe(2);
    expect(report.stories.find((s) => s.articleIds.includes('c1'))?.articleIds).toEqual(['c1']);
  });

  it('flags a death toll reported differently, not the traffic figure both agree on', () => {
    const sure = report.conflicts.filter((c) => c.sure).map((c) => [c.a.text, c.b.text].sort());
    expect(sure).toEqual([['At least 12', 'Fifteen']]);
    expect(report.conflicts.find((c) => c.sure)?.a.sentence).toMatch(/killed/);
    expect(report.agreements.map((a) => [a.a.text, a.b.text])).toEqual([]);
  });

  it('shows a reworded quote word by word', () => {
    expect(report.quoteDifferences).toHaveLength(1);
    const diff = report.quoteDifferences[0].diff;
    expect(diff.filter((d) => d.op === 'removed').map((d) => d.text)).toEqual(['this', 'nobody']);
    expect(diff.filter((d) => d.op === 'added').map((d) => d.text)).toEqual(['the', 'no one']);
  });

  it('does not take a trimmed quote for a misquote', () => {
    const trimmed = article('b2', 'Other', bridgeB.title as string, bridgeB.paragraphs, (p) => ({
      quotes: [quoteIn(p, 'We warned the county about the bridge three years ago', 'Ruth Achebe')],
    }));
    const r = compareArticles([bridgeB, trimmed]);
    expect(r.quoteDifferences).toEqual([]);
  });

  it('indexes who said what across the articles', () => {
    expect(report.speakers.map((s) => [s.speaker, s.count, s.articles])).toEqual([['Ruth Achebe', 2, 2], ['Leo Varga', 1, 1]]);
    expect(report.speakers[0].role).toBe('engineer');
  });

  it('keeps articles apart or together as the analyst said', () => {
    expect(compareArticles([bridgeA, bridgeB], { apart: [['a1', 'b1']] }).stories).toHaveLength(2);
    expect(compareArticles([bridgeA, unrelated], { together: [['a1', 'c1']] }).stories).toHaveLength(1);
  });
});

describe('wordDiff', () => {
  it('marks removed and added words between two wordings', () => {
    expect(wordDiff(['a', 'b', 'c'], ['a', 'x', 'c'])).toEqual([{ op: 'same', text: 'a' }, { op: 'removed', text: 'b' }, { op: 'added', text: 'x' }, { op: 'same', text: 'c' }]);
  });
});
