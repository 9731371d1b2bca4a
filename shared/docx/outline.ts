import type { Briefing, Item } from '../model/briefing';
import { exportedBriefing, firmSpeaker } from '../model/briefing';
import type { ExportOptionsInput } from '../model/exportOptions';
import { resolveExportOptions } from './options';
import { createSourceNumbers, describeSource, shortSource } from './citations';
import { cleanText, formatLongDate, safeLink, sectionHeading, unquoted } from './text';

/** A source as the text formats print it: its number in the closing list, and where it appeared. */
export type Cited = { n: number; where: string } | null;

export type FigureRow = { figure: string; what: string; note: string; cited: Cited };

/** A briefing as plain blocks, for the ways out that are not Word: Markdown, and HTML and text for email. */
export type OutlineBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'summary'; text: string }
  | { kind: 'quote'; text: string; who: string; note: string; cited: Cited }
  | { kind: 'excerpt'; text: string; note: string; cited: Cited }
  | { kind: 'figures'; caption: string; rows: FigureRow[] }
  | { kind: 'figure'; row: FigureRow }
  | { kind: 'note'; text: string };

export type Outline = {
  title: string;
  date: string;
  marking: string;
  preparedBy: string;
  preparedFor: string;
  blocks: OutlineBlock[];
  /** The closing source list: number, full citation, and the article's address when it is a web link. */
  sources: { n: number; citation: string; url: string | null }[];
};

/** Briefing → outline, with sources numbered one per article in the order they are first cited. */
export function briefingOutline(input: Briefing, options?: ExportOptionsInput): Outline {
  const briefing = exportedBriefing(input);
  const opts = resolveExportOptions(options);
  const numbers = createSourceNumbers();
  const cite = (item: Item): Cited => (item.source ? { n: numbers.numberOf(item.source), where: shortSource(item.source) } : null);
  const row = (item: Item): FigureRow => ({ figure: cleanText(item.text), what: cleanText(item.what), note: cleanText(item.note), cited: cite(item) });

  const blocks: OutlineBlock[] = [];
  for (const section of briefing.sections) {
    blocks.push({ kind: 'heading', text: sectionHeading(section) });
    const summary = cleanText(section.summary);
    if (summary) blocks.push({ kind: 'summary', text: summary });
    let figures: FigureRow[] = [];
    const flush = () => {
      if (figures.length > 0) blocks.push({ kind: 'figures', caption: `Figures: ${sectionHeading(section)}`, rows: figures });
      figures = [];
    };
    for (const item of section.items) {
      if (item.kind === 'figure' && opts.figuresAs === 'table') {
        figures.push(row(item));
        continue;
      }
      flush();
      const note = cleanText(item.note);
      if (item.kind === 'quote') {
        const firm = firmSpeaker(item);
        const who = [cleanText(firm.speaker), cleanText(firm.role)].filter(Boolean).join(', ');
        blocks.push({ kind: 'quote', text: unquoted(cleanText(item.text)), who, note, cited: cite(item) });
      } else if (item.kind === 'figure') {
        blocks.push({ kind: 'figure', row: row(item) });
      } else if (item.kind === 'note') {
        blocks.push({ kind: 'note', text: [cleanText(item.text), note].filter(Boolean).join(' ') });
      } else {
        blocks.push({ kind: 'excerpt', text: cleanText(item.text), note, cited: cite(item) });
      }
    }
    flush();
  }
  return {
    title: cleanText(briefing.title) || 'Briefing',
    date: formatLongDate(briefing.date),
    marking: cleanText(opts.classification || briefing.classification),
    preparedBy: cleanText(opts.preparedBy),
    preparedFor: cleanText(opts.preparedFor),
    blocks,
    sources: numbers.entries().map(({ n, source }) => ({ n, citation: describeSource(source) || 'Source not recorded', url: safeLink(source.url) })),
  };
}

/** "— Jane Okafor, economist (The Daily Ledger, 3 March 2026)": the line under a quote or an excerpt, without its number. */
export function attributionText(who: string, cited: Cited): string {
  const where = cited?.where ?? '';
  if (who) return `— ${who}${where ? ` (${where})` : ''}`;
  return where;
}
