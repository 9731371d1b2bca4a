import type { SaveBriefingOutcome } from '../../shared/ipc/contract';
import type { Briefing } from '../../shared/model/briefing';
import { summariseBriefing } from '../../shared/model/briefing';
import { newId } from '../../shared/model/hash';
import type { Library } from './library';

/** One save per briefing at a time, so comparing with the version on disk and writing are one step. */
const queues = new WeakMap<Library, Map<string, Promise<unknown>>>();

function serialised<T>(library: Library, id: string, run: () => Promise<T>): Promise<T> {
  let byId = queues.get(library);
  if (!byId) queues.set(library, (byId = new Map()));
  const previous = byId.get(id) ?? Promise.resolve();
  const next = previous.then(run, run);
  const settled = next.catch(() => undefined);
  byId.set(id, settled);
  void settled.then(() => {
    if (byId.get(id) === settled) byId.delete(id);
  });
  return next;
}

/** A timestamp later than `after`, so every saved version of a briefing has its own `updatedAt`. */
function stampAfter(after: string | undefined): string {
  const now = Date.now();
  const previous = after ? Date.parse(after) : NaN;
  return new Date(Number.isFinite(previous) && previous >= now ? previous + 1 : now).toISOString();
}

/**
 * Saves a briefing. With `baseUpdatedAt` (the version the edit started from), a briefing that has changed on
 * disk since is not overwritten: this version is saved beside it as a copy, and the outcome says so, so
 * neither window's work is lost. Without it, the save simply wins (renames, older callers).
 */
export function saveBriefingVersion(library: Library, briefing: Briefing, baseUpdatedAt?: string): Promise<SaveBriefingOutcome> {
  return serialised(library, briefing.id, async () => {
    const onDisk = await library.briefings.read(briefing.id);
    if (onDisk && baseUpdatedAt !== undefined && onDisk.updatedAt !== baseUpdatedAt) {
      const copy: Briefing = { ...briefing, id: newId('brf'), title: `${briefing.title} (your version)`.slice(0, 500), updatedAt: stampAfter(undefined) };
      await library.briefings.write(copy);
      return { ...summariseBriefing(copy), conflict: { current: summariseBriefing(onDisk), copy: summariseBriefing(copy) } };
    }
    const saved = { ...briefing, updatedAt: stampAfter(onDisk?.updatedAt) };
    await library.briefings.write(saved);
    return summariseBriefing(saved);
  });
}
