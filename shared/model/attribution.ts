import type { Briefing } from './briefing';

export interface SourceQuota {
  articleId: string;
  title: string | null;
  publication: string | null;
  /** Words the briefing takes from this source in quotes and excerpts. */
  words: number;
}

const wordCount = (text: string) => text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;

/** How many words the briefing quotes from each source (quotes and excerpts; figures and notes are the analyst's). */
export function quotedWordsBySource(briefing: Pick<Briefing, 'sections'>): SourceQuota[] {
  const bySource = new Map<string, SourceQuota>();
  for (const item of briefing.sections.flatMap((s) => s.items)) {
    if (!item.source || (item.kind !== 'quote' && item.kind !== 'excerpt')) continue;
    const entry = bySource.get(item.source.articleId) ?? { articleId: item.source.articleId, title: item.source.title, publication: item.source.publication, words: 0 };
    entry.words += wordCount(item.text);
    bySource.set(item.source.articleId, entry);
  }
  return [...bySource.values()].sort((a, b) => b.words - a.words);
}

/** The sources the briefing quotes more words from than the organisation's limit allows (none without a limit). */
export function overQuotaSources(briefing: Pick<Briefing, 'sections'>, limit: number | null): SourceQuota[] {
  if (limit === null) return [];
  return quotedWordsBySource(briefing).filter((s) => s.words > limit);
}

/** One sentence for the analyst about the sources over the limit, or null. */
export function quotaWarning(over: SourceQuota[], limit: number | null): string | null {
  if (over.length === 0 || limit === null) return null;
  const named = over.map((s) => `${s.words} words from ${s.publication || s.title || 'one source'}`);
  return `This briefing quotes ${named.join(', ')} — more than the ${limit} words per source your organisation allows.`;
}
