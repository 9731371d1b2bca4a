import type { ArticleSummary, Article } from '../../../shared/model/article';
import type { ErrorCode } from '../../../shared/model/errors';
import { call } from '../../app/api';
import type { SliceCreator, StoreDeps } from '../../app/store';
import { batchFiles, MAX_FILE_BYTES, readPayload } from './readFiles';

export type ImportFailure = { name: string; code: ErrorCode; message: string };
export type ImportProgress = { done: number; total: number };

export type ArticlesSlice = {
  /** The library's articles, newest import first. */
  articles: ArticleSummary[];
  /** Full articles already fetched for the Reader, by id. */
  bodies: Record<string, Article>;
  selectedArticleId: string | null;
  importing: ImportProgress | null;
  /** The files of the last import that could not be imported, each with the core's message. */
  importFailures: ImportFailure[];
  loadArticles: () => Promise<void>;
  importFiles: (files: readonly File[]) => Promise<void>;
  selectArticle: (id: string) => Promise<void>;
  dismissImportFailures: () => void;
};

function newestFirst(a: ArticleSummary, b: ArticleSummary): number {
  return b.importedAt.localeCompare(a.importedAt);
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export const createArticlesSlice =
  ({ api }: StoreDeps): SliceCreator<ArticlesSlice> =>
  (set, get) => {
    /** Files dropped while an import runs wait their turn, so progress and outcomes stay readable. */
    let queue: Promise<void> = Promise.resolve();

    const importNow = async (files: readonly File[]) => {
      const failures: ImportFailure[] = [];
      const imported: ArticleSummary[] = [];
      let duplicates = 0;
      set({ importing: { done: 0, total: files.length }, importFailures: [] });

      const tooLarge = files.filter((file) => file.size > MAX_FILE_BYTES);
      for (const file of tooLarge) {
        failures.push({ name: file.name, code: 'too-large', message: 'This file is larger than 50 MB, too large to import.' });
      }
      let done = tooLarge.length;
      for (const batch of batchFiles(files.filter((file) => file.size <= MAX_FILE_BYTES))) {
        const payloads = [];
        for (const file of batch) {
          try {
            payloads.push(await readPayload(file));
          } catch {
            failures.push({ name: file.name, code: 'invalid-file', message: 'This file could not be read from disk.' });
          }
        }
        if (payloads.length > 0) {
          const result = await call(api, 'importFiles', { files: payloads });
          if (result.ok) {
            for (const outcome of result.value) {
              if (outcome.ok) {
                imported.push(outcome.article);
                if (outcome.duplicate) duplicates++;
              } else {
                failures.push({ name: outcome.name, code: outcome.error.code, message: outcome.error.message });
              }
            }
          } else {
            for (const payload of payloads) failures.push({ name: payload.name, code: result.code, message: result.message });
          }
        }
        done += batch.length;
        set({ importing: { done, total: files.length }, importFailures: [...failures] });
      }

      const ids = new Set(imported.map((article) => article.id));
      const rest = get().articles.filter((article) => !ids.has(article.id));
      const unique = imported.filter((article, i) => imported.findIndex((other) => other.id === article.id) === i);
      set({ articles: [...unique, ...rest], importing: null, importFailures: failures });

      const parts: string[] = [];
      if (imported.length > 0) parts.push(`Imported ${plural(imported.length, 'article', 'articles')}`);
      if (duplicates > 0) parts.push(`${plural(duplicates, 'was', 'were')} already in the library`);
      if (failures.length > 0) parts.push(`${plural(failures.length, 'file', 'files')} could not be imported`);
      get().notify(failures.length > 0 ? 'error' : 'info', `${parts.join('; ')}.`);

      if (unique.length > 0 && get().selectedArticleId === null) await get().selectArticle(unique[0].id);
    };

    return {
      articles: [],
      bodies: {},
      selectedArticleId: null,
      importing: null,
      importFailures: [],

      importFiles: (files) => {
        if (files.length === 0) return queue;
        queue = queue.then(() => importNow(files)).catch(() => {
          set({ importing: null });
          get().notify('error', 'The import stopped unexpectedly. The files already imported are safe; please try the rest again.');
        });
        return queue;
      },

      loadArticles: async () => {
        const result = await call(api, 'listArticles', {});
        if (!result.ok) {
          get().notify('error', `The library could not be read: ${result.message}`);
          return;
        }
        set({ articles: [...result.value].sort(newestFirst) });
      },

      selectArticle: async (id) => {
        set({ selectedArticleId: id });
        if (get().bodies[id]) return;
        const result = await call(api, 'getArticle', { id });
        if (!result.ok) {
          if (get().selectedArticleId === id) set({ selectedArticleId: null });
          get().notify('error', `This article could not be opened: ${result.message}`);
          return;
        }
        set({ bodies: { ...get().bodies, [id]: result.value } });
      },

      dismissImportFailures: () => set({ importFailures: [] }),
    };
  };
