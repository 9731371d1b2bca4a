import { AlignmentType, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { ParagraphChild } from 'docx';
import type { Item } from '../model/briefing';
import { firmSpeaker } from '../model/briefing';
import type { ExportOptions } from '../model/exportOptions';
import type { SourceCiter } from './sources';
import { shortSource } from './citations';
import { STYLE } from './styles';
import { quoteMatchesSource } from '../model/quoteIntegrity';
import { cleanText, unquoted } from './text';

/** The line under an item: who said it, where it appeared, and the note mark or list number of its source. */
function attribution(item: Item, citer: SourceCiter, follows: boolean): Paragraph | null {
  const firm = firmSpeaker(item);
  const who = [cleanText(firm.speaker), cleanText(firm.role)].filter(Boolean).join(', ');
  // Right under another item from the same article, the line names only who spoke: the article is the one above.
  const where = follows ? '' : shortSource(item.source);
  let text = '';
  if (who) text += `— ${who}`;
  if (where) text += who ? ` (${where})` : where;
  // Nothing to say (the article is named just above, and no one is quoted): no empty line.
  if (!text && (!item.source || follows)) return null;
  const children: ParagraphChild[] = [new TextRun(text)];
  // One note for a run of items from one article: the first of them carries it.
  if (item.source && !follows) children.push(...citer.cite(item.source));
  return new Paragraph({ style: STYLE.attribution, children });
}

/** The analyst's own comment on an item, set apart from the quoted words. */
function analystNote(item: Item): Paragraph[] {
  const note = cleanText(item.note);
  if (!note) return [];
  return [new Paragraph({ children: [new TextRun({ text: 'Analyst’s note: ', bold: true }), new TextRun({ text: note, italics: true })] })];
}

/** The item's own paragraph, kept on the page with the line naming its source. */
function withAttribution(body: (keepNext: boolean) => Paragraph, item: Item, citer: SourceCiter, follows = false): Paragraph[] {
  const line = attribution(item, citer, follows);
  return [body(line !== null), ...(line ? [line] : []), ...analystNote(item)];
}

function quote(item: Item, citer: SourceCiter, follows: boolean): Paragraph[] {
  const text = `“${unquoted(cleanText(item.text))}”`;
  return withAttribution((keepNext) => new Paragraph({ style: STYLE.quote, keepNext, children: [new TextRun(text)] }), item, citer, follows);
}

function excerpt(item: Item, citer: SourceCiter, follows: boolean): Paragraph[] {
  const text = cleanText(item.text);
  return withAttribution((keepNext) => new Paragraph({ style: STYLE.excerpt, keepNext, children: [new TextRun(text)] }), item, citer, follows);
}

function note(item: Item): Paragraph[] {
  const text = [cleanText(item.text), cleanText(item.note)].filter(Boolean).join(' ');
  return [new Paragraph({ children: [new TextRun({ text: 'Note: ', bold: true }), new TextRun({ text, italics: true })] })];
}

function figureAsParagraph(item: Item, citer: SourceCiter, follows: boolean): Paragraph[] {
  const what = cleanText(item.what);
  const children = [new TextRun({ text: cleanText(item.text), bold: true }), ...(what ? [new TextRun(` — ${what}`)] : [])];
  return withAttribution((keepNext) => new Paragraph({ keepNext, children }), item, citer, follows);
}

function cell(children: Paragraph[], width: number): TableCell {
  return new TableCell({ children, width: { size: width, type: WidthType.PERCENTAGE } });
}

/**
 * Figures side by side: figure · what it measures · source, in Word's "Grid Table 4 Accent 1" style, with a header
 * row Word repeats on each page.
 */
function figuresTable(figures: Item[], citer: SourceCiter, caption: string): (Paragraph | Table)[] {
  const widths = [20, 50, 30];
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: ['Figure', 'What it measures', 'Source'].map((label, i) =>
      cell([new Paragraph({ children: [new TextRun(label)] })], widths[i]),
    ),
  });
  const rows = figures.map((item) => {
    const what = [new Paragraph({ children: [new TextRun(cleanText(item.what) || '—')] })];
    const note = cleanText(item.note);
    if (note) what.push(new Paragraph({ children: [new TextRun({ text: note, italics: true })] }));
    const source = item.source
      ? new Paragraph({ children: [new TextRun(shortSource(item.source)), ...citer.cite(item.source)] })
      : new Paragraph({ children: [new TextRun('—')] });
    return new TableRow({
      cantSplit: true,
      children: [
        cell([new Paragraph({ children: [new TextRun({ text: cleanText(item.text), bold: true })] })], widths[0]),
        cell(what, widths[1]),
        cell([source], widths[2]),
      ],
    });
  });
  return [
    new Paragraph({ style: STYLE.caption, keepNext: true, children: [new TextRun(caption)] }),
    new Table({
      rows: [header, ...rows],
      width: { size: 100, type: WidthType.PERCENTAGE },
      style: STYLE.figuresTable,
      tableLook: { firstRow: true, lastRow: false, firstColumn: false, lastColumn: false, noHBand: false, noVBand: true },
      alignment: AlignmentType.CENTER,
    }),
    new Paragraph({ children: [] }),
  ];
}

/**
 * A section's items with those from the same article brought together, where the first of them stands: the quotes of
 * one story read as one passage, under one citation. Otherwise the analyst's order is kept.
 */
export function groupedBySource(items: readonly Item[]): Item[] {
  const groups = new Map<string, Item[]>();
  items.forEach((item, index) => {
    const key = item.source ? `a:${item.source.articleId}` : `i:${index}`;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  });
  return [...groups.values()].flat();
}

/**
 * A section's items, grouped by article (see groupedBySource). With figures as a table, each run of consecutive
 * figures becomes one table.
 */
export function itemBlocks(items: Item[], citer: SourceCiter, options: ExportOptions, sectionTitle: string): (Paragraph | Table)[] {
  const blocks: (Paragraph | Table)[] = [];
  let figures: Item[] = [];
  let previous: Item | null = null;
  const flushFigures = () => {
    if (figures.length === 0) return;
    blocks.push(...figuresTable(figures, citer, `Figures: ${cleanText(sectionTitle)}`));
    figures = [];
  };
  for (const item of groupedBySource(items)) {
    const follows = !!item.source && !!previous?.source && previous.source.articleId === item.source.articleId && previous.kind !== 'figure';
    previous = item;
    if (item.kind === 'figure' && options.figuresAs === 'table') {
      figures.push(item);
      continue;
    }
    flushFigures();
    // A quote whose words no longer match its source is never printed as a quotation.
    if (item.kind === 'quote' && item.originalText && !quoteMatchesSource(item.text, item.originalText)) blocks.push(...excerpt(item, citer, follows));
    else if (item.kind === 'quote') blocks.push(...quote(item, citer, follows));
    else if (item.kind === 'figure') blocks.push(...figureAsParagraph(item, citer, follows));
    else if (item.kind === 'note') blocks.push(...note(item));
    else blocks.push(...excerpt(item, citer, follows));
  }
  flushFigures();
  return blocks;
}
