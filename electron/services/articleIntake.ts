import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { articleIdOf, legacyArticleIdOf } from '../../shared/ingest/articleId';
import type { BoilerplateMemory } from '../../shared/ingest/learnedBoilerplate';
import { emptyBoilerplateMemory, learnFrom, paragraphsToKeep } from '../../shared/ingest/learnedBoilerplate';
import { minhashSignature } from '../../shared/ingest/nearDuplicates';
import type { Article } from '../../shared/model/article';
import { writeFileAtomic } from './atomicWrite';
import type { Library } from './library';

const MemoryFileSchema = z.object({
  schemaVersion: z.literal(1),
  publications: z.record(z.string(), z.record(z.string(), z.array(z.string()))),
});

/** Drops the paragraphs at the given indexes' complement and moves the suggestions with their paragraphs. */
export async function keepParagraphs(article: Article, keep: number[]): Promise<Article> {
  if (keep.length === article.paragraphs.length) return article;
  const newIndex = new Map(keep.map((old, i) => [old, i]));
  const move = <T extends { paragraph: number }>(list: T[]) =>
    list.filter((s) => newIndex.has(s.paragraph)).map((s) => ({ ...s, paragraph: newIndex.get(s.paragraph)! }));
  const paragraphs = keep.map((i) => article.paragraphs[i]);
  return {
    ...article,
    id: await articleIdOf(paragraphs),
    paragraphs,
    quotes: move(article.quotes),
    figures: move(article.figures),
  };
}

/**
 * Admits read articles into the library, one at a time: recognises the same article imported twice,
 * drops boilerplate learned from earlier imports of the same publication, and links near-duplicates.
 */
export class ArticleIntake {
  private memory: BoilerplateMemory | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private memoryDirty = false;
  private flushTimer: NodeJS.Timeout | null = null;

  constructor(private readonly library: Library) {}

  private get memoryFile(): string {
    return join(this.library.root, 'boilerplate.json');
  }

  /**
   * Serialised: concurrent imports must not race on the same files. In a batch (`batch: true`) the folder is not
   * synced after each file: the caller ends the batch with `endBatch`, one write barrier for all of it.
   */
  admit(article: Article, options: { batch?: boolean } = {}): Promise<{ article: Article; duplicate: boolean }> {
    const run = this.queue.then(() => this.admitNow(article, { syncFolder: !options.batch }));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** The write barrier of a batch of admissions: the renames of its files made durable at once. */
  async endBatch(): Promise<void> {
    await this.library.articles.syncFolder();
  }

  private async admitNow(claimed: Article, sync: { syncFolder: boolean }): Promise<{ article: Article; duplicate: boolean }> {
    // Whatever produced it, an article is stored only under the id its words give.
    const read = { ...claimed, id: await articleIdOf(claimed.paragraphs) };
    const same = (await this.stored(read)) ?? (await this.sameDocument(read));
    if (same) return { article: await this.refreshSuggestions(same, read, sync), duplicate: true };
    const memory = await this.loadMemory();
    const article = await keepParagraphs(read, paragraphsToKeep(memory, read.publication, read.paragraphs));
    if (article.id !== read.id) {
      const sameAfterCleaning = await this.stored(article);
      if (sameAfterCleaning) return { article: await this.refreshSuggestions(sameAfterCleaning, article, sync), duplicate: true };
    }
    const near = await this.library.articleIndex.similarTo(minhashSignature(article.paragraphs));
    const stored: Article = { ...article, nearDuplicates: near };
    await this.library.articles.write(stored, sync);
    for (const id of near) {
      const other = await this.library.articles.read(id);
      if (other && !(other.nearDuplicates ?? []).includes(stored.id)) {
        await this.library.articles.write({ ...other, nearDuplicates: [...(other.nearDuplicates ?? []), stored.id] }, sync);
      }
    }
    // Learn only from articles that are not reruns of one already here: a story's own paragraphs are not furniture.
    if (near.length === 0) await this.saveMemory(learnFrom(memory, stored));
    return { article: stored, duplicate: false };
  }

  /** The same news-database document imported before from another export (its text may differ by a line). */
  private async sameDocument(article: Article): Promise<Article | null> {
    if (!article.documentId) return null;
    const id = await this.library.articleIndex.withDocumentId(article.documentId);
    return id ? this.library.articles.read(id) : null;
  }

  /** The stored copy of this article: under its id, or under the id its body had before ids were SHA-256. */
  private async stored(article: Article): Promise<Article | null> {
    return (await this.library.articles.read(article.id)) ?? this.library.articles.read(legacyArticleIdOf(article.paragraphs));
  }

  /**
   * The same article again: keep everything the analyst did to it, but take the suggestions of this
   * read, so an improved analysis reaches articles already in the library.
   */
  private async refreshSuggestions(stored: Article, fresh: Article, sync: { syncFolder: boolean }): Promise<Article> {
    if (JSON.stringify([stored.quotes, stored.figures]) === JSON.stringify([fresh.quotes, fresh.figures])) return stored;
    const refreshed = { ...stored, quotes: fresh.quotes, figures: fresh.figures };
    await this.library.articles.write(refreshed, sync);
    return refreshed;
  }

  private async loadMemory(): Promise<BoilerplateMemory> {
    if (this.memory) return this.memory;
    try {
      const parsed = MemoryFileSchema.safeParse(JSON.parse(await readFile(this.memoryFile, 'utf8')));
      this.memory = parsed.success ? { publications: parsed.data.publications } : emptyBoilerplateMemory();
    } catch {
      this.memory = emptyBoilerplateMemory();
    }
    return this.memory;
  }

  /**
   * The learned memory is derived data: it is written at most every half second (and on `flush`),
   * not after every article, so a bulk import is not held up by a synced write per file.
   */
  private async saveMemory(memory: BoilerplateMemory): Promise<void> {
    this.memory = memory;
    this.memoryDirty = true;
    if (this.flushTimer) return;
    this.flushTimer = setTimeout(() => void this.flush().catch(() => undefined), 500);
    this.flushTimer.unref();
  }

  /** Writes what was learned; call before the process ends. */
  async flush(): Promise<void> {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    if (!this.memoryDirty || !this.memory) return;
    this.memoryDirty = false;
    await writeFileAtomic(this.memoryFile, JSON.stringify({ schemaVersion: 1, ...this.memory }));
  }
}
