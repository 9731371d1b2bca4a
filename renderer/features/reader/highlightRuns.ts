/** A span of one paragraph to show marked: a suggested quote or figure, or the passage a "jump to source" asked for. */
export type Highlight = {
  /** Names the suggestion (or the focused passage); every piece of a split highlight keeps it. */
  key: string;
  kind: 'quote' | 'figure' | 'focus';
  start: number;
  end: number;
};

/** A paragraph as a tree of plain text and marks, ready to render as text (never as HTML). */
export type Run =
  | { type: 'text'; text: string; start: number }
  | { type: 'mark'; highlight: Highlight; start: number; end: number; children: Run[] };

const KIND_ORDER: Record<Highlight['kind'], number> = { focus: 0, quote: 1, figure: 2 };

function byStart(a: Highlight, b: Highlight): number {
  return a.start - b.start || b.end - a.end || KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
}

function build(text: string, from: number, to: number, highlights: Highlight[]): Run[] {
  const runs: Run[] = [];
  let pending = [...highlights].sort(byStart);
  let position = from;
  while (pending.length > 0) {
    const top = pending[0];
    const inside: Highlight[] = [];
    const after: Highlight[] = [];
    for (const other of pending.slice(1)) {
      if (other.start >= top.end) {
        after.push(other);
        continue;
      }
      // Starts inside the top mark: the part inside nests in it, the part beyond it continues after it.
      inside.push({ ...other, end: Math.min(other.end, top.end) });
      if (other.end > top.end) after.push({ ...other, start: top.end });
    }
    if (top.start > position) runs.push({ type: 'text', text: text.slice(position, top.start), start: position });
    runs.push({ type: 'mark', highlight: top, start: top.start, end: top.end, children: build(text, top.start, top.end, inside) });
    position = top.end;
    pending = after.sort(byStart);
  }
  if (to > position) runs.push({ type: 'text', text: text.slice(position, to), start: position });
  return runs;
}

/**
 * Splits a paragraph's text into text runs and marks. Overlapping highlights nest where one holds the
 * other; where two cross, the later one is cut at the end of the earlier and carries on after it. Spans
 * outside the text or empty are left out. The runs' text, read in order, is the paragraph's text.
 */
export function highlightRuns(text: string, highlights: readonly Highlight[]): Run[] {
  const usable = highlights
    .map((h) => ({ ...h, start: Math.max(0, h.start), end: Math.min(text.length, h.end) }))
    .filter((h) => h.end > h.start);
  return build(text, 0, text.length, usable);
}
