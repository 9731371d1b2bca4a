import type { Provenance } from '../model/briefing';
import { cleanText, formatLongDate } from './text';

export const SOURCES_HEADING = 'Sources';

/** "The Herald, “Rates held at 4%”, 3 March 2026" — publication, headline and date, whichever are known. */
export function describeSource(source: Provenance | null): string {
  if (!source) return '';
  const headline = cleanText(source.title);
  return [cleanText(source.publication), headline ? `“${headline}”` : '', formatLongDate(source.published)]
    .filter((part) => part !== '')
    .join(', ');
}

/** "The Herald, 3 March 2026": enough to place an item at a glance; the full citation sits in the note or list. */
export function shortSource(source: Provenance | null): string {
  if (!source) return '';
  const name = cleanText(source.publication) || (source.title ? `“${cleanText(source.title)}”` : '');
  return [name, formatLongDate(source.published)].filter((part) => part !== '').join(', ');
}

/** "The Herald, “Rates held at 4%…”": the short form for a source already cited in full earlier in the document. */
export function shortCitation(source: Provenance): string {
  const headline = cleanText(source.title);
  const words = headline.split(' ');
  const short = words.length > 6 ? `${words.slice(0, 5).join(' ')}…` : headline;
  const parts = [cleanText(source.publication), short ? `“${short}”` : ''].filter((part) => part !== '');
  return parts.length > 0 ? parts.join(', ') : describeSource(source);
}

export const sourceKey = (source: Provenance) =>
  `${source.articleId}\u0000${source.url ?? ''}\u0000${source.title ?? ''}`;

/** One number per article, in the order the briefing first cites them: for a closing source list. */
export type SourceNumbers = {
  numberOf(source: Provenance): number;
  entries(): { n: number; source: Provenance }[];
};

export function createSourceNumbers(): SourceNumbers {
  const numbers = new Map<string, { n: number; source: Provenance }>();
  return {
    numberOf(source) {
      const key = sourceKey(source);
      let entry = numbers.get(key);
      if (!entry) {
        entry = { n: numbers.size + 1, source };
        numbers.set(key, entry);
      }
      return entry.n;
    },
    entries: () => [...numbers.values()],
  };
}
