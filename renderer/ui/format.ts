import type { Provenance } from '../../shared/model/briefing';

/** An article's title as people see it, even when the source had none. */
export function articleTitle(article: { title: string | null }): string {
  return article.title?.trim() || 'Untitled article';
}

/** "Title, Publication, 2026-11-25": how an item names where it came from. */
export function sourceLine(source: Provenance): string {
  return [articleTitle(source), source.publication, source.published].filter(Boolean).join(', ');
}

/** "Valley Times · 27 Nov": where an item came from at a glance (the full line is its tooltip). */
export function shortSourceLine(source: Provenance): string {
  const date = source.published ? new Date(`${source.published}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }) : '';
  const name = source.publication || shorten(articleTitle(source), 36);
  return [name, date].filter(Boolean).join(' · ');
}

/** A long text cut to a readable length for a label. */
export function shorten(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** "1 source", "5 sources". */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
