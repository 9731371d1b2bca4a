import type { CrossSourceReport } from '../../../shared/model/crossSource';
import { useApp } from '../../app/useApp';
import { useArticleNames } from './SourcesDialog';

type Mention = CrossSourceReport['conflicts'][number]['a'];

/** A sentence with the figure in it set apart, so the two wordings can be read side by side. */
function MarkedSentence(props: { mention: Mention }) {
  const { sentence, text } = props.mention;
  const at = sentence.indexOf(text);
  if (at < 0) return <span>{sentence}</span>;
  return (
    <span>
      {sentence.slice(0, at)}
      <mark className="figure-mark">{text}</mark>
      {sentence.slice(at + text.length)}
    </span>
  );
}

export function MentionSource(props: { mention: { articleId: string; paragraph: number; start: number; end: number }; kind: 'quote' | 'figure' }) {
  const { mention, kind } = props;
  const names = useArticleNames();
  const show = useApp((s) => s.showPassage);
  const close = useApp((s) => s.closeSources);
  const accept = useApp((s) => s.acceptFromSource);
  const { outlet, title } = names(mention.articleId);
  return (
    <span className="mention-source">
      <span className="mention-outlet" title={title}>
        {outlet}
      </span>
      <button
        type="button"
        className="button button-small button-quiet"
        aria-label={`Show in ${outlet}`}
        onClick={() => {
          show({ articleId: mention.articleId, paragraph: mention.paragraph, start: mention.start, end: mention.end });
          close();
        }}
      >
        Show
      </button>
      <button
        type="button"
        className="button button-small"
        aria-label={`Add ${outlet}’s ${kind} to the briefing`}
        onClick={() => void accept(mention.articleId, { kind, paragraph: mention.paragraph, start: mention.start })}
      >
        Add
      </button>
    </span>
  );
}

/** Figures the outlets of one story report differently, each in its own sentence; uncertain pairs said to be so. */
export function FigureConflicts(props: { report: CrossSourceReport }) {
  const { conflicts } = props.report;
  if (conflicts.length === 0) return <p className="sources-empty">The outlets agree on every figure they share.</p>;
  const ordered = [...conflicts].sort((x, y) => Number(y.sure) - Number(x.sure) || y.similarity - x.similarity);
  return (
    <ul className="conflict-list">
      {ordered.map((c) => (
        <li key={`${c.a.articleId}:${c.a.start}:${c.b.articleId}:${c.b.start}`} className={`conflict${c.sure ? '' : ' is-unsure'}`}>
          <p className="conflict-verdict">
            {c.sure ? (
              <>
                Reported differently: <strong>{c.a.text}</strong> and <strong>{c.b.text}</strong>
              </>
            ) : (
              <>
                Possibly different: <strong>{c.a.text}</strong> and <strong>{c.b.text}</strong> may measure different things
              </>
            )}
          </p>
          {[c.a, c.b].map((m) => (
            <blockquote key={`${m.articleId}:${m.start}`} className="conflict-side">
              <MarkedSentence mention={m} />
              <MentionSource mention={m} kind="figure" />
            </blockquote>
          ))}
        </li>
      ))}
    </ul>
  );
}
