import { AppError } from '../model/errors';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The default format of a bare `{date}`: "25 November 2026". */
export const DEFAULT_DATE_FORMAT = 'd MMMM yyyy';

type Piece = { literal: string } | { offset: number; format: string };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** ISO 8601 week number (weeks start on Monday; week 1 holds the year's first Thursday). */
function isoWeek(day: Date): number {
  const thursday = new Date(day);
  thursday.setUTCDate(day.getUTCDate() + 4 - (day.getUTCDay() || 7));
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return Math.ceil(((thursday.getTime() - yearStart) / 86_400_000 + 1) / 7);
}

/** Each letter run a date format may hold, and what it writes. */
const FIELDS: Record<string, (day: Date) => string> = {
  d: (day) => String(day.getUTCDate()),
  dd: (day) => pad(day.getUTCDate()),
  M: (day) => String(day.getUTCMonth() + 1),
  MM: (day) => pad(day.getUTCMonth() + 1),
  MMM: (day) => MONTHS[day.getUTCMonth()].slice(0, 3),
  MMMM: (day) => MONTHS[day.getUTCMonth()],
  yy: (day) => pad(day.getUTCFullYear() % 100),
  yyyy: (day) => String(day.getUTCFullYear()),
  EEE: (day) => DAYS[day.getUTCDay()].slice(0, 3),
  EEEE: (day) => DAYS[day.getUTCDay()],
  w: (day) => String(isoWeek(day)),
  ww: (day) => pad(isoWeek(day)),
};

const HOW_TO = 'write dates as {date}, {date:d MMMM yyyy} or {date-6:d MMM}, and a literal brace as {{ or }}';

function checkFormat(format: string): void {
  for (const [run] of format.matchAll(/([A-Za-z])\1*/g)) {
    if (!FIELDS[run]) {
      throw new AppError('invalid-input', `The title pattern's date format "${format}" has "${run}", which is not a date part. Use d, dd, M, MM, MMM, MMMM, yy, yyyy, EEE, EEEE, w or ww.`);
    }
  }
}

const TOKEN = /^\{date(?:([+-]\d{1,3}))?(?::([^{}]{1,60}))?\}/;

function parsePattern(pattern: string): Piece[] {
  const pieces: Piece[] = [];
  let literal = '';
  for (let i = 0; i < pattern.length; ) {
    const rest = pattern.slice(i);
    if (rest.startsWith('{{') || rest.startsWith('}}')) {
      literal += rest[0];
      i += 2;
      continue;
    }
    if (rest[0] === '}') throw new AppError('invalid-input', `The title pattern has a "}" that closes nothing: ${HOW_TO}.`);
    if (rest[0] !== '{') {
      literal += rest[0];
      i += 1;
      continue;
    }
    const token = TOKEN.exec(rest);
    if (!token) {
      const close = rest.indexOf('}');
      const shown = (close > 0 ? rest.slice(0, close + 1) : rest).slice(0, 40);
      throw new AppError('invalid-input', `The title pattern has "${shown}", which Briefwright does not know: ${HOW_TO}.`);
    }
    const format = token[2] ?? DEFAULT_DATE_FORMAT;
    checkFormat(format);
    if (literal) pieces.push({ literal });
    literal = '';
    pieces.push({ offset: Number(token[1] ?? 0), format });
    i += token[0].length;
  }
  if (literal) pieces.push({ literal });
  return pieces;
}

/** Throws an AppError saying what is wrong with a title pattern, or returns quietly. */
export function checkTitlePattern(pattern: string): void {
  parsePattern(pattern);
}

function dayOf(isoDate: string, offset: number): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new AppError('invalid-input', `"${isoDate}" is not a date as YYYY-MM-DD.`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + offset));
}

/** Writes a date (YYYY-MM-DD) in a format of d, M, y, E and w letter runs: "d MMMM yyyy" → "25 November 2026". */
export function formatDate(isoDate: string, format: string, offsetDays = 0): string {
  checkFormat(format);
  const day = dayOf(isoDate, offsetDays);
  return format.replace(/([A-Za-z])\1*/g, (run) => FIELDS[run](day));
}

/** The title a pattern gives on a date: "Ukraine Daily — {date:d MMMM yyyy}" → "Ukraine Daily — 25 November 2026". */
export function renderTitle(pattern: string, isoDate: string): string {
  return parsePattern(pattern)
    .map((piece) => ('literal' in piece ? piece.literal : formatDate(isoDate, piece.format, piece.offset)))
    .join('')
    .trim();
}

/** Date formats a title is likely to carry, tried longest first when turning a title back into a pattern. */
const COMMON_FORMATS = [
  'EEEE d MMMM yyyy',
  'EEEE, d MMMM yyyy',
  'EEEE, MMMM d, yyyy',
  'MMMM d, yyyy',
  'd MMMM yyyy',
  'd MMM yyyy',
  'MMM d, yyyy',
  'yyyy-MM-dd',
  'dd/MM/yyyy',
  'dd.MM.yyyy',
  'EEEE d MMMM',
  'd MMMM',
];

const escapeBraces = (text: string) => text.replace(/[{}]/g, (brace) => brace + brace);

/**
 * A briefing's title turned back into a pattern: the briefing's own date, written in a common format,
 * becomes a date token ("Ukraine Daily — 25 November 2026" → "Ukraine Daily — {date:d MMMM yyyy}").
 * A title without its date stays as it is.
 */
export function patternFromTitle(title: string, isoDate: string): string {
  const candidates = COMMON_FORMATS.map((format) => ({ format, text: formatDate(isoDate, format) })).sort((a, b) => b.text.length - a.text.length);
  for (const { format, text } of candidates) {
    const at = title.indexOf(text);
    if (at < 0) continue;
    // Not inside a longer number: "5 May" must not match in "25 May".
    if (/\d/.test(title[at - 1] ?? '') || /\d/.test(title[at + text.length] ?? '')) continue;
    return `${escapeBraces(title.slice(0, at))}{date:${format}}${escapeBraces(title.slice(at + text.length))}`;
  }
  return escapeBraces(title);
}
