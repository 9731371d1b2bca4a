const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');

function iso(y: number, m: number, d: number): string | null {
  if (y < 100) y += y < 70 ? 2000 : 1900;
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const monthOf = (word: string): number | undefined => MONTHS[word.toLowerCase().slice(0, word.toLowerCase().startsWith('sept') ? 4 : 3)];

/**
 * Finds a calendar date in a string and returns it as YYYY-MM-DD, taking the date as written (a time
 * zone offset does not move it to another day). Understands ISO dates, "April 11, 2025", "11 April 2025",
 * "Feb. 23, 2015", "2/26/2015" (US order unless the first number cannot be a month) and "11.04.2025".
 */
export function parseDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const s = value.trim();
  let m = /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(s);
  if (m) return iso(+m[1], +m[2], +m[3]);
  m = /\b(\d{4})(\d{2})(\d{2})(?:T\d|$)/.exec(s);
  if (m) return iso(+m[1], +m[2], +m[3]);
  m = /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/.exec(s);
  if (m) return iso(+m[1], +m[2], +m[3]);
  const month = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
  m = new RegExp(`\\b${month}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i').exec(s);
  if (m) return iso(+m[3], monthOf(m[1]) ?? 0, +m[2]);
  m = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${month},?\\s+(\\d{4})\\b`, 'i').exec(s);
  if (m) return iso(+m[3], monthOf(m[2]) ?? 0, +m[1]);
  // "Fri Mar 13 21:30:09 EST 2015" (a program's date) and "March 13 at 9:30 pm, 2015".
  m = new RegExp(`\\b${month}\\s+(\\d{1,2})\\b[^\\d]{0,6}\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,5})?,?\\s+(\\d{4})\\b`, 'i').exec(s);
  if (m) return iso(+m[3], monthOf(m[1]) ?? 0, +m[2]);
  m = /\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/.exec(s);
  if (m) {
    const a = +m[1], b = +m[2];
    return a > 12 ? iso(+m[3], b, a) : iso(+m[3], a, b);
  }
  m = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/.exec(s);
  if (m) return iso(+m[3], +m[2], +m[1]);
  return null;
}
