/** A run of text at a position on a page (PDF user space: y grows upwards). */
export interface PositionedText {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
  eol?: boolean;
}

export interface PageText {
  items: PositionedText[];
  height: number;
}

interface Line {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
}

const median = (xs: number[]): number => {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

/** Items → lines, in reading order: a new line when the baseline moves by more than half the font size. */
function toLines(items: PositionedText[]): Line[] {
  const lines: Line[] = [];
  let cur: Line | null = null;
  for (const it of items) {
    if (!it.str && !it.eol) continue;
    const size = it.size || 10;
    if (cur && Math.abs(it.y - cur.y) <= size * 0.5) {
      const gap = it.x - cur.right;
      if (gap > size * 0.15 && !cur.text.endsWith(' ') && !it.str.startsWith(' ')) cur.text += ' ';
      cur.text += it.str;
      cur.right = Math.max(cur.right, it.x + it.width);
    } else if (it.str.trim()) {
      cur = { text: it.str, x: it.x, right: it.x + it.width, y: it.y, size };
      lines.push(cur);
    }
    if (it.eol) cur = null;
  }
  return lines.map((l) => ({ ...l, text: l.text.replace(/\s+/g, ' ').trim() })).filter((l) => l.text);
}

/** "Page 3", "3", "- 3 -", "3 of 10", "Page 3 of 10". */
const PAGE_NUMBER = /^(page\s*)?[-–—(]?\s*\d{1,4}\s*[-–—)]?(\s*(of|\/)\s*\d{1,4})?$/i;
const shape = (s: string) => s.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

/** Drops page numbers and running headers and footers: the same top or bottom lines on many pages. */
function dropRunningLines(pages: Line[][]): Line[][] {
  const EDGE = 2;
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const seen = new Set<string>();
    for (const l of [...lines.slice(0, EDGE), ...lines.slice(-EDGE)]) seen.add(shape(l.text));
    for (const s of seen) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  const repeated = (s: string) => pages.length >= 2 && (counts.get(s) ?? 0) >= Math.max(2, Math.ceil(pages.length * 0.5));
  return pages.map((lines) =>
    lines.filter((l, i) => {
      const atEdge = i < EDGE || i >= lines.length - EDGE;
      if (!atEdge) return true;
      if (PAGE_NUMBER.test(l.text)) return false;
      return !repeated(shape(l.text));
    }),
  );
}

/** Joins two lines of one paragraph: a word split by a hyphen at the line end is rejoined. */
function joinLine(text: string, next: string): string {
  if (/\p{L}-$/u.test(text) && /^\p{Ll}/u.test(next)) return text.slice(0, -1) + next;
  if (/\p{L}-$/u.test(text) && /^\p{Lu}/u.test(next)) return text + next; // "Kavanagh-" + "Nguyen": a hyphenated name
  if (/[\u00ad]$/.test(text)) return text.slice(0, -1) + next;
  return `${text} ${next}`;
}

/**
 * Rebuilds paragraphs from positioned text: lines from baselines, paragraphs from larger vertical
 * gaps, first-line indents and short last lines; hyphenated line ends joined; running headers,
 * footers and page numbers dropped. A paragraph may run on across a page break.
 */
export function paragraphsFromPages(pages: PageText[]): string[] {
  const pageLines = dropRunningLines(pages.map((p) => toLines(p.items)));
  const out: string[] = [];
  let buf = '';
  const flush = () => {
    if (buf.trim()) out.push(buf.trim());
    buf = '';
  };
  for (const lines of pageLines) {
    if (!lines.length) continue;
    const gaps: number[] = [];
    for (let i = 1; i < lines.length; i++) {
      const g = lines[i - 1].y - lines[i].y;
      if (g >= lines[i].size * 0.8 && Math.abs(lines[i].size - lines[i - 1].size) < 0.5) gaps.push(g / lines[i].size);
    }
    // The line spacing is the smallest plausible gap (relative to the type size), at most one and a
    // half lines; with no pair of lines to measure, the usual leading.
    const typicalSize = median(lines.map((l) => l.size));
    const lineGap = Math.min(gaps.length ? Math.min(...gaps) : 1.2, 1.5) * typicalSize;
    // Larger type (a headline) is set with proportionally more space between its lines.
    const expectedGap = (size: number) => lineGap * Math.max(1, size / typicalSize);
    const left = median(lines.map((l) => l.x));
    const right = Math.max(...lines.map((l) => l.right));
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i];
      const prev = i > 0 ? lines[i - 1] : null;
      let breakBefore = false;
      if (prev) {
        const gap = prev.y - l.y;
        const shortPrev =
          (prev.right < right - Math.max(l.size * 4, (right - left) * 0.15) && /[.!?:"”’)]$/.test(prev.text)) ||
          prev.right < left + (right - left) * 0.6;
        breakBefore =
          gap > expectedGap(l.size) * 1.4 ||
          gap < 0 ||
          Math.abs(l.size - prev.size) > Math.max(1, prev.size * 0.15) ||
          (l.x > left + l.size * 1.2 && l.x - prev.x > l.size && lines.length > 3) ||
          shortPrev;
      }
      if (breakBefore) flush();
      buf = buf ? joinLine(buf, l.text) : l.text;
    }
    // A paragraph continues onto the next page unless this page's last line ended a sentence short.
    const last = lines[lines.length - 1];
    if (/[.!?"”’]$/.test(last.text) && last.right < right - last.size * 4) flush();
  }
  flush();
  return out;
}
