import type { CrossSourceReport } from '../../../shared/model/crossSource';

type Conflict = CrossSourceReport['conflicts'][number];
type Mention = Conflict['a'];

export type OtherWording = { here: Mention; there: Mention; sure: boolean };

/** The figures of one article that other outlets report differently: this article's wording and theirs. */
export function figureConflictsOf(report: CrossSourceReport | null, articleId: string): OtherWording[] {
  if (!report) return [];
  return report.conflicts.flatMap((c) => {
    if (c.a.articleId === articleId) return [{ here: c.a, there: c.b, sure: c.sure }];
    if (c.b.articleId === articleId) return [{ here: c.b, there: c.a, sure: c.sure }];
    return [];
  });
}

/** The other wordings of the figure at a passage (an item's source), sure conflicts only. */
export function otherWordingsAt(report: CrossSourceReport | null, at: { articleId: string; paragraph: number; start: number }): Mention[] {
  return figureConflictsOf(report, at.articleId)
    .filter((w) => w.sure && w.here.paragraph === at.paragraph && w.here.start === at.start)
    .map((w) => w.there);
}

/** The story an article belongs to, when other outlets tell it too. */
export function storyOf(report: CrossSourceReport | null, articleId: string): CrossSourceReport['stories'][number] | null {
  const story = report?.stories.find((s) => s.articleIds.includes(articleId));
  return story && story.articleIds.length > 1 ? story : null;
}
