// Builds large Factiva-style exports (plain text or RTF tables) from the generated articles, for the bench and tests.
import { generatedArticle } from '../fixtures/generatedArticles';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface Fields {
  tags: [string, string[]][];
}

function factivaFields(n: number): Fields {
  const a = generatedArticle(n);
  const lines = a.text.split('\n');
  const by = lines.find((l) => l.startsWith('BY: '))!.slice(4);
  const body = a.text.slice(a.text.indexOf('\n\n', a.text.indexOf('BY: ')) + 2).trim().split('\n\n');
  const [y, m, d] = a.published.split('-').map(Number);
  const code = a.publication.replace(/[^A-Za-z]/g, '').toUpperCase().slice(0, 6).padEnd(6, 'X');
  return {
    tags: [
      ['HD', [a.title]],
      ['BY', [`By ${by}`]],
      ['WC', [`${body.join(' ').split(/\s+/).length} words`]],
      ['PD', [`${d} ${MONTHS[m - 1]} ${y}`]],
      ['SN', [a.publication]],
      ['SC', [code]],
      ['LA', ['English']],
      ['CY', [`Copyright ${y} ${a.publication}. All Rights Reserved.`]],
      ['LP', body.slice(0, 2)],
      ['TD', body.slice(2)],
      ['AN', [`Document ${code}00${a.published.replace(/-/g, '')}e${n.toString(36).padStart(4, '0')}0`]],
    ],
  };
}

/** A Factiva-style plain-text export of `count` generated articles. */
export function factivaText(count: number): string {
  const out: string[] = [];
  for (let n = 0; n < count; n++) {
    for (const [tag, values] of factivaFields(n).tags) out.push(tag, ...values, '');
    out.push('');
  }
  return out.join('\n');
}

const rtfText = (s: string) => s.replace(/[\\{}]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0)}?`);

/** The same as an RTF file: one two-column table (tag, value) per article, a page break between articles. */
export function factivaRtf(count: number): string {
  const out = ['{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Arial;}}'];
  for (let n = 0; n < count; n++) {
    for (const [tag, values] of factivaFields(n).tags) {
      out.push(`\\trowd\\cellx1200\\cellx9600\\pard\\intbl ${tag}\\cell ${values.map(rtfText).join('\\par ')}\\cell\\row`);
    }
    out.push('\\pard\\page');
  }
  out.push('}');
  return out.join('\n');
}
