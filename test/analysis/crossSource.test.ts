// Reading across sources (issue 17), measured on the labelled cross-source set: the articles go through
// the real import (ingest + analyse) and compareArticles; story grouping and figure conflicts must reach
// precision and recall of at least 0.9, reworded quotes are all found, and no agreeing figure is flagged.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../shared/analysis/analyse';
import { compareArticles } from '../../shared/compare/compareArticles';
import type { CrossSourceReport } from '../../shared/compare/compareArticles';
import { ingest } from '../../shared/ingest/ingest';
import type { Article } from '../../shared/model/article';
import { crossSourceArticles, crossSourceLabels } from '../fixtures/crossSource/crossSourceSet';

async function importSet(): Promise<{ articles: Article[]; fileOf: Map<string, string> }> {
  const articles: Article[] = [];
  const fileOf = new Map<string, string>();
  for (const { name, text } of crossSourceArticles()) {
    const article = await ingest({ name: `${name}.txt`, bytes: new TextEncoder().encode(text) });
    const analysed = { ...article, ...analyse(article) };
    articles.push(analysed);
    fileOf.set(analysed.id, name);
  }
  return { articles, fileOf };
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
const holds = (found: string, label: string) => {
  const f = found.toLowerCase();
  const l = label.toLowerCase();
  return f.includes(l) || l.includes(f);
};

export function scoreReport(report: CrossSourceReport, fileOf: Map<string, string>) {
  const labels = crossSourceLabels();
  const name = (id: string) => fileOf.get(id) ?? id;

  const expectedStoryPairs = new Set<string>();
  for (const story of labels.stories) for (let i = 0; i < story.length; i++) for (let j = i + 1; j < story.length; j++) expectedStoryPairs.add(pairKey(story[i], story[j]));
  const foundStoryPairs = new Set<string>();
  for (const story of report.stories) {
    const files = story.articleIds.map(name);
    for (let i = 0; i < files.length; i++) for (let j = i + 1; j < files.length; j++) foundStoryPairs.add(pairKey(files[i], files[j]));
  }
  const storyHits = [...foundStoryPairs].filter((p) => expectedStoryPairs.has(p)).length;

  type Expected = { a: string; aText: string; b: string; bText: string; conflict: boolean; unsure: boolean };
  const expectedFigurePairs: Expected[] = [];
  for (const group of labels.figures) {
    const entries = Object.entries(group.mentions);
    for (let i = 0; i < entries.length; i++) for (let j = i + 1; j < entries.length; j++) {
      const [a, [aText, aValue]] = entries[i];
      const [b, [bText, bValue]] = entries[j];
      expectedFigurePairs.push({ a, aText, b, bText, conflict: aValue !== bValue, unsure: !!group.unsure });
    }
  }
  const matchFigure = (c: CrossSourceReport['conflicts'][number]) =>
    expectedFigurePairs.find((e) => {
      const [fa, fb] = [name(c.a.articleId), name(c.b.articleId)];
      if (fa === e.a && fb === e.b) return holds(c.a.text, e.aText) && holds(c.b.text, e.bText);
      if (fa === e.b && fb === e.a) return holds(c.a.text, e.bText) && holds(c.b.text, e.aText);
      return false;
    });
  const sure = report.conflicts.filter((c) => c.sure);
  const matched = sure.map(matchFigure);
  const figureTruePositives = new Set(matched.filter((m) => m?.conflict && !m.unsure));
  const falseFlags = sure.filter((_, i) => !matched[i]?.unsure && !matched[i]?.conflict);
  const wantedConflicts = expectedFigurePairs.filter((e) => e.conflict && !e.unsure);

  const foundQuotes = labels.quotes.filter((q) => {
    const [[a, aText], [b, bText]] = Object.entries(q);
    return report.quoteDifferences.some((d) => {
      const [fa, fb] = [name(d.a.articleId), name(d.b.articleId)];
      return (fa === a && fb === b && d.a.text.includes(aText) && d.b.text.includes(bText)) || (fa === b && fb === a && d.a.text.includes(bText) && d.b.text.includes(aText));
    });
  });

  return {
    storyPrecision: foundStoryPairs.size ? storyHits / foundStoryPairs.size : 1,
    storyRecall: storyHits / expectedStoryPairs.size,
    conflictPrecision: sure.length ? (sure.length - falseFlags.length - sure.filter((_, i) => matched[i]?.unsure).length) / Math.max(1, sure.length - sure.filter((_, i) => matched[i]?.unsure).length) : 1,
    conflictRecall: figureTruePositives.size / wantedConflicts.length,
    falseFlags: falseFlags.map((c) => `${name(c.a.articleId)} “${c.a.text}” ≠ ${name(c.b.articleId)} “${c.b.text}”`),
    missedConflicts: wantedConflicts.filter((e) => !figureTruePositives.has(e)).map((e) => `${e.a} “${e.aText}” ≠ ${e.b} “${e.bText}”`),
    quoteRecall: foundQuotes.length / labels.quotes.length,
    quotePrecision: report.quoteDifferences.length ? foundQuotes.length / report.quoteDifferences.length : 1,
  };
}

describe('reading across sources on the labelled cross-source set', () => {
  it('groups the stories, flags the figures that disagree and the reworded quotes', async () => {
    const { articles, fileOf } = await importSet();
    const score = scoreReport(compareArticles(articles), fileOf);
    if (process.env.CROSS_SOURCE_VERBOSE) console.log(JSON.stringify(score, null, 2));
    expect(score.storyPrecision).toBeGreaterThanOrEqual(0.9);
    expect(score.storyRecall).toBeGreaterThanOrEqual(0.9);
    expect(score.falseFlags).toEqual([]);
    expect(score.conflictPrecision).toBeGreaterThanOrEqual(0.9);
    expect(score.conflictRecall).toBeGreaterThanOrEqual(0.9);
    expect(score.quoteRecall).toBeGreaterThanOrEqual(0.9);
    expect(score.quotePrecision).toBeGreaterThanOrEqual(0.9);
  });
});
