import { describe, expect, it } from 'vitest';
import type { Run } from './highlightRuns';
import { highlightRuns } from './highlightRuns';

/** The runs as a bracketed string: [quote:text] for a quote mark. */
function show(runs: Run[]): string {
  return runs.map((run) => (run.type === 'text' ? run.text : `[${run.highlight.kind}:${show(run.children)}]`)).join('');
}

function plain(runs: Run[]): string {
  return runs.map((run) => (run.type === 'text' ? run.text : plain(run.children))).join('');
}

const text = 'Costs rose to £5bn, said Ms Okafor, by 12 per cent.';

describe('highlightRuns', () => {
  it('leaves a paragraph with no highlights as one text run', () => {
    expect(highlightRuns(text, [])).toEqual([{ type: 'text', text, start: 0 }]);
  });

  it('marks separate spans in order and keeps all the text between them', () => {
    const runs = highlightRuns(text, [
      { key: 'f2', kind: 'figure', start: 39, end: 50 },
      { key: 'f1', kind: 'figure', start: 14, end: 18 },
    ]);
    expect(show(runs)).toBe('Costs rose to [figure:£5bn], said Ms Okafor, by [figure:12 per cent].');
    expect(plain(runs)).toBe(text);
  });

  it('nests a figure inside the quote that holds it', () => {
    const runs = highlightRuns(text, [
      { key: 'f1', kind: 'figure', start: 14, end: 18 },
      { key: 'q1', kind: 'quote', start: 0, end: 18 },
    ]);
    expect(show(runs)).toBe('[quote:Costs rose to [figure:£5bn]], said Ms Okafor, by 12 per cent.');
  });

  it('cuts a crossing highlight in two, both pieces keeping its key', () => {
    const runs = highlightRuns(text, [
      { key: 'q1', kind: 'quote', start: 6, end: 18 },
      { key: 'f1', kind: 'figure', start: 14, end: 24 },
    ]);
    expect(show(runs)).toBe('Costs [quote:rose to [figure:£5bn]][figure:, said] Ms Okafor, by 12 per cent.');
    const keys = runs.filter((r) => r.type === 'mark').map((r) => (r.type === 'mark' ? r.highlight.key : ''));
    expect(keys).toEqual(['q1', 'f1']);
    expect(plain(runs)).toBe(text);
  });

  it('keeps two highlights of the same span, and drops spans that are empty or outside the text', () => {
    const runs = highlightRuns(text, [
      { key: 'f1', kind: 'figure', start: 14, end: 18 },
      { key: 'focus', kind: 'focus', start: 14, end: 18 },
      { key: 'x', kind: 'quote', start: 9, end: 9 },
      { key: 'y', kind: 'quote', start: 400, end: 420 },
    ]);
    expect(show(runs)).toBe('Costs rose to [focus:[figure:£5bn]], said Ms Okafor, by 12 per cent.');
    expect(plain(runs)).toBe(text);
  });
});
