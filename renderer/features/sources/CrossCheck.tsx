import { useApp } from '../../app/useApp';
import { figureConflictsOf } from './crossCheck';
import { useArticleNames } from './SourcesDialog';

/** Under the Reader's article details: the figures of this article that other outlets report differently. */
export function CrossCheck(props: { articleId: string }) {
  const report = useApp((s) => s.sourcesReport);
  const show = useApp((s) => s.showPassage);
  const names = useArticleNames();
  const wordings = figureConflictsOf(report, props.articleId);
  if (wordings.length === 0) return null;
  return (
    <section className="cross-check" aria-label="Reported differently elsewhere">
      <h3 className="cross-check-title">Reported differently elsewhere</h3>
      <ul>
        {wordings.map((w) => {
          const { outlet, title } = names(w.there.articleId);
          return (
            <li key={`${w.here.start}:${w.there.articleId}:${w.there.start}`} className={w.sure ? undefined : 'is-unsure'}>
              <button type="button" className="link-button" onClick={() => show({ articleId: props.articleId, paragraph: w.here.paragraph, start: w.here.start, end: w.here.end })}>
                “{w.here.text}”
              </button>{' '}
              here; {w.sure ? '' : 'possibly a different measure: '}
              <button type="button" className="link-button" title={title} onClick={() => show({ articleId: w.there.articleId, paragraph: w.there.paragraph, start: w.there.start, end: w.there.end })}>
                “{w.there.text}”
              </button>{' '}
              in {outlet}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
