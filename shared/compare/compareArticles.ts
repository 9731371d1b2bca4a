/**
 * Reading across the sources: stories, figures that disagree, quotes worded differently and who said
 * what, for a set of analysed articles. Pure and platform-free: the library, the CLI and the page all
 * call this one function.
 */
import type { Article } from '../model/article';
import { compareFigures } from './figureConflicts';
import type { FigureComparison } from './figureConflicts';
import { compareQuotes } from './quoteDifferences';
import type { QuoteDifference } from './quoteDifferences';
import { speakerIndex } from './speakerIndex';
import type { SpeakerEntry } from './speakerIndex';
import { groupStories } from './stories';
import type { Story, StoryOverrides } from './stories';

export type ComparedArticle = Pick<Article, 'id' | 'title' | 'paragraphs' | 'published' | 'publication' | 'quotes' | 'figures'>;

export interface CrossSourceReport extends FigureComparison {
  stories: Story[];
  quoteDifferences: QuoteDifference[];
  speakers: SpeakerEntry[];
}

export function compareArticles(articles: ComparedArticle[], overrides: StoryOverrides = {}): CrossSourceReport {
  const stories = groupStories(articles, overrides);
  const multi = stories.filter((s) => s.articleIds.length > 1);
  return {
    stories,
    ...compareFigures(articles, multi),
    quoteDifferences: compareQuotes(articles, multi),
    speakers: speakerIndex(articles),
  };
}
