/**
 * Who said what: everyone quoted across a set of articles, with their most frequent role and every
 * quote, most quoted first.
 */
import type { Article } from '../model/article';

export interface QuoteRef {
  articleId: string;
  /** Index of the quote in the article's suggestions. */
  quote: number;
  text: string;
}

export interface SpeakerEntry {
  speaker: string;
  role: string | null;
  count: number;
  articles: number;
  quotes: QuoteRef[];
}

export function speakerIndex(articles: Array<Pick<Article, 'id' | 'quotes'>>): SpeakerEntry[] {
  const bySpeaker = new Map<string, { name: string; roles: Map<string, number>; quotes: QuoteRef[] }>();
  for (const article of articles) {
    article.quotes.forEach((q, quote) => {
      if (!q.speaker) return;
      const key = q.speaker.trim().toLowerCase();
      let entry = bySpeaker.get(key);
      if (!entry) bySpeaker.set(key, (entry = { name: q.speaker.trim(), roles: new Map(), quotes: [] }));
      if (q.role) entry.roles.set(q.role, (entry.roles.get(q.role) ?? 0) + 1);
      entry.quotes.push({ articleId: article.id, quote, text: q.text });
    });
  }
  return [...bySpeaker.values()]
    .map(({ name, roles, quotes }) => ({
      speaker: name,
      role: [...roles].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null,
      count: quotes.length,
      articles: new Set(quotes.map((q) => q.articleId)).size,
      quotes,
    }))
    .sort((a, b) => b.count - a.count || a.speaker.localeCompare(b.speaker));
}
