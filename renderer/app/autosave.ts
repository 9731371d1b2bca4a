import type { Briefing } from '../../shared/model/briefing';
import type { SaveBriefingOutcome } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';

export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'error';

export type Autosave = {
  /** The briefing in the store is now the one on disk (just opened or created): nothing to save. */
  markSaved(briefing: Briefing | null): void;
  /** The briefing in the store changed: save it after a short pause, unless it is back to the saved one. */
  changed(): void;
  /** Save now if anything is pending; answers whether the briefing on disk is now the one on screen. */
  flush(): Promise<boolean>;
  dispose(): void;
};

/**
 * Debounced, serialised saving of the briefing: one save at a time, the newest state always wins,
 * a failed save keeps the change pending and says so.
 */
export function createAutosave(options: {
  read: () => Briefing | null;
  /** Saves; `baseUpdatedAt` is the version on disk this one was edited from. */
  save: (briefing: Briefing, baseUpdatedAt?: string) => Promise<Result<unknown>>;
  onStatus: (status: SaveStatus, message?: string) => void;
  /**
   * The briefing had changed elsewhere (another window): this version was saved as a copy. The store now edits
   * the copy; the other version stays as it was.
   */
  onConflict?: (conflict: NonNullable<SaveBriefingOutcome['conflict']>) => void;
  delayMs: number;
  now?: () => Date;
}): Autosave {
  let lastSaved: Briefing | null = null;
  /** The `updatedAt` of the version on disk that the screen was last in step with. */
  let base: string | undefined;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<boolean> | null = null;
  let disposed = false;

  const clearTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  const saveOnce = async (briefing: Briefing): Promise<boolean> => {
    options.onStatus('saving');
    const stamp = (options.now ?? (() => new Date()))().toISOString();
    const result = await options.save({ ...briefing, updatedAt: stamp }, base);
    if (!result.ok) {
      options.onStatus('error', result.message);
      return false;
    }
    const outcome = result.value as Partial<SaveBriefingOutcome> | null;
    lastSaved = briefing;
    base = outcome?.conflict?.copy.updatedAt ?? outcome?.updatedAt ?? stamp;
    if (outcome?.conflict) options.onConflict?.(outcome.conflict);
    options.onStatus(options.read() === briefing ? 'saved' : 'unsaved');
    return true;
  };

  const flush = async (): Promise<boolean> => {
    clearTimer();
    for (;;) {
      if (running) {
        await running;
        continue;
      }
      const briefing = options.read();
      if (!briefing || briefing === lastSaved) return true;
      const attempt = saveOnce(briefing);
      running = attempt;
      const saved = await attempt;
      if (running === attempt) running = null;
      if (!saved) return false;
    }
  };

  return {
    markSaved(briefing) {
      clearTimer();
      lastSaved = briefing;
      base = briefing?.updatedAt;
      options.onStatus('saved');
    },
    changed() {
      if (disposed) return;
      clearTimer();
      const briefing = options.read();
      if (!briefing) return;
      if (briefing === lastSaved) {
        if (!running) options.onStatus('saved');
        return;
      }
      options.onStatus('unsaved');
      timer = setTimeout(() => {
        timer = null;
        void flush();
      }, options.delayMs);
    },
    flush,
    dispose() {
      disposed = true;
      clearTimer();
    },
  };
}
