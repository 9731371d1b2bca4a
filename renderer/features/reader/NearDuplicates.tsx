import type { Article } from '../../../shared/model/article';
import { useApp } from '../../app/useApp';
import { articleTitle } from '../../ui/format';

/** "Same story as: <title>" for each article in the library telling the same story, with a button to open it. */
export function NearDuplicates(props: { article: Article }) {
  const ids = props.article.nearDuplicates ?? [];
  const articles = useApp((s) => s.articles);
  const selectArticle = useApp((s) => s.selectArticle);
  const others = ids.map((id) => articles.find((a) => a.id === id)).filter((a) => a !== undefined);
  if (others.length === 0) return null;
  return (
    <ul className="near-duplicates" aria-label="Same story elsewhere">
      {others.map((other) => (
        <li key={other.id}>
          <span>Same story as: {articleTitle(other)}</span>{' '}
          <button type="button" className="button-quiet" onClick={() => void selectArticle(other.id)}>
            Open {articleTitle(other)}
          </button>
        </li>
      ))}
    </ul>
  );
}
