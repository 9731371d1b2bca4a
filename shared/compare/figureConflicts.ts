/**
 * Figures that disagree: the same quantity reported differently by two articles of one story
 * ("at least 19 dead" here, "21 dead" there). Two figures measure the same thing when their units
 * agree and the words around them do; each figure is paired only with its best match in the other
 * article (both ways), and a match on few words is reported as "possible", not as a conflict.
 */
import type { Article, FigureSuggestion } from '../model/article';
import type { Story } from './stories';
import { contentStems, tokens } from './words';

export type FigureArticle = Pick<Article, 'id' | 'paragraphs' | 'figures' | 'published'>;

export interface FigureMention {
  articleId: string;
  text: string;
  /** The sentence the figure stands in, as the article words it. */
  sentence: string;
  paragraph: number;
  start: number;
  end: number;
}

export interface FigurePair {
  storyId: string;
  a: FigureMention;
  b: FigureMention;
  /** How much the words around the two figures agree (0..1). */
  similarity: number;
}

export interface FigureComparison {
  /** Same quantity, different values. `sure: false` where the two may measure different things. */
  conflicts: Array<FigurePair & { sure: boolean }>;
  /** Same quantity, same value, worded differently ("9 per cent" and "nine percent"). */
  agreements: FigurePair[];
}

/** Similarity of the surrounding words from which two figures are taken to measure the same thing. */
export const SAME_QUANTITY = 0.3;
/** Below SAME_QUANTITY but at least this: reported as a possible conflict. */
export const POSSIBLY_SAME_QUANTITY = 0.15;
const WORDS_BEFORE = 8;
/** Two reports of one total rarely differ more than this many times over. */
const MAX_RATIO = 2;
const SAME_NUMBER_BONUS = 0.15;
const WORDS_AFTER = 10;

/** Words that name one kind of reported total, gathered so that "died" meets "dead" and "killed". */
const KINDS: Array<[string, string[]]> = [
  ['#deaths', ['dead', 'die', 'died', 'dies', 'dying', 'death', 'deaths', 'killed', 'kill', 'kills', 'killing', 'fatalities', 'fatality', 'lives', 'toll', 'bodies']],
  ['#injured', ['injured', 'injuries', 'injury', 'wounded', 'hurt', 'hospitalised', 'hospitalized']],
  ['#displaced', ['displaced', 'evacuated', 'homeless', 'fled', 'evacuees', 'refugees']],
  ['#arrests', ['arrested', 'arrests', 'detained', 'detentions', 'held']],
  ['#jobs', ['jobs', 'job', 'redundancies', 'layoffs', 'workers', 'staff', 'employees']],
];
const KIND_OF = new Map(KINDS.flatMap(([kind, words]) => words.map((w) => [w, kind] as const)));

function sentenceAround(paragraph: string, start: number, end: number): { sentence: string; offset: number } {
  const boundary = /[.!?]["”’)]?\s+(?=["“‘(]?\p{Lu})/gu;
  let from = 0;
  let to = paragraph.length;
  for (const m of paragraph.matchAll(boundary)) {
    const cut = (m.index ?? 0) + m[0].length;
    if (cut <= start) from = cut;
    else if ((m.index ?? 0) >= end) {
      to = (m.index ?? 0) + 1;
      break;
    }
  }
  return { sentence: paragraph.slice(from, to).trim(), offset: from };
}

/** Content words around a figure, weighed by closeness (the nearest words name what is measured). */
function describe(figure: FigureSuggestion, paragraph: string): Map<string, number> {
  // Words of the figure's own sentence only: the next sentence is about something else.
  const { sentence, offset } = sentenceAround(paragraph, figure.start, figure.end);
  const before = tokens(sentence.slice(0, Math.max(0, figure.start - offset))).slice(-WORDS_BEFORE).reverse();
  const after = tokens(sentence.slice(Math.max(0, figure.end - offset))).slice(0, WORDS_AFTER);
  const out = new Map<string, number>();
  const add = (word: string, weight: number) => {
    const kind = KIND_OF.get(word.toLowerCase());
    const key = kind ?? contentStems(word)[0];
    if (key) out.set(key, Math.max(out.get(key) ?? 0, weight));
  };
  before.forEach((w, d) => add(w, 1 / (1 + 0.15 * d)));
  after.forEach((w, d) => add(w, 1 / (1 + 0.15 * d)));
  for (const w of tokens(figure.what ?? '')) add(w, 1);
  return out;
}

/** Years named near a figure: a total "in 2019" is not this week's total. */
function yearsNear(figure: FigureSuggestion, paragraph: string): Set<string> {
  const around = paragraph.slice(Math.max(0, figure.start - 60), figure.end + 60);
  return new Set(around.match(/\b(?:19|20)\d\d\b/g) ?? []);
}

function similarity(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, w] of a) {
    na += w * w;
    const o = b.get(k);
    if (o !== undefined) dot += w * o;
  }
  for (const w of b.values()) nb += w * w;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

const sameUnit = (a: FigureSuggestion, b: FigureSuggestion) => (a.unit ?? '') === (b.unit ?? '');
const sameValue = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1);

interface Described {
  articleId: string;
  publishedYear: number | null;
  figure: FigureSuggestion;
  words: Map<string, number>;
  years: Set<string>;
}

function bestMatches(xs: Described[], ys: Described[]): Map<number, { j: number; sim: number; score: number }> {
  const best = new Map<number, { j: number; sim: number; score: number }>();
  xs.forEach((x, i) => {
    ys.forEach((y, j) => {
      if (!sameUnit(x.figure, y.figure)) return;
      const sim = similarity(x.words, y.words);
      // The same number in two reports of one story is itself a sign that they count the same thing.
      const score = sim + (sameValue(x.figure.value as number, y.figure.value as number) ? SAME_NUMBER_BONUS : 0);
      if (score > (best.get(i)?.score ?? 0)) best.set(i, { j, sim, score });
    });
  });
  return best;
}

function mention(article: FigureArticle, figure: FigureSuggestion): FigureMention {
  const paragraph = article.paragraphs[figure.paragraph] ?? '';
  return {
    articleId: article.id,
    text: figure.text,
    sentence: sentenceAround(paragraph, figure.start, figure.end).sentence,
    paragraph: figure.paragraph,
    start: figure.start,
    end: figure.end,
  };
}

/**
 * Whether two figures that read alike can be taken as two reports of one total: no other year named
 * beside either (a total "in 2019" is not this week's), and values of one order (a tenfold gap is more
 * likely two different totals).
 */
function comparable(x: Described, y: Described): boolean {
  const past = (d: Described) => [...d.years].some((yr) => d.publishedYear !== null && Number(yr) < d.publishedYear - 1);
  const yearsDiffer = x.years.size > 0 && y.years.size > 0 ? ![...x.years].some((yr) => y.years.has(yr)) : past(x) || past(y);
  const [low, high] = [Math.abs(x.figure.value as number), Math.abs(y.figure.value as number)].sort((p, q) => p - q);
  return !yearsDiffer && high <= MAX_RATIO * low;
}

interface Edge {
  u: Described;
  v: Described;
  sim: number;
  sure: boolean;
}

/** Mutual best matches between the figures of every two articles of a story. */
function storyEdges(members: Array<{ article: FigureArticle; figures: Described[] }>): Edge[] {
  const edges: Edge[] = [];
  for (let x = 0; x < members.length; x++) for (let y = x + 1; y < members.length; y++) {
    const fa = members[x].figures;
    const fb = members[y].figures;
    const ab = bestMatches(fa, fb);
    const ba = bestMatches(fb, fa);
    for (const [i, { j, sim }] of ab) {
      if (ba.get(j)?.j !== i || sim < POSSIBLY_SAME_QUANTITY) continue;
      // The same number read in like words is one quantity even on thinner evidence than a conflict needs.
      const same = sameValue(fa[i].figure.value as number, fb[j].figure.value as number);
      edges.push({ u: fa[i], v: fb[j], sim, sure: (same || sim >= SAME_QUANTITY) && comparable(fa[i], fb[j]) });
    }
  }
  return edges.sort((p, q) => q.sim - p.sim);
}

/**
 * Figures of a story grouped into quantities: two sure matches that share a figure measure one thing,
 * so "1,500" in one report and "1,400" in a third are compared even when their own words differ. A
 * group never takes two different values from one article.
 */
function quantities(edges: Edge[]): Map<Described, Described[]> {
  const root = new Map<Described, Described>();
  const groups = new Map<Described, Described[]>();
  const find = (d: Described): Described => {
    const r = root.get(d);
    if (!r || r === d) return d;
    const top = find(r);
    root.set(d, top);
    return top;
  };
  for (const { u, v, sure } of edges) {
    if (!sure) continue;
    const ru = find(u);
    const rv = find(v);
    if (ru === rv) continue;
    const gu = groups.get(ru) ?? [ru];
    const gv = groups.get(rv) ?? [rv];
    const clash = gu.some((a) => gv.some((b) => a.articleId === b.articleId && !sameValue(a.figure.value as number, b.figure.value as number)));
    if (clash) continue;
    root.set(rv, ru);
    groups.set(ru, [...gu, ...gv]);
    groups.delete(rv);
  }
  return groups;
}

/** Compares the figures of the articles of each story. */
export function compareFigures(articles: FigureArticle[], stories: Story[]): FigureComparison {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const result: FigureComparison = { conflicts: [], agreements: [] };
  for (const story of stories) {
    const members = story.articleIds.flatMap((id) => {
      const article = byId.get(id);
      if (!article) return [];
      const publishedYear = article.published ? Number(article.published.slice(0, 4)) : null;
      const figures = article.figures
        .filter((f) => f.value !== null)
        .map((figure) => {
          const paragraph = article.paragraphs[figure.paragraph] ?? '';
          return { articleId: id, figure, words: describe(figure, paragraph), years: yearsNear(figure, paragraph), publishedYear };
        });
      return [{ article, figures }];
    });
    const edges = storyEdges(members);
    const simOf = new Map<string, number>();
    const key = (a: Described, b: Described) => `${a.articleId}:${a.figure.start}:${a.figure.paragraph}|${b.articleId}:${b.figure.start}:${b.figure.paragraph}`;
    for (const e of edges) {
      simOf.set(key(e.u, e.v), e.sim);
      simOf.set(key(e.v, e.u), e.sim);
    }
    const grouped = new Set<Described>();
    for (const group of quantities(edges).values()) {
      const groupSim = Math.min(...edges.filter((e) => group.includes(e.u) && group.includes(e.v) && e.sure).map((e) => e.sim));
      for (const d of group) grouped.add(d);
      for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) {
        const [a, b] = [group[i], group[j]];
        if (a.articleId === b.articleId) continue;
        const pair = {
          storyId: story.id,
          a: mention(byId.get(a.articleId) as FigureArticle, a.figure),
          b: mention(byId.get(b.articleId) as FigureArticle, b.figure),
          similarity: Math.round((simOf.get(key(a, b)) ?? groupSim) * 100) / 100,
        };
        if (!sameValue(a.figure.value as number, b.figure.value as number)) result.conflicts.push({ ...pair, sure: true });
        else if (a.figure.text.toLowerCase() !== b.figure.text.toLowerCase()) result.agreements.push(pair);
      }
    }
    for (const e of edges) {
      if (e.sure || (grouped.has(e.u) && grouped.has(e.v)) || sameValue(e.u.figure.value as number, e.v.figure.value as number)) continue;
      result.conflicts.push({
        storyId: story.id,
        a: mention(byId.get(e.u.articleId) as FigureArticle, e.u.figure),
        b: mention(byId.get(e.v.articleId) as FigureArticle, e.v.figure),
        similarity: Math.round(e.sim * 100) / 100,
        sure: false,
      });
    }
  }
  return result;
}
