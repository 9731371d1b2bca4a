import type { FeedListing, ImportOutcome } from '../../../shared/ipc/contract';
import type { ArticleSummary } from '../../../shared/model/article';
import { call } from '../../app/api';
import type { SliceCreator, StoreDeps } from '../../app/store';
import type { ImportEntry, ImportRun, ImportSource } from './importRun';
import { fromOutcome, importSummary, outcomeArticles, patchEntries } from './importRun';
import { mergeArticles } from './mergeArticles';
import { isSharedBriefing, openSharedBriefing } from './openSharedBriefing';
import { nextBatchSize, readPayload } from './readFiles';
import { MAX_IMPORT_BYTES, megabytes } from '../../../shared/model/limits';

export type ImportSlice = {
  /** The current or last import, file by file; null once dismissed. */
  importRun: ImportRun | null;
  /** Files dropped or picked. Files that come while an import runs join it and wait their turn. */
  importFiles: (files: readonly File[]) => Promise<void>;
  /** Pasted or dragged-in text; `html` (a copied or dragged browser selection) wins when both come. */
  importText: (input: { text: string; html?: string; name?: string }) => Promise<void>;
  /** A web address typed, pasted or dragged in: the core fetches it. */
  importUrl: (url: string) => Promise<void>;
  /** A news feed's items (nothing fetched but the feed): the analyst then picks which to import. */
  listFeed: (url: string) => Promise<FeedListing>;
  /** Several web addresses at once (the items picked from a feed), each fetched as `importUrl` does. */
  importUrls: (urls: readonly string[]) => Promise<void>;
  /** Sends no further batches; what is already imported stays. */
  cancelImport: () => void;
  toggleImportDetails: () => void;
  dismissImport: () => void;
};

/** Requests in flight at once: the core reads each batch on its worker threads, so two or three keep them busy. */
const MAX_IN_FLIGHT = 3;

type Waiting = { key: number; source: ImportSource; size: number };

function sourceName(source: ImportSource): string {
  if (source.kind === 'file') return source.file.name;
  if (source.kind === 'url') return source.url;
  return source.name ?? (source.html ? 'Pasted page' : 'Pasted text');
}

export const createImportSlice =
  ({ api }: StoreDeps): SliceCreator<ImportSlice> =>
  (set, get) => {
    let waiting: Waiting[] = [];
    let inFlight = 0;
    /** Bumped by Cancel: a batch taken before it is not sent after it. */
    let cancelEpoch = 0;
    let firstArrived: string | null = null;
    let idle: Promise<void> = Promise.resolve();
    let settleIdle: () => void = () => undefined;

    const patch = (changes: Map<number, Partial<ImportEntry>>, arrived: ArticleSummary[] = []) => {
      const run = get().importRun;
      if (!run) return;
      const update: { importRun: ImportRun; articles?: ArticleSummary[] } = { importRun: patchEntries(run, changes) };
      if (arrived.length > 0) {
        update.articles = mergeArticles(get().articles, arrived);
        firstArrived ??= arrived[0].id;
      }
      set(update);
    };

    /** The next request: a run of files up to the batch limits, or one paste or address. */
    const take = (): Waiting[] => {
      if (waiting[0].source.kind !== 'file') return waiting.splice(0, 1);
      let files = 0;
      while (files < waiting.length && waiting[files].source.kind === 'file') files++;
      return waiting.splice(0, nextBatchSize(waiting.slice(0, files)));
    };

    const applyOutcomes = (job: Waiting[], outcomes: ImportOutcome[], changes = new Map<number, Partial<ImportEntry>>()) => {
      const arrived: ArticleSummary[] = [];
      outcomes.forEach((outcome, i) => {
        changes.set(job[i].key, fromOutcome(outcome));
        arrived.push(...outcomeArticles(outcome));
      });
      patch(changes, arrived);
    };

    const send = async (job: Waiting[], epoch: number) => {
      patch(new Map(job.map((w) => [w.key, { status: 'importing' as const }])));
      const first = job[0].source;
      if (first.kind === 'text') {
        const result = await call(api, 'importText', { text: first.text, html: first.html, name: first.name });
        applyOutcomes(job, [result.ok ? result.value : { name: '', ok: false, error: { code: result.code, message: result.message } }]);
        return;
      }
      if (first.kind === 'url') {
        const result = await call(api, 'importUrl', { url: first.url });
        applyOutcomes(job, [result.ok ? result.value : { name: first.url, ok: false, error: { code: result.code, message: result.message } }]);
        return;
      }
      // Files are read only now, batch by batch, so 200 dropped files are never all in memory at once.
      const changes = new Map<number, Partial<ImportEntry>>();
      const sent: Waiting[] = [];
      const payloads = [];
      for (const w of job) {
        try {
          payloads.push(await readPayload((w.source as { file: File }).file));
          sent.push(w);
        } catch {
          changes.set(w.key, { status: 'failed', code: 'invalid-file', message: 'This file could not be read from disk.' });
        }
      }
      if (epoch !== cancelEpoch) {
        for (const w of sent) changes.set(w.key, { status: 'canceled' });
        patch(changes);
        return;
      }
      if (payloads.length === 0) {
        patch(changes);
        return;
      }
      const result = await call(api, 'importFiles', { files: payloads });
      if (result.ok) {
        applyOutcomes(sent, result.value, changes);
      } else {
        for (const w of sent) changes.set(w.key, { status: 'failed', code: result.code, message: result.message });
        patch(changes);
      }
    };

    const finish = async () => {
      const run = get().importRun;
      if (!run?.running) return;
      // A new import may start while this one selects its first article: settle this one's waiters only.
      const settle = settleIdle;
      const first = firstArrived;
      const failed = run.entries.some((e) => e.status === 'failed');
      // All went well: fold the per-file list away, so the articles come into view; problems stay in sight.
      const expanded = run.expanded && (failed || run.canceled);
      set({ importRun: { ...run, running: false, expanded } });
      get().notify(failed ? 'error' : 'info', importSummary(run.entries));
      const query = get().inboxQuery;
      if (query.trim()) void get().runSearch(query);
      try {
        if (first && get().selectedArticleId === null) await get().selectArticle(first);
      } finally {
        settle();
      }
    };

    const pump = () => {
      while (inFlight < MAX_IN_FLIGHT && waiting.length > 0) {
        const job = take();
        const epoch = cancelEpoch;
        inFlight++;
        void send(job, epoch)
          .catch(() => {
            const message = 'The import of this file stopped unexpectedly. Please try it again.';
            patch(new Map(job.map((w) => [w.key, { status: 'failed' as const, code: 'internal' as const, message }])));
          })
          .finally(() => {
            inFlight--;
            pump();
          });
      }
      if (inFlight === 0 && waiting.length === 0) void finish();
    };

    const enqueue = (sources: readonly ImportSource[]): Promise<void> => {
      if (sources.length === 0) return idle;
      let run = get().importRun;
      if (!run?.running) {
        run = { entries: [], done: 0, running: true, canceled: false, expanded: true };
        firstArrived = null;
        idle = new Promise<void>((resolve) => (settleIdle = resolve));
      }
      const entries = run.entries.slice();
      let done = run.done;
      for (const source of sources) {
        const key = entries.length;
        const name = sourceName(source);
        if (source.kind === 'file' && source.file.size > MAX_IMPORT_BYTES) {
          entries.push({ key, name, status: 'failed', code: 'too-large', message: `This file is larger than ${megabytes(MAX_IMPORT_BYTES)}, too large to import.` });
          done++;
          continue;
        }
        entries.push({ key, name, status: 'queued' });
        waiting.push({ key, source, size: source.kind === 'file' ? source.file.size : 0 });
      }
      set({ importRun: { ...run, entries, done } });
      pump();
      return idle;
    };

    return {
      importRun: null,
      importFiles: (files) => {
        // A shared `.briefing` file is not an article: it opens as a briefing, with the articles it carries.
        const opening = files.filter(isSharedBriefing).map((file) => openSharedBriefing(api, get, file));
        const queued = enqueue(files.filter((file) => !isSharedBriefing(file)).map((file) => ({ kind: 'file' as const, file })));
        return opening.length === 0 ? queued : Promise.all([queued, ...opening]).then(() => undefined);
      },
      importText: (input) => enqueue([{ kind: 'text', ...input }]),
      importUrl: (url) => enqueue([{ kind: 'url', url: url.trim() }]),
      listFeed: async (url) => {
        const result = await call(api, 'readFeed', { url: url.trim() });
        if (!result.ok) throw new Error(result.message);
        return result.value;
      },
      importUrls: (urls) => enqueue(urls.map((url) => ({ kind: 'url' as const, url }))),
      cancelImport: () => {
        const run = get().importRun;
        if (!run?.running) return;
        cancelEpoch++;
        const changes = new Map(waiting.map((w) => [w.key, { status: 'canceled' as const }]));
        waiting = [];
        set({ importRun: { ...patchEntries(run, changes), canceled: true } });
        pump();
      },
      toggleImportDetails: () => {
        const run = get().importRun;
        if (run) set({ importRun: { ...run, expanded: !run.expanded } });
      },
      dismissImport: () => {
        if (!get().importRun?.running) set({ importRun: null });
      },
    };
  };
