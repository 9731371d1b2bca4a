import type { KeyboardEvent } from 'react';
import { memo, useEffect, useId, useRef, useState } from 'react';
import type { ArticleSummary } from '../../../shared/model/article';
import { articleTitle } from '../../ui/format';
import { TitleEditor } from './TitleEditor';
import { StoryMarks } from '../sources/StoryMarks';

export type RowUsage = { id: string; title: string; date: string }[] | undefined;

function metaLine(article: ArticleSummary): string {
  return [article.publication, article.published, article.language ? article.language.toUpperCase() : null, `${article.paragraphCount} ¶`].filter(Boolean).join(' · ');
}

function usedIn(usage: NonNullable<RowUsage>): string {
  return `Used in ${usage.map((b) => `“${b.title}” (${b.date})`).join(', ')}`;
}

export type ArticleRowProps = {
  article: ArticleSummary;
  selected: boolean;
  usage: RowUsage;
  /** The other articles that tell the same story, by title (“A”, “B”), or empty. */
  sameStory: string;
  confirming: boolean;
  onSelect: (id: string) => void;
  onAskDelete: (id: string | null) => void;
  onDelete: (id: string) => void;
  /** Saves the analyst's own title for the article. */
  onRename?: (id: string, title: string) => void;
};

/** One article in the Inbox: a button named by its title, its publication and date, and its marks. */
export const ArticleRow = memo(function ArticleRow(props: ArticleRowProps) {
  const id = useId();
  const { article, usage, sameStory } = props;
  const keep = useRef<HTMLButtonElement>(null);
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    if (props.confirming) keep.current?.focus();
  }, [props.confirming]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Delete') {
      event.preventDefault();
      props.onAskDelete(article.id);
    }
  };
  return (
    <div className="article-item">
      <div className="article-line">
        <button
          type="button"
          className={`article-row${props.selected ? ' is-selected' : ''}`}
          aria-current={props.selected ? 'true' : undefined}
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-meta ${id}-marks`}
          onClick={() => props.onSelect(article.id)}
          onKeyDown={onKeyDown}
        >
          <span id={`${id}-title`} className="article-row-title">
            {articleTitle(article)}
          </span>
          <span className="article-row-meta">
            <span id={`${id}-meta`}>{metaLine(article)}</span>
            <span id={`${id}-marks`} className="article-marks">
              {usage && usage.length > 0 ? (
                <span className="badge badge-used" title={usedIn(usage)}>
                  Used<span className="visually-hidden">: {usedIn(usage)}</span>
                </span>
              ) : null}
              <StoryMarks articleId={article.id} />
              {article.titleMadeUp ? (
                <span className="badge badge-made-up" title="The article has no headline: this title was made from its first sentence">
                  Made-up title
                </span>
              ) : null}
              {sameStory ? (
                <span className="badge badge-same" title={`Same story as ${sameStory}`}>
                  Same story
                </span>
              ) : null}
            </span>
          </span>
        </button>
        {props.selected && article.titleMadeUp && props.onRename && !editing ? (
          <button type="button" className="button-icon article-edit-title" aria-label="Edit title" title="Edit title" onClick={() => setEditing(true)}>
            ✎
          </button>
        ) : null}
        {props.selected && !props.confirming ? (
          <button type="button" className="button-icon article-delete" aria-label="Delete article" title="Delete article" onClick={() => props.onAskDelete(article.id)}>
            ×
          </button>
        ) : null}
      </div>
      {editing && props.onRename ? (
        <TitleEditor
          title={article.title ?? ''}
          onCancel={() => setEditing(false)}
          onSave={(title) => {
            setEditing(false);
            props.onRename?.(article.id, title);
          }}
        />
      ) : null}
      {props.confirming ? (
        <div role="alertdialog" aria-label="Delete article?" aria-describedby={`${id}-confirm`} className="delete-confirm">
          <p id={`${id}-confirm`}>
            Delete “{articleTitle(article)}” from the library? Briefings that quote it keep their items.
          </p>
          <div className="delete-actions">
            <button type="button" className="button button-danger" onClick={() => props.onDelete(article.id)}>
              Delete
            </button>
            <button ref={keep} type="button" className="button" onClick={() => props.onAskDelete(null)}>
              Keep
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
});
