import type { Provenance } from '../model/briefing';
import { formatLongDate } from './formatDate';

/** "The Herald, “Rates held at 4%”, 3 March 2026" — publication, headline and date, whichever are known. */
export function describeSource(source: Provenance | null): string {
  if (!source) return '';
  const parts = [
    source.publication ?? '',
    source.title ? `“${source.title}”` : '',
    formatLongDate(source.published),
  ].filter((part) => part !== '');
  return parts.join(', ');
}
