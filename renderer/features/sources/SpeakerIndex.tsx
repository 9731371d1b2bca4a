import { useState } from 'react';
import type { CrossSourceReport } from '../../../shared/model/crossSource';
import { useApp } from '../../app/useApp';
import { plural } from '../../ui/format';
import { useArticleNames } from './SourcesDialog';

/** Everyone quoted across the recent articles, most quoted first; open a person to see and add their quotes. */
export function SpeakerIndex(props: { report: CrossSourceReport }) {
  const [openName, setOpenName] = useState<string | null>(null);
  const names = useArticleNames();
  const accept = useApp((s) => s.acceptFromSource);
  const { speakers } = props.report;
  if (speakers.length === 0) return <p className="sources-empty">No one is quoted by name in the recent articles.</p>;
  return (
    <ul className="speaker-list">
      {speakers.map((s) => {
        const expanded = openName === s.speaker;
        return (
          <li key={s.speaker} className="speaker">
            <button type="button" className="speaker-toggle" aria-expanded={expanded} onClick={() => setOpenName(expanded ? null : s.speaker)}>
              <span className="speaker-name">{s.speaker}</span>
              {s.role ? <span className="speaker-role">{s.role}</span> : null}
              <span className="speaker-count">
                {plural(s.count, 'quote', 'quotes')} in {plural(s.articles, 'article', 'articles')}
              </span>
            </button>
            {expanded ? (
              <ul className="speaker-quotes">
                {s.quotes.map((q) => (
                  <li key={`${q.articleId}:${q.quote}`}>
                    <span>“{q.text}”</span>
                    <span className="mention-outlet">{names(q.articleId).outlet}</span>
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={`Add “${q.text.slice(0, 40)}” to the briefing`}
                      onClick={() => void accept(q.articleId, { kind: 'quote', index: q.quote })}
                    >
                      Add
                    </button>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
