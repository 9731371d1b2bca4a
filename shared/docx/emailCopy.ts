import type { Briefing } from '../model/briefing';
import type { ExportOptionsInput } from '../model/exportOptions';
import type { Cited, FigureRow, Outline, OutlineBlock } from './outline';
import { attributionText, briefingOutline } from './outline';
import { SOURCES_HEADING } from './citations';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

// Mail programs drop <style> blocks: every element carries its own look.
const CSS = {
  body: 'font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#222;',
  marking: 'text-align:center;font-weight:bold;color:#C00000;margin:0 0 12px;',
  title: 'font-size:20pt;font-weight:normal;color:#1F3864;margin:0 0 4px;',
  date: 'color:#2E74B5;margin:0 0 12px;',
  heading: 'font-size:14pt;color:#1F3864;margin:18px 0 6px;',
  quote: 'margin:8px 0 2px 24px;font-style:italic;color:#404040;',
  attribution: 'margin:0 0 10px 24px;font-size:9pt;color:#595959;',
  caption: 'font-style:italic;font-size:9pt;color:#2E74B5;margin:8px 0 2px;',
  table: 'border-collapse:collapse;margin:0 0 10px;',
  th: 'border:1px solid #BFBFBF;padding:3px 6px;background:#2E74B5;color:#fff;text-align:left;',
  td: 'border:1px solid #BFBFBF;padding:3px 6px;vertical-align:top;',
  sources: 'font-size:9pt;color:#404040;',
};

const sup = (cited: Cited) => (cited ? ` <sup>[${cited.n}]</sup>` : '');
const p = (style: string, html: string) => (style ? `<p style="${style}">${html}</p>` : `<p>${html}</p>`);

function attributionHtml(who: string, cited: Cited): string {
  const line = attributionText(who, cited);
  return line || cited ? p(CSS.attribution, `${escapeHtml(line)}${sup(cited)}`) : '';
}

const noteHtml = (note: string) => (note ? p('', `<b>Analyst’s note:</b> <i>${escapeHtml(note)}</i>`) : '');

function figureCells(row: FigureRow): string[] {
  const what = `${escapeHtml(row.what || '—')}${row.note ? `<br><i>${escapeHtml(row.note)}</i>` : ''}`;
  return [`<b>${escapeHtml(row.figure)}</b>`, what, `${escapeHtml(row.cited?.where || '—')}${sup(row.cited)}`];
}

function blockHtml(b: OutlineBlock): string {
  switch (b.kind) {
    case 'heading':
      return `<h2 style="${CSS.heading}">${escapeHtml(b.text)}</h2>`;
    case 'summary':
      return p('', escapeHtml(b.text));
    case 'quote':
      return `<blockquote style="${CSS.quote}">“${escapeHtml(b.text)}”</blockquote>${attributionHtml(b.who, b.cited)}${noteHtml(b.note)}`;
    case 'excerpt':
      return `${p('', escapeHtml(b.text))}${attributionHtml('', b.cited)}${noteHtml(b.note)}`;
    case 'figures': {
      const head = ['Figure', 'What it measures', 'Source'].map((h) => `<th style="${CSS.th}">${h}</th>`).join('');
      const rows = b.rows.map((row) => `<tr>${figureCells(row).map((c) => `<td style="${CSS.td}">${c}</td>`).join('')}</tr>`).join('');
      return `${p(CSS.caption, escapeHtml(b.caption))}<table style="${CSS.table}"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
    }
    case 'figure': {
      const [figure, what] = figureCells(b.row);
      return `${p('', `${figure} — ${what}`)}${attributionHtml('', b.row.cited)}`;
    }
    case 'note':
      return p('', `<b>Note:</b> <i>${escapeHtml(b.text)}</i>`);
  }
}

function sourcesHtml(outline: Outline): string {
  if (outline.sources.length === 0) return '';
  const items = outline.sources.map((s) => {
    const link = s.url ? ` <a href="${escapeHtml(s.url)}">${escapeHtml(s.url)}</a>` : '';
    return `<li>${escapeHtml(s.citation)}.${link}</li>`;
  });
  return `<h2 style="${CSS.heading}">${SOURCES_HEADING}</h2><ol style="${CSS.sources}">${items.join('')}</ol>`;
}

/** The briefing as one self-contained HTML fragment for the clipboard, styled inline so mail programs keep the look. */
export function briefingToHtml(briefing: Briefing, options?: ExportOptionsInput): string {
  const outline = briefingOutline(briefing, options);
  const marking = outline.marking ? p(CSS.marking, escapeHtml(outline.marking)) : '';
  const credits = [
    outline.preparedBy ? `Prepared by: ${escapeHtml(outline.preparedBy)}` : '',
    outline.preparedFor ? `Prepared for: ${escapeHtml(outline.preparedFor)}` : '',
  ].filter(Boolean);
  return [
    `<div style="${CSS.body}">`,
    marking,
    `<h1 style="${CSS.title}">${escapeHtml(outline.title)}</h1>`,
    p(CSS.date, escapeHtml(outline.date)),
    credits.length > 0 ? p('', credits.join('<br>')) : '',
    ...outline.blocks.map(blockHtml),
    sourcesHtml(outline),
    marking,
    '</div>',
  ].join('');
}

function blockText(b: OutlineBlock): string[] {
  const attribution = (who: string, cited: Cited) => {
    const line = `${attributionText(who, cited)}${cited ? ` [${cited.n}]` : ''}`.trim();
    return line ? [`    ${line}`] : [];
  };
  const note = (text: string) => (text ? [`Analyst’s note: ${text}`] : []);
  const figureLine = (row: FigureRow) =>
    `  • ${row.figure} — ${row.what || '—'}${row.note ? ` (${row.note})` : ''}${row.cited ? ` — ${row.cited.where} [${row.cited.n}]` : ''}`;
  switch (b.kind) {
    case 'heading':
      return ['', b.text.toUpperCase(), ''];
    case 'summary':
      return [b.text, ''];
    case 'quote':
      return [`    “${b.text}”`, ...attribution(b.who, b.cited), ...note(b.note), ''];
    case 'excerpt':
      return [b.text, ...attribution('', b.cited), ...note(b.note), ''];
    case 'figures':
      return [b.caption, ...b.rows.map(figureLine), ''];
    case 'figure':
      return [figureLine(b.row), ''];
    case 'note':
      return [`Note: ${b.text}`, ''];
  }
}

/** The briefing as plain text for the clipboard, for mail programs that take no HTML. */
export function briefingToText(briefing: Briefing, options?: ExportOptionsInput): string {
  const outline = briefingOutline(briefing, options);
  const lines: string[] = [];
  if (outline.marking) lines.push(outline.marking, '');
  lines.push(outline.title, outline.date);
  if (outline.preparedBy) lines.push(`Prepared by: ${outline.preparedBy}`);
  if (outline.preparedFor) lines.push(`Prepared for: ${outline.preparedFor}`);
  for (const b of outline.blocks) lines.push(...blockText(b));
  if (outline.sources.length > 0) {
    lines.push('', SOURCES_HEADING.toUpperCase(), '');
    for (const s of outline.sources) lines.push(`[${s.n}] ${s.citation}.${s.url ? ` ${s.url}` : ''}`);
  }
  if (outline.marking) lines.push('', outline.marking);
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
