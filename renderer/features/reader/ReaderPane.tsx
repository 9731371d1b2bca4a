import { useMemo, useRef, useState } from 'react';
import type { Article } from '../../../shared/model/article';
import { useApp } from '../../app/useApp';
import { EmptyState } from '../../ui/EmptyState';
import { Pane } from '../../ui/Pane';
import type { ActiveSuggestion } from '../suggestions/SuggestionPanel';
import { SuggestionPanel } from '../suggestions/SuggestionPanel';
import { suggestionsOf } from '../suggestions/suggestions';
import { useSuggestionUsage } from '../suggestions/useSuggestionUsage';
import { AddToSection } from './AddToSection';
import { ArticleDetails } from './ArticleDetails';
import { CrossCheck } from '../sources/CrossCheck';
import { ArticleText } from './ArticleText';
import { useReaderSelection } from './useReaderSelection';

function ArticleView(props: { article: Article }) {
  const { article } = props;
  const textRef = useRef<HTMLDivElement>(null);
  const selection = useReaderSelection(textRef, article.paragraphs);
  const suggestions = useMemo(() => suggestionsOf(article), [article]);
  const [active, setActive] = useState<ActiveSuggestion | null>(null);
  const focusPassage = useApp((s) => s.focusPassage);
  const usage = useSuggestionUsage(article.id);
  return (
    <>
      <AddToSection article={article} selection={selection} />
      <div className="reader-layout">
        <div className="reader-scroll">
          <article className="reader-article" aria-labelledby="reader-article-title">
            <ArticleDetails article={article} headingId="reader-article-title" />
            <CrossCheck articleId={article.id} />
            <ArticleText article={article} suggestions={suggestions} active={active} onActivate={setActive} focusPassage={focusPassage} textRef={textRef} usage={usage} />
          </article>
        </div>
        <SuggestionPanel article={article} suggestions={suggestions} active={active} onActivate={setActive} usage={usage} />
      </div>
    </>
  );
}

/** The Reader: the chosen article's clean text, always rendered as text, with its suggestions beside it. */
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
