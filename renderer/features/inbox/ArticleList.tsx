import type { Virtualizer } from '@tanstack/react-virtual';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ArticleSummary } from '../../../shared/model/article';
import type { Usage } from '../../../shared/ipc/contract';
import { useApp } from '../../app/useApp';
import { EmptyState } from '../../ui/EmptyState';
import { articleTitle } from '../../ui/format';
import type { ArticleRowProps } from './ArticleRow';
import { ArticleRow } from './ArticleRow';

/** Longer lists than this render only the rows in view (a library of 1,000 articles scrolls smoothly). */
export const VIRTUALISE_FROM = 80;

type RowCallbacks = Pick<ArticleRowProps, 'onSelect' | 'onAskDelete' | 'onDelete'>;

function useRowProps(usage: Usage['articles']) {
  const all = useApp((s) => s.articles);
  const selectedId = useApp((s) => s.selectedArticleId);
  const titles = useMemo(() => new Map(all.map((a) => [a.id, articleTitle(a)])), [all]);
  return (article: ArticleSummary) => ({
    article,
    selected: article.id === selectedId,
    usage: usage[article.id],
    sameStory: (article.nearDuplicates ?? [])
      .map((id) => titles.get(id))
      .filter(Boolean)
      .map((t) => `“${t}”`)
      .join(', '),
  });
}

/** The scroll box the Inbox list lives in: the pane's body. */
function scrollParent(element: HTMLElement | null): HTMLElement | null {
  return (element?.closest('.pane-body') as HTMLElement | null) ?? null;
}

/** The scroll box's size; until it has been laid out (height 0), the window's height stands in. */
function observeRect(instance: Virtualizer<HTMLElement, Element>, cb: (rect: { width: number; height: number }) => void) {
  return observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : { width: rect.width, height: window.innerHeight }));
}

const ROW_ESTIMATE = 58;

/** A row's measured height, or the estimate while it has none (not laid out yet). */
function measureRow(element: Element): number {
  const height = element.getBoundingClientRect().height;
  return height > 0 ? height : ROW_ESTIMATE;
}

function VirtualRows(props: { articles: readonly ArticleSummary[]; rowProps: ReturnType<typeof useRowProps>; callbacks: RowCallbacks; confirmId: string | null }) {
  const listRef = useRef<HTMLUListElement>(null);
  const [margin, setMargin] = useState(0);
  useLayoutEffect(() => {
    const list = listRef.current;
    const parent = scrollParent(list);
    if (!list || !parent) return;
    const measure = () => setMargin(list.getBoundingClientRect().top - parent.getBoundingClientRect().top + parent.scrollTop);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    // The controls above the list come and go (an import's status, the paste box): the Inbox's own box
    // changes size with them, so follow it.
    const observer = new ResizeObserver(measure);
    observer.observe(list.parentElement ?? parent);
    return () => observer.disconnect();
  }, []);
  const virtualizer = useVirtualizer({
    count: props.articles.length,
    getScrollElement: () => scrollParent(listRef.current),
    observeElementRect: observeRect,
    estimateSize: () => ROW_ESTIMATE,
    measureElement: measureRow,
    overscan: 8,
    scrollMargin: margin,
    getItemKey: (index) => props.articles[index].id,
  });
  const items = virtualizer.getVirtualItems();
  return (
    <ul ref={listRef} className="article-list is-virtual" aria-label="Articles" style={{ height: virtualizer.getTotalSize() }}>
      {items.map((row) => {
        const article = props.articles[row.index];
        return (
          <li
            key={row.key}
            ref={virtualizer.measureElement}
            data-index={row.index}
            aria-setsize={props.articles.length}
            aria-posinset={row.index + 1}
            className="article-slot"
            style={{ transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)` }}
          >
            <ArticleRow {...props.rowProps(article)} {...props.callbacks} confirming={props.confirmId === article.id} />
          </li>
        );
      })}
    </ul>
  );
}

/** The library's articles as the analyst searched, filtered and sorted them; choosing one opens it in the Reader. */
export function ArticleList(props: { articles: readonly ArticleSummary[]; total: number }) {
  const select = useApp((s) => s.selectArticle);
  const remove = useApp((s) => s.deleteArticle);
  const usage = useApp((s) => s.articleUsage);
  const [confirmId, setConfirmId] = useState<string | null>(null);
  const rowProps = useRowProps(usage);
  const callbacks = useMemo<RowCallbacks>(
    () => ({
      onSelect: (id) => void select(id),
      onAskDelete: setConfirmId,
      onDelete: (id) => {
        setConfirmId(null);
        void remove(id);
      },
    }),
    [select, remove],
  );

  if (props.total === 0) {
    return <EmptyState title="No articles yet">Drop files above, paste an article, or choose Add files.</EmptyState>;
  }
  if (props.articles.length === 0) {
    return <EmptyState title="No articles match">Try other words, or clear the search and filters.</EmptyState>;
  }
  if (props.articles.length >= VIRTUALISE_FROM) {
    return <VirtualRows articles={props.articles} rowProps={rowProps} callbacks={callbacks} confirmId={confirmId} />;
  }
  return (
    <ul className="article-list" aria-label="Articles">
      {props.articles.map((article) => (
        <li key={article.id}>
          <ArticleRow {...rowProps(article)} {...callbacks} confirming={confirmId === article.id} />
        </li>
      ))}
    </ul>
  );
}
