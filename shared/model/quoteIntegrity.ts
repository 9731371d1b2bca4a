/**
 * Whether a trimmed quotation is still faithful to the words it was taken from. An analyst may cut words
 * out of a quote, marking each cut with an ellipsis ("…" or "..."); every piece that remains must then appear,
 * in order, in the original. Anything else (a changed word, an added word, a cut without its ellipsis) means
 * the text is no longer a quotation.
 */

/** What the analyst may type to mark a cut: "…", "...", and either one in square brackets. */
const CUT = /\s*(?:\[\s*(?:…|\.\.\.)\s*\]|…|\.\.\.)\s*/u;

/** Quotation marks of any style, and spaces, do not count when comparing words. */
function normalise(text: string): string {
  return text
    .replace(/[“”„‟«»"]/gu, '"')
    .replace(/[‘’‚‛‹›']/gu, "'")
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Leading and trailing quotation marks and stray punctuation around a fragment, which a cut may leave behind. */
function trimEdges(fragment: string): string {
  return fragment.replace(/^["'\s]+/u, '').replace(/["'\s]+$/u, '');
}

/** The pieces of an edited quote between its cuts, without empty ones. */
export function quoteFragments(text: string): string[] {
  return text
    .split(CUT)
    .map((fragment) => trimEdges(normalise(fragment)))
    .filter((fragment) => fragment.length > 0);
}

/**
 * True when every fragment of `edited` between ellipsis cuts appears in `original`, in order and without overlap.
 * An unchanged text always matches; an empty quote never does.
 */
export function quoteMatchesSource(edited: string, original: string): boolean {
  const source = normalise(original);
  if (normalise(edited) === source) return true;
  const fragments = quoteFragments(edited);
  if (fragments.length === 0) return false;
  let from = 0;
  for (const piece of fragments) {
    // A full stop or comma the analyst put at the end of a piece is punctuation of the briefing, not of the quote.
    const fragment = piece.replace(/[,.;:]+$/u, '') || piece;
    const at = source.indexOf(fragment, from);
    if (at < 0) return false;
    from = at + fragment.length;
  }
  return true;
}

/**
 * Trims a quote to the characters [start, end) of its text, marking what was cut with an ellipsis:
 * the quick way to shorten a quote without retyping it.
 */
export function cutQuote(text: string, start: number, end: number): string {
  const before = text.slice(0, start).replace(/\s+$/u, '');
  const after = text.slice(end).replace(/^\s+/u, '');
  if (!before) return after ? `… ${after}` : '…';
  if (!after) return `${before} …`;
  return `${before} … ${after}`;
}
