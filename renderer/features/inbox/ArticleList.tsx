import { useMemo, useState } from 'react';
import type { ArticleSummary } from '../../../shared/model/article';
import type { Usage } from '../../../shared/ipc/contract';
import { useApp } from '../../app/useApp';
import { EmptyState } from '../../ui/EmptyState';
import { articleTitle } from '../../ui/format';
import { VirtualList } from '../../ui/VirtualList';
import type { ArticleRowProps } from './ArticleRow';
import { ArticleRow } from './ArticleRow';

/** Longer lists than this render only the rows in view (a library of 1,000 articles scrolls smoothly). */
export const VIRTUALISE_FROM = 80;

type RowCallbacks = Pick<ArticleRowProps, 'onSelect' | 'onAskDelete' | 'onDelete' | 'onRename'>;

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

const ROW_ESTIMATE = 58;

/** The controls above the list come and go (an import's status, the paste box): the Inbox's own box changes size with them. */
const watchInbox = (list: HTMLUListElement, scrollBox: HTMLElement): Element[] => [list.parentElement ?? scrollBox];

const articleKey = (article: ArticleSummary) => article.id;

function VirtualRows(props: { articles: readonly ArticleSummary[]; rowProps: ReturnType<typeof useRowProps>; callbacks: RowCallbacks; confirmId: string | null }) {
  return (
    <VirtualList
      items={props.articles}
      keyOf={articleKey}
      estimate={ROW_ESTIMATE}
      overscan={8}
      label="Articles"
      className="article-list"
      slotClassName="article-slot"
      watch={watchInbox}
      render={(article) => <ArticleRow {...props.rowProps(article)} {...props.callbacks} confirming={props.confirmId === article.id} />}
    />
  );
}

/** The library's articles as the analyst searched, filtered and sorted them; choosing one opens it in the Reader. */
export function ArticleList(props: { articles: readonly ArticleSummary[]; total: number }) {
  const select = useApp((s) => s.selectArticle);
  const remove = useApp((s) => s.deleteArticle);
  const saveDetails = useApp((s) => s.saveArticleDetails);
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
      onRename: (id, title) => void saveDetails(id, { title }),
    }),
    [select, remove, saveDetails],
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
