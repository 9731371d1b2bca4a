import type { CrossSourceReport } from '../../../shared/model/crossSource';
import { MentionSource } from './FigureConflicts';

/** One quotation worded differently by two outlets: words only one has are struck out or underlined. */
export function QuoteDiff(props: { report: CrossSourceReport }) {
  const { quoteDifferences } = props.report;
  if (quoteDifferences.length === 0) return <p className="sources-empty">No quotation is worded differently by two outlets.</p>;
  return (
    <ul className="conflict-list">
      {quoteDifferences.map((d) => (
        <li key={`${d.a.articleId}:${d.a.start}:${d.b.articleId}:${d.b.start}`} className="conflict">
          <p className="conflict-verdict">
            Possible misquote{d.a.speaker || d.b.speaker ? ` of ${d.a.speaker ?? d.b.speaker}` : ''}: the two outlets word it differently.
          </p>
          <p className="quote-diff" aria-label="Differences">
            {d.diff.map((part, i) =>
              part.op === 'same' ? (
                <span key={i}>{part.text} </span>
              ) : part.op === 'removed' ? (
                <del key={i} title="Only in the first">
                  {part.text}{' '}
                </del>
              ) : (
                <ins key={i} title="Only in the second">
                  {part.text}{' '}
                </ins>
              ),
            )}
          </p>
          {[d.a, d.b].map((m) => (
            <blockquote key={`${m.articleId}:${m.start}`} className="conflict-side">
              <span>“{m.text}”</span>
              <MentionSource mention={m} kind="quote" />
            </blockquote>
          ))}
        </li>
      ))}
    </ul>
  );
}
