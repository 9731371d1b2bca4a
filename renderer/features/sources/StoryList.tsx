import { useId } from 'react';
import type { CrossSourceReport } from '../../../shared/model/crossSource';
import { useApp } from '../../app/useApp';
import { plural } from '../../ui/format';
import { useArticleNames } from './SourcesDialog';

type Story = CrossSourceReport['stories'][number];

function MergeWith(props: { story: Story; others: Story[]; label: string }) {
  const linkStories = useApp((s) => s.linkStories);
  const id = useId();
  const names = useArticleNames();
  if (props.others.length === 0) return null;
  return (
    <span className="story-merge">
      <label htmlFor={id} className="visually-hidden">
        Merge “{props.label}” with another story
      </label>
      <select
        id={id}
        value=""
        onChange={(event) => {
          const other = props.others.find((o) => o.id === event.target.value);
          if (other) void linkStories([[props.story.earliestId, other.earliestId]], 'together');
        }}
      >
        <option value="">Merge with…</option>
        {props.others.map((o) => (
          <option key={o.id} value={o.id}>
            {names(o.fullestId).title}
          </option>
        ))}
      </select>
    </span>
  );
}

/** Stories told by several outlets: how many sources, the earliest and fullest, what is new; split and merge. */
export function StoryList(props: { report: CrossSourceReport }) {
  const { report } = props;
  const names = useArticleNames();
  const select = useApp((s) => s.selectArticle);
  const close = useApp((s) => s.closeSources);
  const linkStories = useApp((s) => s.linkStories);
  const fresh = new Set(report.newArticleIds);
  const developing = new Set(report.developingStoryIds);
  const stories = report.stories.filter((s) => s.articleIds.length > 1);
  if (stories.length === 0) return <p className="sources-empty">No two recent articles tell the same story.</p>;
  return (
    <ul className="story-list">
      {stories.map((story) => {
        const label = names(story.fullestId).title;
        const newCount = story.articleIds.filter((id) => fresh.has(id)).length;
        return (
          <li key={story.id} className="story" aria-label={label}>
            <div className="story-head">
              <h3 className="story-title">{label}</h3>
              <span className="story-meta">
                {plural(story.sources, 'source', 'sources')}
                {developing.has(story.id) ? <span className="badge badge-developing">Developing</span> : null}
                {newCount > 0 ? <span className="badge badge-new">{newCount} new</span> : null}
              </span>
              <MergeWith story={story} others={report.stories.filter((o) => o.id !== story.id)} label={label} />
            </div>
            <ul className="story-articles">
              {story.articleIds.map((id) => {
                const { outlet, title, article } = names(id);
                const marks = [id === story.earliestId ? 'earliest' : null, id === story.fullestId ? 'fullest' : null, fresh.has(id) ? 'new' : null].filter(Boolean);
                return (
                  <li key={id} className="story-article">
                    <span className="story-outlet">{outlet}</span>
                    <span className="story-article-title">{title}</span>
                    <span className="story-article-meta">
                      {article?.published ?? ''}
                      {marks.length ? ` · ${marks.join(', ')}` : ''}
                    </span>
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={`Read ${title} (${outlet})`}
                      onClick={() => {
                        void select(id);
                        close();
                      }}
                    >
                      Read
                    </button>
                    <button
                      type="button"
                      className="button button-small button-quiet"
                      aria-label={`Split ${title} (${outlet}) from this story`}
                      onClick={(event) => {
                        // The row leaves this story: keep the focus in the dialog, not on a button that is gone.
                        event.currentTarget.closest<HTMLElement>('[role="dialog"]')?.focus();
                        void linkStories(story.articleIds.filter((o) => o !== id).map((o) => [id, o]), 'apart');
                      }}
                    >
                      Split off
                    </button>
                  </li>
                );
              })}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
