import { join } from 'node:path';
import { ARTICLE_SCHEMA_VERSION, ArticleSchema } from '../../shared/model/article';
import { BRIEFING_SCHEMA_VERSION, BriefingSchema } from '../../shared/model/briefing';
import { ArticleIndex } from './articleIndex';
import type { QuarantineReport } from './jsonCollection';
import { JsonCollection } from './jsonCollection';

/** The analyst's library on disk: plain JSON files, one per article and per briefing, and the articles' index. */
export interface Library {
  root: string;
  articles: JsonCollection<typeof ArticleSchema>;
  briefings: JsonCollection<typeof BriefingSchema>;
  /** Summaries, search and near-duplicate signatures of the articles, kept in step with their files. */
  articleIndex: ArticleIndex;
}

export function openLibrary(root: string, onProblem?: (report: QuarantineReport) => void): Library {
  const articles = new JsonCollection(join(root, 'articles'), ArticleSchema, 'article', onProblem, ARTICLE_SCHEMA_VERSION);
  const articleIndex = new ArticleIndex(articles, join(root, '.index', 'articles.idx'));
  articles.listener = { written: (article, file) => articleIndex.noteWritten(article, file), removed: (id) => articleIndex.noteRemoved(id) };
  return {
    root,
    articles,
    briefings: new JsonCollection(join(root, 'briefings'), BriefingSchema, 'briefing', onProblem, BRIEFING_SCHEMA_VERSION),
    articleIndex,
  };
}
