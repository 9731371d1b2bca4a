import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { ParagraphChild } from 'docx';
import type { Item } from '../model/briefing';
import type { ExportOptions } from '../model/exportOptions';
import type { SourceCiter } from './sources';
import { shortSource } from './citations';
import { STYLE } from './styles';
import { quoteMatchesSource } from '../model/quoteIntegrity';
import { cleanText, unquoted } from './text';

/** The line under an item: who said it, where it appeared, and the note mark or list number of its source. */
function attribution(item: Item, citer: SourceCiter): Paragraph | null {
  const who = [cleanText(item.speaker), cleanText(item.role)].filter(Boolean).join(', ');
  const where = shortSource(item.source);
  let text = '';
  if (who) text += `— ${who}`;
  if (where) text += who ? ` (${where})` : where;
  if (!text && !item.source) return null;
  const children: ParagraphChild[] = [new TextRun(text)];
  if (item.source) children.push(...citer.cite(item.source));
  return new Paragraph({ style: STYLE.attribution, children });
}

/** The analyst's own comment on an item, set apart from the quoted words. */
function analystNote(item: Item): Paragraph[] {
  const note = cleanText(item.note);
  if (!note) return [];
  return [new Paragraph({ children: [new TextRun({ text: 'Analyst’s note: ', bold: true }), new TextRun({ text: note, italics: true })] })];
}

/** The item's own paragraph, kept on the page with the line naming its source. */
function withAttribution(body: (keepNext: boolean) => Paragraph, item: Item, citer: SourceCiter): Paragraph[] {
  const line = attribution(item, citer);
  return [body(line !== null), ...(line ? [line] : []), ...analystNote(item)];
}

function quote(item: Item, citer: SourceCiter): Paragraph[] {
  const text = `“${unquoted(cleanText(item.text))}”`;
  return withAttribution((keepNext) => new Paragraph({ style: STYLE.quote, keepNext, children: [new TextRun(text)] }), item, citer);
}

function excerpt(item: Item, citer: SourceCiter): Paragraph[] {
  const text = cleanText(item.text);
  return withAttribution((keepNext) => new Paragraph({ keepNext, children: [new TextRun(text)] }), item, citer);
}

function note(item: Item): Paragraph[] {
  const text = [cleanText(item.text), cleanText(item.note)].filter(Boolean).join(' ');
  return [new Paragraph({ children: [new TextRun({ text: 'Note: ', bold: true }), new TextRun({ text, italics: true })] })];
}

function figureAsParagraph(item: Item, citer: SourceCiter): Paragraph[] {
  const what = cleanText(item.what);
  const children = [new TextRun({ text: cleanText(item.text), bold: true }), ...(what ? [new TextRun(` — ${what}`)] : [])];
  return withAttribution((keepNext) => new Paragraph({ keepNext, children }), item, citer);
}

const THIN = { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF' };
const BORDERS = { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN };

function cell(children: Paragraph[], width: number, shading?: string): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.PERCENTAGE },
    ...(shading ? { shading: { fill: shading, type: 'clear', color: 'auto' } } : {}),
  });
}

/** Figures side by side: figure · what it measures · source, with a header row Word repeats on each page. */
function figuresTable(figures: Item[], citer: SourceCiter, options: ExportOptions, caption: string): (Paragraph | Table)[] {
  const widths = [20, 50, 30];
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: ['Figure', 'What it measures', 'Source'].map((label, i) =>
      cell([new Paragraph({ children: [new TextRun({ text: label, bold: true, color: 'FFFFFF' })] })], widths[i], options.colours.accent),
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
    new Table({ rows: [header, ...rows], width: { size: 100, type: WidthType.PERCENTAGE }, borders: BORDERS, alignment: AlignmentType.CENTER }),
    new Paragraph({ children: [] }),
  ];
}

/**
 * A section's items in the analyst's order. With figures as a table, each run of consecutive figures becomes one table,
 * so the order the analyst chose is kept.
 */
export function itemBlocks(items: Item[], citer: SourceCiter, options: ExportOptions, sectionTitle: string): (Paragraph | Table)[] {
  const blocks: (Paragraph | Table)[] = [];
  let figures: Item[] = [];
  const flushFigures = () => {
    if (figures.length === 0) return;
    blocks.push(...figuresTable(figures, citer, options, `Figures: ${cleanText(sectionTitle)}`));
    figures = [];
  };
  for (const item of items) {
    if (item.kind === 'figure' && options.figuresAs === 'table') {
      figures.push(item);
      continue;
    }
    flushFigures();
    // A quote whose words no longer match its source is never printed as a quotation.
    if (item.kind === 'quote' && item.originalText && !quoteMatchesSource(item.text, item.originalText)) blocks.push(...excerpt(item, citer));
    else if (item.kind === 'quote') blocks.push(...quote(item, citer));
    else if (item.kind === 'figure') blocks.push(...figureAsParagraph(item, citer));
    else if (item.kind === 'note') blocks.push(...note(item));
    else blocks.push(...excerpt(item, citer));
  }
  flushFigures();
  return blocks;
}
