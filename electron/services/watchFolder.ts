import type { FSWatcher, Stats } from 'node:fs';
import { watch } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { FilePayload, ImportOutcome } from '../../shared/ipc/contract';
import { describeError } from '../../shared/model/errors';
import { MAX_IMPORT_BYTES } from '../../shared/model/limits';
import { writeFileAtomic } from './atomicWrite';
import { readCapped } from './readCapped';

export interface WatchFolderOptions {
  folder: string;
  /** The contract's `importFiles`: the same reading, dedupe and error reporting as a drop on the window. */
  importFiles: (files: FilePayload[]) => Promise<ImportOutcome[]>;
  /** What each arrival gave, file by file (the desktop app shows it in the Inbox). */
  onImported?: (outcomes: ImportOutcome[]) => void;
  /** Quiet time after the last change to a file before it is looked at. */
  debounceMs?: number;
  /** A file is taken only once its size and modification time hold still for this long (a copy still being written is not). */
  settleMs?: number;
  maxBytes?: number;
  /** Files already in the folder when the watch starts are imported too (the library recognises any it already has). */
  importExisting?: boolean;
}

export interface FolderWatch {
  readonly folder: string;
  /** Resolves once nothing is pending: every file seen so far has been imported or skipped. */
  idle(): Promise<void>;
  close(): void;
}

/** Files a program writes while saving, or a system keeps beside others: never articles. */
const PASSING = /^(\.|~\$|~)|\.(tmp|temp|part|partial|crdownload|download|swp|lock)$|^(thumbs\.db|desktop\.ini)$/i;

const fingerprint = (info: Stats) => `${info.size}:${info.mtimeMs}`;
const pause = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/**
 * Watches a folder (not its subfolders) with node:fs watch: each file saved into it is imported through
 * `importFiles` once it has settled (its size stopped changing), so an alert service or a colleague's
 * script can feed the library. A file written again (new content) is imported again; one already
 * imported with the same size and time is not.
 */
export function watchFolder(options: WatchFolderOptions): FolderWatch {
  const { folder, importFiles, onImported } = options;
  const debounceMs = options.debounceMs ?? 400;
  const settleMs = options.settleMs ?? 500;
  const maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES;
  const timers = new Map<string, { timer: NodeJS.Timeout; release: () => void }>();
  const done = new Map<string, string>();
  const working = new Set<Promise<void>>();
  let closed = false;

  const track = (work: Promise<void>) => {
    working.add(work);
    void work.finally(() => working.delete(work));
  };

  async function settled(path: string): Promise<Stats | null> {
    let before: Stats;
    try {
      before = await stat(path);
    } catch {
      return null; // gone again (a temporary file renamed away)
    }
    for (;;) {
      if (!before.isFile() || closed) return null;
      await pause(settleMs);
      let after: Stats;
      try {
        after = await stat(path);
      } catch {
        return null;
      }
      // Settled; an empty file waits for the write that fills it (which is a new event).
      if (fingerprint(after) === fingerprint(before)) return after.size > 0 ? after : null;
      before = after;
    }
  }

  async function take(name: string): Promise<void> {
    const path = join(folder, name);
    const info = await settled(path);
    if (!info || closed || done.get(name) === fingerprint(info)) return;
    done.set(name, fingerprint(info));
    let outcomes: ImportOutcome[];
    try {
      outcomes = await importFiles([{ name, data: await readCapped(path, maxBytes) }]);
    } catch (error) {
      outcomes = [{ name, ok: false, error: describeError(error) }];
    }
    if (!closed) onImported?.(outcomes);
  }

  function noticed(name: string | null): void {
    if (closed || !name) return;
    const base = basename(name);
    if (PASSING.test(base)) return;
    // A later event for the same file starts its quiet time again.
    const waiting = timers.get(base);
    if (waiting) {
      clearTimeout(waiting.timer);
      waiting.release();
    }
    let release!: () => void;
    track(new Promise<void>((r) => (release = r)));
    const timer = setTimeout(() => {
      timers.delete(base);
      track(take(base).catch((error: unknown) => console.error(`Briefwright could not import ${base} from the watched folder:`, error)));
      release();
    }, debounceMs);
    timers.set(base, { timer, release });
  }

  const watcher: FSWatcher = watch(folder, { persistent: false }, (_event, name) => noticed(name ? String(name) : null));
  watcher.on('error', (error) => console.error(`Briefwright stopped watching ${folder}:`, error));
  if (options.importExisting) {
    track(
      readdir(folder).then((names) => {
        for (const name of names) noticed(name);
      }),
    );
  }

  return {
    folder,
    async idle() {
      while (working.size > 0) await Promise.all([...working]);
    },
    close() {
      closed = true;
      watcher.close();
      for (const { timer, release } of timers.values()) {
        clearTimeout(timer);
        release();
      }
      timers.clear();
    },
  };
}

/** Where the desktop app remembers the folder the analyst chose to watch. */
const choiceFile = (userData: string) => join(userData, 'watched-folder.json');

/** The folder the analyst chose to watch, if any (and if it is still a folder). */
export async function readWatchedFolder(userData: string): Promise<string | null> {
  try {
    const { folder } = JSON.parse(await readFile(choiceFile(userData), 'utf8')) as { folder?: unknown };
    if (typeof folder !== 'string') return null;
    return (await stat(folder)).isDirectory() ? folder : null;
  } catch {
    return null;
  }
}

export async function saveWatchedFolder(userData: string, folder: string | null): Promise<void> {
  await writeFileAtomic(choiceFile(userData), `${JSON.stringify({ folder })}\n`);
}
