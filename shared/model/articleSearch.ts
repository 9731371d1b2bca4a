import type { Article } from './article';

/** What search looks at in one article, folded once (lower case, accents off) so queries are cheap. */
export type SearchEntry = {
  id: string;
  importedAt: string;
  title: string;
  /** Quote speakers, byline and publication: who is in the story and who wrote it. */
  people: string;
  text: string;
};

/** Lower case without accents, so "Zoë" is found by "zoe". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

export function searchEntry(article: Article): SearchEntry {
  const speakers = article.quotes.map((q) => q.speaker).filter((s): s is string => Boolean(s));
  return {
    id: article.id,
    importedAt: article.importedAt,
    title: foldForSearch(article.title ?? ''),
    people: foldForSearch([...new Set(speakers)].concat(article.byline ?? '', article.publication ?? '').join('\n')),
    text: foldForSearch(article.paragraphs.join('\n')),
  };
}

/** Words of a query; "quoted words" stay together as one phrase. */
export function queryTerms(query: string): string[] {
  const terms: string[] = [];
  for (const match of foldForSearch(query).matchAll(/"([^"]+)"|(\S+)/g)) {
    const term = (match[1] ?? match[2]).trim().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (term) terms.push(term);
  }
  return terms;
}

function occurrences(haystack: string, needle: string, cap: number): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at >= 0 && count < cap; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}

/**
 * The ids of the articles holding every term of the query, best first: a term in the title counts most,
 * then in a speaker's (or the writer's, or the publication's) name, then in the text, and all the words together as
 * a phrase most of all; ties go to the newest import.
 */
export function rankArticles(entries: Iterable<SearchEntry>, query: string): string[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const phrase = terms.length > 1 ? terms.join(' ') : null;
  const hits: { id: string; score: number; importedAt: string }[] = [];
  for (const entry of entries) {
    const score = scoreEntry(entry, terms, phrase);
    if (score !== null) hits.push({ id: entry.id, score, importedAt: entry.importedAt });
  }
  hits.sort((a, b) => b.score - a.score || b.importedAt.localeCompare(a.importedAt));
  return hits.map((h) => h.id);
}

/** How well one article answers the query's terms (see `rankArticles`), or `null` when a term is missing. */
export function scoreEntry(entry: SearchEntry, terms: readonly string[], phrase: string | null): number | null {
  let score = 0;
  for (const term of terms) {
    const inTitle = entry.title.includes(term) ? 12 : 0;
    const inPeople = entry.people.includes(term) ? 6 : 0;
    const inText = occurrences(entry.text, term, 5);
    if (!inTitle && !inPeople && !inText) return null;
    score += inTitle + inPeople + inText;
  }
  // The words side by side, as typed ("helen marsh"), beat the same words apart.
  if (phrase && (entry.title.includes(phrase) || entry.people.includes(phrase) || entry.text.includes(phrase))) score += 20;
  return score;
}
