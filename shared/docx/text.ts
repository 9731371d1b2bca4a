import type { Section } from '../model/briefing';
import { withoutDirectionControls } from '../model/safeText';

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** "2026-11-25" → "25 November 2026", as a British briefing writes it; anything else is shown as given. */
export function formatLongDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const month = MONTHS[Number(match[2]) - 1];
  if (!month) return iso;
  return `${Number(match[3])} ${month} ${match[1]}`;
}

// Characters XML 1.0 cannot hold: Word refuses to open a document with one of them in it.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text as a Word paragraph can hold it: no control characters, line breaks as spaces, no stray whitespace. */
export function cleanText(text: string | null | undefined): string {
  if (!text) return '';
  return withoutDirectionControls(text).replace(/\r\n|\r|\n|\t/g, ' ').replace(NOT_XML, '').replace(/ {2,}/g, ' ').trim();
}

/** Only web links become live links: a `javascript:` or `file:` address from an article must never be clickable. */
export function safeLink(url: string | null | undefined): string | null {
  if (!url) return null;
  const trimmed = url.trim();
  return /^https?:\/\/[^\s<>"\u0000-\u001F\u007F]+$/i.test(trimmed) ? trimmed : null;
}

/** A section's heading as printed: its title, or a stand-in so an untitled section still shows in the contents. */
export const sectionHeading = (section: Pick<Section, 'title'>) => cleanText(section.title) || 'Untitled section';

/** A passage picked with its quotation marks loses them, so the quote is not printed as ““…””. */
export function unquoted(text: string): string {
  const match = /^["“‘'«„](.*)["”’'»“]$/s.exec(text);
  return match ? match[1].trim() : text;
}
