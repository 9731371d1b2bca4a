import { useId } from 'react';
import type { ArticleSummary } from '../../../shared/model/article';
import { useApp } from '../../app/useApp';
import { EmptyState } from '../../ui/EmptyState';
import { articleTitle } from '../../ui/format';

function metaLine(article: ArticleSummary): string {
  return [article.publication, article.published, `${article.paragraphCount} ¶`].filter(Boolean).join(' · ');
}

function ArticleRow(props: { article: ArticleSummary; selected: boolean; onSelect: (id: string) => void }) {
  const id = useId();
  const { article } = props;
  return (
    <li>
      <button
        type="button"
        className={`article-row${props.selected ? ' is-selected' : ''}`}
        aria-current={props.selected ? 'true' : undefined}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-meta`}
        onClick={() => props.onSelect(article.id)}
      >
        <span id={`${id}-title`} className="article-row-title">
          {articleTitle(article)}
        </span>
        <span id={`${id}-meta`} className="article-row-meta">
          {metaLine(article)}
        </span>
      </button>
    </li>
  );
}

/** The library's articles by title; choosing one opens it in the Reader. */
export function ArticleList() {
  const articles = useApp((s) => s.articles);
  const selectedId = useApp((s) => s.selectedArticleId);
  const select = useApp((s) => s.selectArticle);
  if (articles.length === 0) {
    return <EmptyState title="No articles yet">Drop files above, or choose Add files.</EmptyState>;
  }
  return (
    <ul className="article-list" aria-label="Articles">
      {articles.map((article) => (
        <ArticleRow key={article.id} article={article} selected={article.id === selectedId} onSelect={(id) => void select(id)} />
      ))}
    </ul>
  );
}
