import { join } from 'node:path';
import { ArticleSchema } from '../../shared/model/article';
import { BriefingSchema } from '../../shared/model/briefing';
import type { QuarantineReport } from './jsonCollection';
import { JsonCollection } from './jsonCollection';

/** The analyst's library on disk: plain JSON files, one per article and per briefing. */
export interface Library {
  root: string;
  articles: JsonCollection<typeof ArticleSchema>;
  briefings: JsonCollection<typeof BriefingSchema>;
}

export function openLibrary(root: string, onProblem?: (report: QuarantineReport) => void): Library {
  return {
    root,
    articles: new JsonCollection(join(root, 'articles'), ArticleSchema, 'article', onProblem),
    briefings: new JsonCollection(join(root, 'briefings'), BriefingSchema, 'briefing', onProblem),
  };
}
