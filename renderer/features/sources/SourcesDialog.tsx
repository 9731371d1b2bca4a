import { useEffect, useId, useMemo, useState } from 'react';
import type { CrossSourceReport } from '../../../shared/model/crossSource';
import type { ArticleSummary } from '../../../shared/model/article';
import { useApp } from '../../app/useApp';
import { Dialog } from '../../ui/Dialog';
import { QuoteDiff } from './QuoteDiff';
import { SpeakerIndex } from './SpeakerIndex';
import { StoryList } from './StoryList';
import { FigureConflicts } from './FigureConflicts';
import './sources.css';

type Tab = 'stories' | 'figures' | 'quotes' | 'people';

/** Names an article by its outlet and headline, as the rows of this dialog show it. */
export function useArticleNames(): (id: string) => { outlet: string; title: string; article: ArticleSummary | undefined } {
  const articles = useApp((s) => s.articles);
  const byId = useMemo(() => new Map(articles.map((a) => [a.id, a])), [articles]);
  return (id) => {
    const article = byId.get(id);
    return { outlet: article?.publication || article?.byline || 'Unknown source', title: article?.title || 'Untitled article', article };
  };
}

function tabCounts(report: CrossSourceReport | null): Record<Tab, number> {
  return {
    stories: report?.stories.filter((s) => s.articleIds.length > 1).length ?? 0,
    figures: report?.conflicts.length ?? 0,
    quotes: report?.quoteDifferences.length ?? 0,
    people: report?.speakers.length ?? 0,
  };
}

const TABS: Array<{ value: Tab; label: string }> = [
  { value: 'stories', label: 'Stories' },
  { value: 'figures', label: 'Figures that disagree' },
  { value: 'quotes', label: 'Quotes that differ' },
  { value: 'people', label: 'Who said what' },
];

/**
 * Across sources: the recent articles read together — stories told by several outlets, figures they
 * report differently, quotations worded differently, and everyone quoted — with what is new since
 * the previous edition.
 */
export function SourcesDialog() {
  const open = useApp((s) => s.sourcesOpen);
  const close = useApp((s) => s.closeSources);
  const report = useApp((s) => s.sourcesReport);
  const loading = useApp((s) => s.sourcesLoading);
  const error = useApp((s) => s.sourcesError);
  const refresh = useApp((s) => s.refreshSources);
  const articleTotal = useApp((s) => s.articles.length);
  const [tab, setTab] = useState<Tab>('stories');
  const name = useId();
  // Articles arriving while the dialog is open are read across with the others.
  useEffect(() => {
    if (open) void refresh();
  }, [open, articleTotal, refresh]);
  if (!open) return null;
  const counts = tabCounts(report);
  const articleCount = report ? new Set(report.stories.flatMap((s) => s.articleIds)).size : 0;

  return (
    <Dialog title="Across sources" onClose={close} className="sources-dialog">
      <div className="dialog-body sources-body">
        <p className="sources-summary" aria-live="polite">
          {loading && !report
            ? 'Reading across the recent articles…'
            : error
              ? error
              : report
                ? `${articleCount === 1 ? '1 article' : `${articleCount} articles`} from the last three days${report.previousBriefing ? `, compared with “${report.previousBriefing.title}” (${report.previousBriefing.date})` : ''}. ${report.newArticleIds.length} not yet briefed.`
                : ''}
        </p>
        <fieldset className="segmented sources-tabs">
          <legend className="visually-hidden">Show</legend>
          {TABS.map((t) => (
            <label key={t.value} className={tab === t.value ? 'is-checked' : undefined}>
              <input type="radio" name={name} value={t.value} checked={tab === t.value} onChange={() => setTab(t.value)} />
              {t.label} <span className="sources-count">{counts[t.value]}</span>
            </label>
          ))}
        </fieldset>
        {report ? (
          <div className="sources-panel">
            {tab === 'stories' ? <StoryList report={report} /> : null}
            {tab === 'figures' ? <FigureConflicts report={report} /> : null}
            {tab === 'quotes' ? <QuoteDiff report={report} /> : null}
            {tab === 'people' ? <SpeakerIndex report={report} /> : null}
          </div>
        ) : null}
      </div>
    </Dialog>
  );
}
