import type { Briefing } from '../model/briefing';
import type { ExportOptionsInput } from '../model/exportOptions';
import type { Cited, FigureRow, OutlineBlock } from './outline';
import { attributionText, briefingOutline } from './outline';
import { SOURCES_HEADING } from './citations';

/** Text that Markdown prints as written: its markup characters escaped, and no list or heading begun by accident. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`)
    .replace(/^(#|>|[-+]\s)/, (c) => `\\${c}`)
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

const ref = (cited: Cited) => (cited ? ` [${cited.n}]` : '');

function attribution(who: string, cited: Cited): string {
  const line = escapeMarkdown(attributionText(who, cited));
  return line || cited ? `${line}${ref(cited)}`.trim() : '';
}

function figureCells(row: FigureRow): string[] {
  const what = `${escapeMarkdown(row.what || '—')}${row.note ? ` *${escapeMarkdown(row.note)}*` : ''}`;
  return [`**${escapeMarkdown(row.figure)}**`, what, `${escapeMarkdown(row.cited?.where || '—')}${ref(row.cited)}`];
}

function block(b: OutlineBlock): string[] {
  const noteLine = (note: string) => (note ? [`**Analyst’s note:** *${escapeMarkdown(note)}*`, ''] : []);
  switch (b.kind) {
    case 'heading':
      return [`## ${escapeMarkdown(b.text)}`, ''];
    case 'summary':
      return [escapeMarkdown(b.text), ''];
    case 'quote': {
      const line = attribution(b.who, b.cited);
      return [`> “${escapeMarkdown(b.text)}”`, ...(line ? ['>', `> ${line}`] : []), '', ...noteLine(b.note)];
    }
    case 'excerpt': {
      const line = attribution('', b.cited);
      return [escapeMarkdown(b.text), '', ...(line ? [`*${line}*`, ''] : []), ...noteLine(b.note)];
    }
    case 'figures':
      return [
        `*${escapeMarkdown(b.caption)}*`, '',
        '| Figure | What it measures | Source |', '|---|---|---|',
        ...b.rows.map((row) => `| ${figureCells(row).join(' | ')} |`), '',
      ];
    case 'figure': {
      const [figure, what] = figureCells(b.row);
      const line = attribution('', b.row.cited);
      return [`${figure} — ${what}`, '', ...(line ? [`*${line}*`, ''] : [])];
    }
    case 'note':
      return [`**Note:** *${escapeMarkdown(b.text)}*`, ''];
  }
}

/** The briefing as Markdown (CommonMark with pipe tables): title, date, marking, sections, numbered sources. */
export function briefingToMarkdown(briefing: Briefing, options?: ExportOptionsInput): string {
  const outline = briefingOutline(briefing, options);
  const lines: string[] = [];
  if (outline.marking) lines.push(`**${escapeMarkdown(outline.marking)}**`, '');
  lines.push(`# ${escapeMarkdown(outline.title)}`, '', `*${escapeMarkdown(outline.date)}*`, '');
  const credits = [
    outline.preparedBy ? `Prepared by: ${escapeMarkdown(outline.preparedBy)}` : '',
    outline.preparedFor ? `Prepared for: ${escapeMarkdown(outline.preparedFor)}` : '',
  ].filter(Boolean);
  if (credits.length > 0) lines.push(credits.join('  \n'), '');
  for (const b of outline.blocks) lines.push(...block(b));
  if (outline.sources.length > 0) {
    lines.push(`## ${SOURCES_HEADING}`, '');
    for (const s of outline.sources) lines.push(`${s.n}. ${escapeMarkdown(s.citation)}.${s.url ? ` <${s.url}>` : ''}`);
    lines.push('');
  }
  if (outline.marking) lines.push(`**${escapeMarkdown(outline.marking)}**`, '');
  return lines.join('\n');
}
