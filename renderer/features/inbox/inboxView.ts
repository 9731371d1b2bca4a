import type { Usage } from '../../../shared/ipc/contract';
import type { ArticleSummary } from '../../../shared/model/article';
import { foldForSearch, queryTerms } from '../../../shared/model/articleSearch';
import { articleTitle } from '../../ui/format';

export type InboxSort = 'relevance' | 'imported' | 'published' | 'title' | 'publication';

export const SORT_LABELS: Record<InboxSort, string> = {
  relevance: 'Best match',
  imported: 'Newest imported',
  published: 'Published date',
  title: 'Title',
  publication: 'Publication',
};

export type InboxFilter = {
  /** Only this publication; null for all. */
  publication: string | null;
  /** YYYY-MM-DD or empty: the article's date (published, else imported) on or after / on or before. */
  from: string;
  to: string;
  /** Only articles no earlier briefing used. */
  newOnly: boolean;
  /** Only articles in this language (a primary tag: "fr"); null for all. */
  language: string | null;
};

export const NO_FILTER: InboxFilter = { publication: null, from: '', to: '', newOnly: false, language: null };

export type InboxViewInput = {
  query: string;
  /** The core's ranked answer for `query`, or null while it has not come yet. */
  hits: string[] | null;
  filter: InboxFilter;
  sort: InboxSort;
  usage: Usage['articles'];
};

/** The date an analyst filters on: the publication date, else the day it was imported. */
export function articleDate(article: ArticleSummary): string {
  return article.published ?? article.importedAt.slice(0, 10);
}

export function isFiltered(filter: InboxFilter): boolean {
  return filter.publication !== null || filter.from !== '' || filter.to !== '' || filter.newOnly || filter.language !== null;
}

/** Until the core answers a search, titles, writers and publications are searched here, so typing feels instant. */
function quickMatch(articles: readonly ArticleSummary[], query: string): ArticleSummary[] {
  const terms = queryTerms(query);
  return articles.filter((a) => {
    const hay = foldForSearch([a.title, a.byline, a.publication].filter(Boolean).join('\n'));
    return terms.every((t) => hay.includes(t));
  });
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const newestImport = (a: ArticleSummary, b: ArticleSummary) => b.importedAt.localeCompare(a.importedAt);
const newestPublished = (a: ArticleSummary, b: ArticleSummary) =>
  (b.published ?? '').localeCompare(a.published ?? '') || newestImport(a, b);

const ORDER: Record<Exclude<InboxSort, 'relevance'>, (a: ArticleSummary, b: ArticleSummary) => number> = {
  imported: newestImport,
  published: newestPublished,
  title: (a, b) => collator.compare(articleTitle(a), articleTitle(b)) || newestImport(a, b),
  publication: (a, b) => {
    if (!a.publication !== !b.publication) return a.publication ? -1 : 1;
    return collator.compare(a.publication ?? '', b.publication ?? '') || newestPublished(a, b);
  },
};

/** The Inbox's list as the analyst asked for it: searched, filtered and sorted. */
export function visibleArticles(articles: readonly ArticleSummary[], view: InboxViewInput): ArticleSummary[] {
  let list: ArticleSummary[];
  const searching = view.query.trim() !== '';
  if (!searching) list = [...articles];
  else if (view.hits) {
    const byId = new Map(articles.map((a) => [a.id, a]));
    list = view.hits.map((id) => byId.get(id)).filter((a): a is ArticleSummary => a !== undefined);
  } else list = quickMatch(articles, view.query);

  const { publication, from, to, newOnly, language } = view.filter;
  if (isFiltered(view.filter)) {
    list = list.filter((a) => {
      if (publication !== null && (a.publication ?? '') !== publication) return false;
      if (language !== null && (a.language ?? '') !== language) return false;
      const date = articleDate(a);
      if (from && date < from) return false;
      if (to && date > to) return false;
      if (newOnly && (view.usage[a.id]?.length ?? 0) > 0) return false;
      return true;
    });
  }
  if (view.sort === 'relevance' && searching) return list;
  return list.sort(ORDER[view.sort === 'relevance' ? 'imported' : view.sort]);
}

/** The publications in the library, A to Z, with how many articles each has. */
export function publicationsOf(articles: readonly ArticleSummary[]): { name: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const a of articles) if (a.publication) counts.set(a.publication, (counts.get(a.publication) ?? 0) + 1);
  return [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => collator.compare(a.name, b.name));
}

const languageNames = (() => {
  try {
    return new Intl.DisplayNames(undefined, { type: 'language' });
  } catch {
    return null;
  }
})();

/** "fr" → "French", in the analyst's own language where the browser knows it. */
export function languageName(code: string): string {
  try {
    return languageNames?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The languages of the library's articles, most articles first, with how many articles each has. */
export function languagesOf(articles: readonly ArticleSummary[]): { code: string; name: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const a of articles) if (a.language) counts.set(a.language, (counts.get(a.language) ?? 0) + 1);
  return [...counts].map(([code, count]) => ({ code, name: languageName(code), count })).sort((a, b) => b.count - a.count || collator.compare(a.name, b.name));
}
