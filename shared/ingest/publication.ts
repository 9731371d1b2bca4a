/** Letters and digits only, lower case: "The New York Times" → "thenewyorktimes". */
const compact = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The registrable part of a host name: "www.nytimes.com" → "nytimes", "news.bbc.co.uk" → "bbc". */
export function siteLabel(host: string | null): string | null {
  if (!host) return null;
  const parts = host.toLowerCase().replace(/^www\d?\./, '').split('.');
  if (parts.length === 1) return parts[0];
  const secondLevel = /^(co|com|org|net|gov|ac|edu)$/.test(parts[parts.length - 2]) && parts.length >= 3;
  return parts[parts.length - (secondLevel ? 3 : 2)];
}

/** True when a name and a host name plainly belong together ("The New York Times" and nytimes.com, "BBC News" and bbc.co.uk). */
export function nameFitsHost(name: string, host: string | null): boolean {
  const label = siteLabel(host);
  if (!label || label.length < 2) return false;
  const c = compact(name);
  const initials = name
    .split(/\s+/)
    .filter((w) => !/^(the|of|and|&)$/i.test(w))
    .map((w) => w[0]?.toLowerCase() ?? '')
    .join('');
  return c.includes(label) || label.includes(c.replace(/^the/, '')) || (initials.length >= 2 && label.startsWith(initials));
}

/** "TMZ.com" → "TMZ"; "Washington Post | Politics" is left to the caller. */
export function tidyPublication(name: string): string {
  return name.replace(/\.(com|net|org|co\.uk|com\.au|co|info|news)$/i, '').trim();
}

/**
 * Picks a publication from weaker clues when the page names none in its metadata: the part of the
 * <title> after the headline, the copyright line, the host name. A clue that fits the host wins.
 */
export function choosePublication(clues: { titleSuffix: string | null; copyright: string | null; host: string | null }): { name: string; origin: string } | null {
  const { titleSuffix, copyright, host } = clues;
  const ranked: Array<[string | null, string]> = [
    [titleSuffix, 'title-suffix'],
    [copyright, 'copyright'],
  ];
  for (const [name, origin] of ranked) if (name && nameFitsHost(name, host)) return { name: tidyPublication(name), origin };
  for (const [name, origin] of ranked) if (name) return { name: tidyPublication(name), origin };
  return host ? { name: host.replace(/^www\d?\./, ''), origin: 'host' } : null;
}
