import type { QuoteSuggestion, FigureSuggestion } from '../model/article';
import { suggestFigures } from './figures';
import { suggestQuotes } from './quotes';

/** Quote and figure suggestions for an article's paragraphs. Pure and synchronous. */
export function analyse(article: { paragraphs: string[]; title?: string | null; byline?: string | null; language?: string | null }): { quotes: QuoteSuggestion[]; figures: FigureSuggestion[] } {
  const paragraphs = article.paragraphs;
  return { quotes: suggestQuotes(paragraphs, article.language), figures: suggestFigures(paragraphs, article.language) };
}
