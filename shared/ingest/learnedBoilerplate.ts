import { contentHash } from '../model/hash';

/**
 * Boilerplate learned from the library: a paragraph that recurs across different articles of the same
 * publication (a standing appeal, a newsletter plug) is dropped from later imports of that publication.
 */
export interface BoilerplateMemory {
  /** publication key → paragraph key → ids of the articles it appeared in. */
  publications: Record<string, Record<string, string[]>>;
}

/** Paragraphs longer than this are story text, not furniture, and are never learned. */
const MAX_LEARNED_LENGTH = 400;
/** In how many different articles a paragraph must appear before it is treated as boilerplate. */
const MIN_ARTICLES = 2;
/** Keep the memory bounded: per publication, at most this many paragraph keys. */
const MAX_KEYS_PER_PUBLICATION = 4000;

export const emptyBoilerplateMemory = (): BoilerplateMemory => ({ publications: {} });

const publicationKey = (publication: string) => publication.trim().toLowerCase().replace(/^the\s+/, '');
/** A table's own entry: a publication called "Constructor" is a publication, not a property of every object. */
const own = <T>(table: Record<string, T>, key: string): T | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);
const paragraphKey = (paragraph: string) => contentHash(paragraph.toLowerCase().replace(/\s+/g, ' ').trim());

export function isLearned(memory: BoilerplateMemory, publication: string | null, paragraph: string): boolean {
  if (!publication) return false;
  const table = own(memory.publications, publicationKey(publication));
  const seen = table && own(table, paragraphKey(paragraph));
  return (seen?.length ?? 0) >= MIN_ARTICLES;
}

/**
 * The indexes of the paragraphs to keep. Nothing is dropped when that would take half the article
 * or more: then the "recurring" text is more likely the story itself (a rerun or an update).
 */
export function paragraphsToKeep(memory: BoilerplateMemory, publication: string | null, paragraphs: string[]): number[] {
  const keep = paragraphs.map((_, i) => i).filter((i) => !isLearned(memory, publication, paragraphs[i]));
  return keep.length * 2 > paragraphs.length ? keep : paragraphs.map((_, i) => i);
}

/** Records an article's short paragraphs under its publication. Returns a new memory. */
export function learnFrom(memory: BoilerplateMemory, article: { id: string; publication: string | null; paragraphs: string[] }): BoilerplateMemory {
  if (!article.publication) return memory;
  const key = publicationKey(article.publication);
  const table = { ...(own(memory.publications, key) ?? {}) };
  for (const paragraph of new Set(article.paragraphs)) {
    if (paragraph.length > MAX_LEARNED_LENGTH) continue;
    const pk = paragraphKey(paragraph);
    const ids = own(table, pk) ?? [];
    if (!ids.includes(article.id)) table[pk] = [...ids, article.id].slice(-MIN_ARTICLES - 3);
  }
  const keys = Object.keys(table);
  if (keys.length > MAX_KEYS_PER_PUBLICATION) {
    // Forget one-off paragraphs first: they are the ones that never turned out to be boilerplate.
    for (const k of keys.filter((k) => table[k].length < MIN_ARTICLES).slice(0, keys.length - MAX_KEYS_PER_PUBLICATION)) delete table[k];
  }
  return { publications: { ...memory.publications, [key]: table } };
}
