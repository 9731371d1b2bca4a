/**
 * "English", "FRENCH", "fr", "en-GB" → an ISO 639-1 code. The names come from the platform's own
 * locale data (Intl.DisplayNames), not from a list kept here.
 */
let byName: Map<string, string> | null = null;

function names(): Map<string, string> {
  if (byName) return byName;
  byName = new Map();
  const display = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (const a of letters) {
    for (const b of letters) {
      const code = a + b;
      let name: string | undefined;
      try {
        name = display.of(code);
      } catch {
        name = undefined;
      }
      if (name && name.toLowerCase() !== code) {
        byName.set(name.toLowerCase(), code);
        // Each language by its own name too ("Français", "Deutsch").
        try {
          const own = new Intl.DisplayNames([code], { type: 'language', fallback: 'none' }).of(code);
          if (own && !byName.has(own.toLowerCase())) byName.set(own.toLowerCase(), code);
        } catch {
          /* a code the platform has no locale for */
        }
      }
    }
  }
  return byName;
}

/** The language code a database's language field names, or null when it names none. */
export function languageCode(value: string | null | undefined): string | null {
  const v = value?.trim().toLowerCase();
  if (!v) return null;
  if (/^[a-z]{2}(?:[-_][a-z]{2,4})?$/.test(v)) return v.slice(0, 2);
  return names().get(v) ?? null;
}
