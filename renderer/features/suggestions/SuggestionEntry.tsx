import type { KeyboardEvent, MouseEvent } from 'react';
import { useMemo } from 'react';
import type { Article } from '../../../shared/model/article';
import { shorten } from '../../ui/format';
import type { Suggestion, Usage } from './suggestions';
import { itemFromSuggestion, speakerUnsure } from './suggestions';
import { useNewItemDraggable } from './useNewItemDraggable';

const KIND_LABEL = { quote: 'Quote', figure: 'Figure' } as const;

/** "Daniel Okafor, authority's chair" or "expansion": who said a quote (as a question when unsure), or what a figure measures. */
function attribution(suggestion: Suggestion): string | null {
  if (suggestion.kind === 'figure') return suggestion.what ? `what: ${suggestion.what}` : null;
  const who = [suggestion.speaker ?? 'Speaker not found', suggestion.role].filter(Boolean).join(', ');
  return speakerUnsure(suggestion) ? `— Speaker? ${who}` : `— ${who}`;
}

/** One suggestion in the list: focusable, "a" accepts it, the arrow keys move through the list; its handle drags it to a section. */
export function SuggestionEntry(props: {
  article: Article;
  suggestion: Suggestion;
  usage: Usage;
  active: boolean;
  onAccept: (suggestion: Suggestion) => void;
  onShow: (suggestion: Suggestion) => void;
}) {
  const { article, suggestion, usage, active, onAccept, onShow } = props;
  const item = useMemo(() => itemFromSuggestion(article, suggestion), [article, suggestion]);
  const drag = useNewItemDraggable(`suggestion:${article.id}:${suggestion.key}`, item);
  const start = shorten(suggestion.text, 32);

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey) return;
    const entry = event.currentTarget;
    const move = (to: Element | null | undefined) => {
      if (to instanceof HTMLElement) to.focus();
    };
    const handled = () => {
      event.preventDefault();
      event.stopPropagation();
    };
    if (event.key === 'a' || event.key === 'A') {
      handled();
      onAccept(suggestion);
    } else if (event.key === 'ArrowDown') {
      handled();
      move(entry.nextElementSibling);
    } else if (event.key === 'ArrowUp') {
      handled();
      move(entry.previousElementSibling);
    } else if (event.key === 'Home') {
      handled();
      move(entry.parentElement?.firstElementChild);
    } else if (event.key === 'End') {
      handled();
      move(entry.parentElement?.lastElementChild);
    }
  };

  // A click on the entry (not on one of its buttons) shows the suggestion in the text.
  const onClick = (event: MouseEvent<HTMLLIElement>) => {
    if (!(event.target as Element).closest('button')) onShow(suggestion);
  };

  const classes = ['suggestion', `suggestion-${suggestion.kind}`, usage ? 'is-used' : '', active ? 'is-active' : '', drag.isDragging ? 'is-dragging' : ''];
  return (
    <li
      ref={drag.setNodeRef}
      className={classes.filter(Boolean).join(' ')}
      data-key={suggestion.key}
      tabIndex={0}
      aria-current={active ? 'true' : undefined}
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        if (event.target === event.currentTarget) onShow(suggestion);
      }}
      onClick={onClick}
    >
      <p className="suggestion-head">
        <span className="suggestion-kind">{KIND_LABEL[suggestion.kind]}</span>
        <span className="suggestion-confidence">Confidence {Math.round(suggestion.confidence * 100)}%</span>
      </p>
      <p className="suggestion-text">{suggestion.kind === 'quote' ? `“${suggestion.text}”` : suggestion.text}</p>
      {attribution(suggestion) ? <p className="suggestion-meta">{attribution(suggestion)}</p> : null}
      {usage === 'here' ? <p className="suggestion-used">✓ In this briefing</p> : null}
      {usage === 'earlier' ? <p className="suggestion-used">Used in an earlier briefing</p> : null}
      <div className="suggestion-actions">
        <button type="button" className="button button-small" aria-label={`Accept: ${start}`} onClick={() => onAccept(suggestion)} disabled={usage === 'here'}>
          Accept
        </button>
        <button type="button" className="button-quiet drag-handle" aria-label={`Drag: ${start}`} {...drag.attributes} {...drag.listeners}>
          <span aria-hidden="true">⠿</span>
        </button>
      </div>
    </li>
  );
}
