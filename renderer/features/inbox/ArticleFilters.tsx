import { useEffect, useMemo, useRef } from 'react';
import { useApp, useAppShallow } from '../../app/useApp';
import type { InboxSort } from './inboxView';
import { isFiltered, languagesOf, publicationsOf, SORT_LABELS } from './inboxView';

const SEARCH_DELAY_MS = 200;
const ALL = '__all__';

/** Search, filters and sort order for the Inbox list. */
export function ArticleFilters(props: { shown: number; total: number }) {
  const { query, filter, sort, setQuery, runSearch, setFilter, clear, setSort } = useAppShallow((s) => ({
    query: s.inboxQuery,
    filter: s.inboxFilter,
    sort: s.inboxSort,
    setQuery: s.setInboxQuery,
    runSearch: s.runSearch,
    setFilter: s.setInboxFilter,
    clear: s.clearInboxFilters,
    setSort: s.setInboxSort,
  }));
  const articles = useApp((s) => s.articles);
  const publications = useMemo(() => publicationsOf(articles), [articles]);
  const languages = useMemo(() => languagesOf(articles), [articles]);
  const searchBox = useRef<HTMLInputElement>(null);
  const focus = useApp((s) => s.inboxFocus);
  useEffect(() => {
    if (focus?.target === 'search') searchBox.current?.focus();
  }, [focus]);

  useEffect(() => {
    if (!query.trim()) return;
    const timer = setTimeout(() => void runSearch(query), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query, runSearch]);

  const sorts = (Object.keys(SORT_LABELS) as InboxSort[]).filter((s) => s !== 'relevance' || query.trim() !== '');
  const narrowed = query.trim() !== '' || isFiltered(filter);
  // The folded filters open by themselves while one of them narrows the list, so nothing hides what it does.
  const dated = !!filter.from || !!filter.to || filter.newOnly || filter.language !== null;

  return (
    <div className="article-filters">
      <label className="search-field">
        <span className="visually-hidden">Search articles</span>
        <input
          ref={searchBox}
          type="search"
          placeholder="Search titles, text, speakers…"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      </label>
      <div className="filter-row">
        <label className="field-label">
          Publication
          <select value={filter.publication ?? ALL} onChange={(event) => setFilter({ publication: event.target.value === ALL ? null : event.target.value })}>
            <option value={ALL}>All publications</option>
            {publications.map((p) => (
              <option key={p.name} value={p.name}>
                {p.name} ({p.count})
              </option>
            ))}
          </select>
        </label>
        <label className="field-label">
          Sort by
          <select value={sort} onChange={(event) => setSort(event.target.value as InboxSort)}>
            {sorts.map((s) => (
              <option key={s} value={s}>
                {SORT_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <details className="more-filters" open={dated || undefined}>
        <summary>{dated ? 'Dates, language, new only (on)' : 'Dates, language, new only'}</summary>
        <div className="filter-row">
          <label className="field-label">
            From
            <input type="date" value={filter.from} max={filter.to || undefined} onChange={(event) => setFilter({ from: event.target.value })} />
          </label>
          <label className="field-label">
            To
            <input type="date" value={filter.to} min={filter.from || undefined} onChange={(event) => setFilter({ to: event.target.value })} />
          </label>
        </div>
        {languages.length > 0 ? (
          <label className="field-label">
            Language
            <select value={filter.language ?? ALL} onChange={(event) => setFilter({ language: event.target.value === ALL ? null : event.target.value })}>
              <option value={ALL}>All languages</option>
              {languages.map((l) => (
                <option key={l.code} value={l.code}>
                  {l.name} ({l.count})
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label className="check-label" title="Only articles that no earlier briefing has used">
          <input type="checkbox" checked={filter.newOnly} onChange={(event) => setFilter({ newOnly: event.target.checked })} />
          New only
        </label>
      </details>
      <div className="filter-row filter-summary">
        <span className="article-count" aria-live="polite">
          {narrowed ? `${props.shown} of ${props.total} articles` : `${props.total} ${props.total === 1 ? 'article' : 'articles'}`}
        </span>
        {narrowed ? (
          <button
            type="button"
            className="button-quiet"
            onClick={() => {
              setQuery('');
              clear();
            }}
          >
            Clear search and filters
          </button>
        ) : null}
      </div>
    </div>
  );
}
