/**
 * Quotes that differ: one quotation worded differently by two outlets of a story — a possible
 * misquote. Quotes are compared word by word (case and punctuation aside); a quote that is a shorter
 * excerpt of the other is a trim, not a difference.
 */
import type { Article, QuoteSuggestion } from '../model/article';
import type { Story } from './stories';
import { quoteWords, tokens } from './words';

const shownWords = (text: string) => tokens(text.replace(/[’‘]/g, "'"));

export type QuoteArticle = Pick<Article, 'id' | 'quotes'>;

export interface QuoteMention {
  articleId: string;
  text: string;
  speaker: string | null;
  paragraph: number;
  start: number;
  end: number;
}

/** One step of a word diff from the first quote to the second. */
export interface DiffPart {
  op: 'same' | 'removed' | 'added';
  text: string;
}

export interface QuoteDifference {
  storyId: string;
  a: QuoteMention;
  b: QuoteMention;
  /** Share of the words the two quotes have in common, in order (0..1). */
  similarity: number;
  diff: DiffPart[];
}

/** Word overlap from which two quotes are taken to be one quotation. */
export const SAME_QUOTATION = 0.6;

function lcsTable(a: string[], b: string[]): Uint16Array[] {
  const rows = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) {
    rows[i][j] = a[i] === b[j] ? rows[i + 1][j + 1] + 1 : Math.max(rows[i + 1][j], rows[i][j + 1]);
  }
  return rows;
}

/** Word diff of two token lists compared by `a`/`b`; the parts show `showA`/`showB` (the words as written). */
export function wordDiff(a: string[], b: string[], showA: string[] = a, showB: string[] = b): DiffPart[] {
  const t = lcsTable(a, b);
  const parts: DiffPart[] = [];
  const push = (op: DiffPart['op'], word: string) => {
    const last = parts[parts.length - 1];
    if (last?.op === op) last.text += ` ${word}`;
    else parts.push({ op, text: word });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push('same', showB[j]);
      i++;
      j++;
    } else if (t[i + 1][j] >= t[i][j + 1]) push('removed', showA[i++]);
    else push('added', showB[j++]);
  }
  while (i < a.length) push('removed', showA[i++]);
  while (j < b.length) push('added', showB[j++]);
  return parts;
}

const contains = (long: string[], short: string[]) => ` ${long.join(' ')} `.includes(` ${short.join(' ')} `);

function mention(articleId: string, q: QuoteSuggestion): QuoteMention {
  return { articleId, text: q.text, speaker: q.speaker, paragraph: q.paragraph, start: q.start, end: q.end };
}

/** Compares the quotes of every two articles of each story. */
export function compareQuotes(articles: QuoteArticle[], stories: Story[]): QuoteDifference[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const words = new Map<QuoteSuggestion, string[]>();
  const wordsOf = (q: QuoteSuggestion) => {
    let w = words.get(q);
    if (!w) words.set(q, (w = quoteWords(q.text)));
    return w;
  };
  const out: QuoteDifference[] = [];
  for (const story of stories) {
    const ids = story.articleIds;
    for (let x = 0; x < ids.length; x++) for (let y = x + 1; y < ids.length; y++) {
      const A = byId.get(ids[x]);
      const B = byId.get(ids[y]);
      if (!A || !B) continue;
      for (const qa of A.quotes) {
        const wa = wordsOf(qa);
        let best: { qb: QuoteSuggestion; sim: number } | null = null;
        for (const qb of B.quotes) {
          const wb = wordsOf(qb);
          if (wa.join(' ') === wb.join(' ')) {
            best = null;
            break;
          }
          const [long, short] = wa.length >= wb.length ? [wa, wb] : [wb, wa];
          if (contains(long, short)) continue;
          const common = lcsTable(wa, wb)[0][0];
          const sim = (2 * common) / (wa.length + wb.length);
          if (sim >= SAME_QUOTATION && sim > (best?.sim ?? 0)) best = { qb, sim };
        }
        if (best) {
          out.push({
            storyId: story.id,
            a: mention(A.id, qa),
            b: mention(B.id, best.qb),
            similarity: Math.round(best.sim * 100) / 100,
            diff: wordDiff(wa, wordsOf(best.qb), shownWords(qa.text), shownWords(best.qb.text)),
          });
        }
      }
    }
  }
  return out;
}
