import type { Article } from '../../shared/model/article';
import type { SearchEntry } from '../../shared/model/articleSearch';
import { rankArticles, searchEntry } from '../../shared/model/articleSearch';
import type { ImportOutcome } from '../../shared/ipc/contract';
import type { Library } from './library';

/**
 * Search over the library's titles, text and speakers, held in memory: built from disk on the first
 * search, then kept current as articles are imported, corrected and deleted.
 */
export class SearchIndex {
  private entries: Map<string, SearchEntry> | null = null;
  private building: Promise<Map<string, SearchEntry>> | null = null;
  /** Changes noted while the index is not built yet, applied when it is. */
  private readonly pending = new Map<string, SearchEntry>();
  private readonly removed = new Set<string>();

  constructor(private readonly library: Library) {}

  private async load(): Promise<Map<string, SearchEntry>> {
    if (this.entries) return this.entries;
    this.building ??= this.library.articles.all().then((articles) => {
      // Entries noted while the library was being read are newer than what was read: keep them.
      const built = new Map(articles.map((a) => [a.id, searchEntry(a)]));
      for (const [id, entry] of this.pending) built.set(id, entry);
      for (const id of this.removed) built.delete(id);
      this.entries = built;
      return built;
    });
    return this.building;
  }

  async search(query: string): Promise<string[]> {
    return rankArticles((await this.load()).values(), query);
  }

  /** An article stored or changed. */
  put(article: Article): void {
    const entry = searchEntry(article);
    if (this.entries) this.entries.set(article.id, entry);
    else {
      this.pending.set(article.id, entry);
      this.removed.delete(article.id);
    }
  }

  remove(id: string): void {
    if (this.entries) this.entries.delete(id);
    else {
      this.pending.delete(id);
      this.removed.add(id);
    }
  }

  /** After an import: reads each newly stored article once to index it (only once the index exists). */
  async noteImported(outcomes: readonly ImportOutcome[]): Promise<void> {
    if (!this.entries && !this.building) return;
    for (const outcome of outcomes) {
      if (!outcome.ok || outcome.duplicate) continue;
      const article = await this.library.articles.read(outcome.article.id);
      if (article) this.put(article);
    }
  }
}
