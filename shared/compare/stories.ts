/**
 * Stories: articles about the same event from different outlets, grouped by the words and names they
 * share. Each article becomes a TF-IDF vector over the content words of its headline and opening;
 * candidate pairs come from an inverted index over each article's strongest terms (so a thousand
 * articles are not compared pairwise), and clusters grow by average link so that one shared name does
 * not chain unrelated stories together.
 */
import type { Article } from '../model/article';
import { contentStems, tokens } from './words';

export type StoryArticle = Pick<Article, 'id' | 'title' | 'paragraphs' | 'published' | 'publication'>;

export interface Story {
  /** The id of the story's earliest article: stable while that article stays in it. */
  id: string;
  /** Members, earliest first. */
  articleIds: string[];
  earliestId: string;
  /** The member with the most words. */
  fullestId: string;
  /** Distinct outlets (articles without a publication count once each). */
  sources: number;
}

/** The analyst's corrections: pairs kept together or apart whatever the words say. */
export interface StoryOverrides {
  together?: Array<[string, string]>;
  apart?: Array<[string, string]>;
}

/** Cosine similarity from which two articles are taken to tell the same story. */
export const STORY_THRESHOLD = 0.2;
/** Articles further apart than this (both dated) are not the same event. */
const MAX_DAYS_APART = 4;
const OPENING_WORDS = 400;
const TOP_TERMS = 24;
/** A term among the strongest of more articles than this names a beat, not an event. */
const MAX_POSTING = 60;

type Vector = Map<string, number>;

function termCounts(article: StoryArticle): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (t: string, w: number) => counts.set(t, (counts.get(t) ?? 0) + w);
  for (const t of contentStems(article.title ?? '')) add(t, 3);
  let words = 0;
  for (const paragraph of article.paragraphs) {
    if (words > OPENING_WORDS) break;
    for (const t of contentStems(paragraph)) add(t, 1);
    // Names weigh more: a capitalised word inside a sentence is a person, place or organisation.
    for (const m of paragraph.matchAll(/(?<=[\p{L}\p{N},;:] )\p{Lu}[\p{L}'’-]+/gu)) {
      const t = contentStems(m[0])[0];
      if (t) add(t, 1);
    }
    words += tokens(paragraph).length;
  }
  return counts;
}

function normalise(v: Vector): Vector {
  let norm = 0;
  for (const w of v.values()) norm += w * w;
  norm = Math.sqrt(norm) || 1;
  for (const [k, w] of v) v.set(k, w / norm);
  return v;
}

export function dot(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, w] of small) {
    const o = large.get(k);
    if (o !== undefined) dot += w * o;
  }
  return dot;
}

/**
 * Similarity of two articles once what the rest of the set shares is taken out: the cosine of the two
 * vectors less the centroid of all the other articles (leave-two-out, so that a story's own words are
 * not taken for the background), computed from sparse dot products. Words common to the whole set (a
 * house style, a shared beat) then make no two articles alike. Sets too small to have a background are
 * compared by plain cosine.
 */
export interface StorySpace {
  vectors: Vector[];
  similarity(i: number, j: number): number;
}

const MIN_BACKGROUND = 8;

export function storySpace(articles: StoryArticle[]): StorySpace {
  const vectors = storyVectors(articles);
  const n = vectors.length;
  if (n < MIN_BACKGROUND) return { vectors, similarity: (i, j) => dot(vectors[i], vectors[j]) };
  const sum: Vector = new Map();
  for (const v of vectors) for (const [k, w] of v) sum.set(k, (sum.get(k) ?? 0) + w);
  const ss = dot(sum, sum);
  const s = vectors.map((v) => dot(v, sum));
  return {
    vectors,
    similarity(i, j) {
      const d = dot(vectors[i], vectors[j]);
      const k = n - 2;
      const im = (s[i] - 1 - d) / k; // v_i · background
      const jm = (s[j] - 1 - d) / k;
      const mm = (ss - 2 * s[i] - 2 * s[j] + 2 + 2 * d) / (k * k); // background · background
      const norm = Math.sqrt(Math.max(1e-12, (1 - 2 * im + mm) * (1 - 2 * jm + mm)));
      return (d - im - jm + mm) / norm;
    },
  };
}

/** TF-IDF vectors of the articles, weighed against each other. */
export function storyVectors(articles: StoryArticle[]): Vector[] {
  const counts = articles.map(termCounts);
  const df = new Map<string, number>();
  for (const c of counts) for (const t of c.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = articles.length;
  return counts.map((c) => {
    const v: Vector = new Map();
    for (const [t, tf] of c) v.set(t, (1 + Math.log(tf)) * (Math.log((n + 1) / ((df.get(t) ?? 0) + 1)) + 1));
    return normalise(v);
  });
}

const dayOf = (iso: string | null) => (iso ? Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000 : null);

function closeInTime(a: StoryArticle, b: StoryArticle): boolean {
  const da = dayOf(a.published);
  const db = dayOf(b.published);
  return da === null || db === null || Math.abs(da - db) <= MAX_DAYS_APART;
}

/** Pairs worth comparing: articles that share at least two of their strongest terms. */
function candidatePairs(vectors: Vector[]): Array<[number, number]> {
  const postings = new Map<string, number[]>();
  vectors.forEach((v, i) => {
    const top = [...v].sort((x, y) => y[1] - x[1]).slice(0, TOP_TERMS);
    for (const [t] of top) {
      const list = postings.get(t);
      if (list) list.push(i);
      else postings.set(t, [i]);
    }
  });
  const shared = new Map<number, number>();
  const n = vectors.length;
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > Math.min(MAX_POSTING, Math.max(8, n / 4))) continue;
    for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) {
      const key = list[x] * n + list[y];
      shared.set(key, (shared.get(key) ?? 0) + 1);
    }
  }
  const pairs: Array<[number, number]> = [];
  for (const [key, count] of shared) if (count >= 2) pairs.push([Math.floor(key / n), key % n]);
  return pairs;
}

function wordCount(a: StoryArticle): number {
  return a.paragraphs.reduce((sum, p) => sum + tokens(p).length, 0);
}

/** Groups articles into stories; an article alone is a story of one. */
export function groupStories(articles: StoryArticle[], overrides: StoryOverrides = {}): Story[] {
  const space = storySpace(articles);
  const { vectors } = space;
  const index = new Map(articles.map((a, i) => [a.id, i]));
  const pairKey = (i: number, j: number) => (i < j ? `${i}:${j}` : `${j}:${i}`);
  const apart = new Set<string>();
  for (const [a, b] of overrides.apart ?? []) {
    const i = index.get(a);
    const j = index.get(b);
    if (i !== undefined && j !== undefined) apart.add(pairKey(i, j));
  }

  const cluster = articles.map((_, i) => i);
  const members = new Map<number, number[]>(articles.map((_, i) => [i, [i]]));
  const find = (i: number): number => (cluster[i] === i ? i : (cluster[i] = find(cluster[i])));
  const keptApart = (x: number[], y: number[]) => x.some((i) => y.some((j) => apart.has(pairKey(i, j))));
  const join = (ri: number, rj: number) => {
    const merged = [...(members.get(ri) ?? []), ...(members.get(rj) ?? [])];
    cluster[rj] = ri;
    members.set(ri, merged);
    members.delete(rj);
  };
  const memo = new Map<number, number>();
  const n = articles.length;
  const sim = (i: number, j: number) => {
    const key = i < j ? i * n + j : j * n + i;
    let value = memo.get(key);
    if (value === undefined) memo.set(key, (value = space.similarity(i, j)));
    return value;
  };
  const averageLink = (x: number[], y: number[]) => {
    let sum = 0;
    for (const i of x) for (const j of y) sum += sim(i, j);
    return sum / (x.length * y.length);
  };

  for (const [a, b] of overrides.together ?? []) {
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined) continue;
    const ri = find(i);
    const rj = find(j);
    if (ri !== rj && !keptApart(members.get(ri) ?? [], members.get(rj) ?? [])) join(ri, rj);
  }

  const edges = candidatePairs(vectors)
    .filter(([i, j]) => closeInTime(articles[i], articles[j]))
    .map(([i, j]) => ({ i, j, sim: sim(i, j) }))
    .filter((e) => e.sim >= STORY_THRESHOLD)
    .sort((x, y) => y.sim - x.sim);
  for (const { i, j } of edges) {
    const ri = find(i);
    const rj = find(j);
    if (ri === rj) continue;
    const x = members.get(ri) ?? [];
    const y = members.get(rj) ?? [];
    if (keptApart(x, y)) continue;
    if (x.length + y.length > 2 && averageLink(x, y) < STORY_THRESHOLD) continue;
    join(ri, rj);
  }

  const stories: Story[] = [];
  for (const list of members.values()) {
    const group = list.map((i) => articles[i]).sort((a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999') || a.id.localeCompare(b.id));
    const fullest = group.reduce((best, a) => (wordCount(a) > wordCount(best) ? a : best), group[0]);
    const outlets = new Set(group.map((a) => a.publication?.trim().toLowerCase() || `#${a.id}`));
    stories.push({ id: group[0].id, articleIds: group.map((a) => a.id), earliestId: group[0].id, fullestId: fullest.id, sources: outlets.size });
  }
  return stories.sort((a, b) => b.articleIds.length - a.articleIds.length || a.id.localeCompare(b.id));
}
