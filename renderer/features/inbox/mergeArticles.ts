import type { ArticleSummary } from '../../../shared/model/article';

/**
 * The list after some articles arrived: new ones first, ones already listed replaced by the core's
 * latest summary, and the "same story" links made both ways (the core links the older article too).
 */
export function mergeArticles(current: readonly ArticleSummary[], arrived: readonly ArticleSummary[]): ArticleSummary[] {
  const incoming = new Map<string, ArticleSummary>();
  for (const article of arrived) if (!incoming.has(article.id)) incoming.set(article.id, article);
  const listed = new Set(current.map((a) => a.id));
  const linkedTo = new Map<string, string[]>();
  for (const article of incoming.values()) {
    for (const other of article.nearDuplicates ?? []) linkedTo.set(other, [...(linkedTo.get(other) ?? []), article.id]);
  }
  const withLinks = (article: ArticleSummary): ArticleSummary => {
    const links = linkedTo.get(article.id);
    if (!links) return article;
    const known = article.nearDuplicates ?? [];
    const missing = links.filter((id) => !known.includes(id));
    return missing.length === 0 ? article : { ...article, nearDuplicates: [...known, ...missing] };
  };
  const fresh = [...incoming.values()].filter((a) => !listed.has(a.id)).map(withLinks);
  const rest = current.map((a) => withLinks(incoming.get(a.id) ?? a));
  return [...fresh, ...rest];
}

/** The list without one article, and without links to it. */
export function withoutArticle(current: readonly ArticleSummary[], id: string): ArticleSummary[] {
  return current
    .filter((a) => a.id !== id)
    .map((a) => (a.nearDuplicates?.includes(id) ? { ...a, nearDuplicates: a.nearDuplicates.filter((n) => n !== id) } : a));
}
