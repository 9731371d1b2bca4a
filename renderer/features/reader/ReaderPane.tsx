import { useRef } from 'react';
import type { Article } from '../../../shared/model/article';
import { useApp } from '../../app/useApp';
import { EmptyState } from '../../ui/EmptyState';
import { Pane } from '../../ui/Pane';
import { articleTitle } from '../../ui/format';
import { AddToSection } from './AddToSection';
import { useReaderSelection } from './useReaderSelection';

function ArticleView(props: { article: Article }) {
  const { article } = props;
  const textRef = useRef<HTMLDivElement>(null);
  const selection = useReaderSelection(textRef, article.paragraphs);
  const meta = [article.publication, article.published].filter(Boolean).join(' · ');
  return (
    <>
      <AddToSection article={article} selection={selection} />
      <article className="reader-article" aria-labelledby="reader-article-title">
        <h3 id="reader-article-title" className="reader-title">
          {articleTitle(article)}
        </h3>
        {article.byline || meta ? (
          <p className="reader-meta">
            {article.byline ? <span className="reader-byline">{article.byline}</span> : null}
            {article.byline && meta ? <span aria-hidden="true"> — </span> : null}
            {meta ? <span>{meta}</span> : null}
          </p>
        ) : null}
        {article.url ? <p className="reader-url">{article.url}</p> : null}
        <div className="reader-text" ref={textRef}>
          {article.paragraphs.map((paragraph, index) => (
            <p key={index} data-paragraph={index}>
              {paragraph}
            </p>
          ))}
        </div>
      </article>
    </>
  );
}

/** The Reader: the chosen article's clean text, always rendered as text, ready for picking passages. */
export function ReaderPane() {
  const selectedId = useApp((s) => s.selectedArticleId);
  const article = useApp((s) => (s.selectedArticleId ? s.bodies[s.selectedArticleId] : undefined));
  return (
    <Pane label="Reader" className="pane-reader">
      {!selectedId ? (
        <EmptyState title="Nothing open">Choose an article in the Inbox to read it here.</EmptyState>
      ) : !article ? (
        <EmptyState title="Opening the article…" />
      ) : (
        <ArticleView key={article.id} article={article} />
      )}
    </Pane>
  );
}
