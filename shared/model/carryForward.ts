import type { Briefing } from './briefing';
import { BRIEFING_SCHEMA_VERSION } from './briefing';
import { newId } from './hash';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function parts(iso: string) {
  const [y, m, d] = iso.split('-').map(Number);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  const pad = (n: number) => String(n).padStart(2, '0');
  return { y, m, d, weekday, pad };
}

/** The ways a title commonly writes a date, longest first so "25 November 2026" wins over "25 Nov". */
function spellings(iso: string): string[] {
  const { y, m, d, weekday, pad } = parts(iso);
  const month = MONTHS[m - 1];
  const short = month.slice(0, 3);
  return [
    iso,
    `${DAYS[weekday]} ${d} ${month} ${y}`,
    `${DAYS[weekday]}, ${d} ${month} ${y}`,
    `${DAYS[weekday]}, ${month} ${d}, ${y}`,
    `${d} ${month} ${y}`,
    `${month} ${d}, ${y}`,
    `${d} ${short} ${y}`,
    `${short} ${d}, ${y}`,
    `${pad(d)}/${pad(m)}/${y}`,
    `${pad(d)}.${pad(m)}.${y}`,
    `${d} ${month}`,
    `${month} ${d}`,
    `${d} ${short}`,
    DAYS[weekday],
  ];
}

/** Writes `iso` the way `template` wrote its date (the spelling at the same place in the list). */
function respell(index: number, iso: string): string {
  return spellings(iso)[index];
}

/**
 * Yesterday's title with today's date: wherever the title wrote the old date (as 2026-11-24, 24 November 2026,
 * Tuesday 24 November 2026, 24/11/2026 …), the new date in the same style. A title without a date is kept.
 */
export function retitleForDate(title: string, oldDate: string, newDate: string): string {
  const old = spellings(oldDate);
  for (const [index, spelling] of old.entries()) {
    // A bare weekday or day-and-month only counts as a whole word.
    const pattern = new RegExp(`(^|[^\\p{L}\\p{N}])${spelling.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?=$|[^\\p{L}\\p{N}])`, 'u');
    const match = pattern.exec(title);
    if (match) {
      const at = match.index + match[1].length;
      return `${title.slice(0, at)}${respell(index, newDate)}${title.slice(at + spelling.length)}`;
    }
  }
  return title;
}

/**
 * "Start from yesterday": a new briefing dated `date` with the previous one's sections (titles, routing rules,
 * template and export style), summaries empty, and only the items the analyst chose to carry forward.
 */
export function briefingFromPrevious(previous: Briefing, options: { date: string; now: Date; carryItemIds?: readonly string[] }): Briefing {
  const carry = new Set(options.carryItemIds ?? []);
  const stamp = options.now.toISOString();
  return {
    schemaVersion: BRIEFING_SCHEMA_VERSION,
    id: newId('brf'),
    title: retitleForDate(previous.title, previous.date, options.date),
    date: options.date,
    classification: previous.classification,
    sections: previous.sections.map((section) => ({
      ...section,
      id: newId('sec'),
      summary: '',
      items: section.items.filter((item) => carry.has(item.id)).map((item) => ({ ...item, id: newId('itm') })),
    })),
    createdAt: stamp,
    updatedAt: stamp,
    ...(previous.templateId !== undefined ? { templateId: previous.templateId } : {}),
    ...(previous.exportOptions !== undefined ? { exportOptions: previous.exportOptions } : {}),
  };
}
