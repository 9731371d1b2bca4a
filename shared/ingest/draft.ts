/** What a reader extracts before it becomes an Article: metadata (each with where it came from) and paragraphs. */
export interface Draft {
  title: string | null;
  byline: string | null;
  /** The writer's role given with the byline ("Industry Correspondent"), kept apart from the name. */
  bylineRole: string | null;
  publication: string | null;
  published: string | null;
  url: string | null;
  language: string | null;
  paragraphs: string[];
  origin: Record<string, string>;
  /** The source's copyright line, as a news database gives it. */
  copyright?: string | null;
  /** The database's own id of the document (Factiva's accession number, Nexis's urn), so two exports of it are one article. */
  documentId?: string | null;
}

export type MetaField = 'title' | 'byline' | 'bylineRole' | 'publication' | 'published' | 'url' | 'language';

export const emptyDraft = (): Draft => ({
  title: null,
  byline: null,
  bylineRole: null,
  publication: null,
  published: null,
  url: null,
  language: null,
  paragraphs: [],
  origin: {},
});

/** Sets a field unless it is already set; remembers where the value came from. */
export function offer(draft: Draft, field: MetaField, value: string | null | undefined, origin: string): void {
  if (draft[field] != null || value == null) return;
  const v = value.trim();
  if (!v) return;
  draft[field] = v;
  draft.origin[field] = origin;
}
