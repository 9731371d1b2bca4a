import './sources.css';
import { useApp } from '../../app/useApp';
import { plural } from '../../ui/format';
import { figureConflictsOf, storyOf } from './crossCheck';

/** An Inbox row's cross-source marks: how many outlets tell its story, and whether they disagree on a figure. */
export function StoryMarks(props: { articleId: string }) {
  const report = useApp((s) => s.sourcesReport);
  const story = storyOf(report, props.articleId);
  if (!story) return null;
  const differs = figureConflictsOf(report, props.articleId).some((w) => w.sure);
  const fresh = report?.developingStoryIds.includes(story.id);
  return (
    <>
      <span className="badge badge-story" title={`This story is told by ${plural(story.sources, 'outlet', 'outlets')}`}>
        {plural(story.sources, 'source', 'sources')}
      </span>
      {fresh ? <span className="badge badge-developing">Developing</span> : null}
      {differs ? (
        <span className="badge badge-differs" title="Another outlet reports a figure of this article differently">
          Figures differ
        </span>
      ) : null}
    </>
  );
}
