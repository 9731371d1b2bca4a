/**
 * Text from outside, made safe to show and to keep: Unicode direction overrides and isolates (U+202A–202E,
 * U+2066–2069) are removed, since they can reverse a quote on screen and in Word while the words stay the same;
 * and a field is cut to a length a person could have meant.
 */
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export function withoutDirectionControls(text: string): string {
  return text.replace(DIRECTION_CONTROLS, '');
}

/** The longest each metadata field of an article may be, in characters. */
export const FIELD_LIMITS = {
  title: 1000,
  byline: 1000,
  bylineRole: 300,
  publication: 1000,
  url: 4000,
  language: 20,
  fileName: 1000,
  copyright: 1000,
  documentId: 200,
} as const;

/** At most `max` characters (an ellipsis marks a cut), never splitting a surrogate pair. */
export function clipped(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** A metadata field as an article keeps it: no direction controls, at most its limit. */
export function safeField<T extends string | null | undefined>(text: T, max: number): T {
  return (typeof text === 'string' ? clipped(withoutDirectionControls(text), max) : text) as T;
}
