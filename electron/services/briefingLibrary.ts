import { mkdir, readdir, rename, rm, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import type { Handlers } from '../../shared/ipc/contract';
import type { Briefing } from '../../shared/model/briefing';
import { BRIEFING_SCHEMA_VERSION, BriefingSchema, summariseBriefing } from '../../shared/model/briefing';
import { briefingFromPrevious } from '../../shared/model/carryForward';
import { AppError } from '../../shared/model/errors';
import { newId } from '../../shared/model/hash';
import { todayIso } from '../../shared/model/newBriefing';
import { JsonCollection } from './jsonCollection';
import type { Library } from './library';

type LibraryHandlers = Pick<Handlers, 'duplicateBriefing' | 'deleteBriefing' | 'listTrash' | 'restoreBriefing' | 'emptyTrash' | 'createBriefingFromPrevious'>;

/** The briefing an analyst means by "the last one": the latest date, then the latest edit. */
export function latestBriefing(briefings: readonly Briefing[]): Briefing | undefined {
  return [...briefings].sort((a, b) => b.date.localeCompare(a.date) || b.updatedAt.localeCompare(a.updatedAt))[0];
}

/**
 * The library of briefings beyond open and save: copies, a trash folder (`<library>/trash/briefings`, files moved
 * there whole, so a deleted briefing comes back exactly as it was) and "start from yesterday".
 */
export function briefingLibraryHandlers(library: Library, options: { now?: () => Date } = {}): LibraryHandlers {
  const now = options.now ?? (() => new Date());
  const trash = new JsonCollection(join(library.root, 'trash', 'briefings'), BriefingSchema, 'briefing', undefined, BRIEFING_SCHEMA_VERSION);
  const fileIn = (collection: { dir: string }, id: string) => join(collection.dir, `${id}.json`);

  /** Moves a briefing's file whole from one folder to the other (a rename: atomic on one disk). */
  const move = async (id: string, from: JsonCollection<typeof BriefingSchema>, to: JsonCollection<typeof BriefingSchema>) => {
    await from.get(id); // validates the id and the file, and says "not found" in the analyst's words
    await mkdir(to.dir, { recursive: true });
    if (await to.has(id)) throw new AppError('file-locked', 'A briefing with the same id is already there; it was left as it was.');
    await rename(fileIn(from, id), fileIn(to, id));
  };

  return {
    async duplicateBriefing({ id }) {
      const original = await library.briefings.get(id);
      const stamp = now().toISOString();
      const copy: Briefing = { ...original, id: newId('brf'), title: `${original.title} (copy)`, createdAt: stamp, updatedAt: stamp };
      await library.briefings.write(copy);
      return copy;
    },
    async deleteBriefing({ id }) {
      if (!(await library.briefings.has(id))) return { deleted: false };
      await move(id, library.briefings, trash);
      const when = now();
      // The file's time says when it went to the trash.
      await utimes(fileIn(trash, id), when, when);
      return { deleted: true };
    },
    async listTrash() {
      const out = [];
      for (const id of await trash.ids()) {
        const briefing = await trash.read(id);
        if (!briefing) continue;
        const deletedAt = (await stat(fileIn(trash, id))).mtime.toISOString();
        out.push({ ...summariseBriefing(briefing), deletedAt });
      }
      return out.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
    },
    async restoreBriefing({ id }) {
      await move(id, trash, library.briefings);
      return summariseBriefing(await library.briefings.get(id));
    },
    async emptyTrash() {
      const ids = await trash.ids();
      for (const id of ids) await trash.remove(id);
      // Anything else left there (unreadable files moved aside) goes too: emptying means empty.
      for (const name of await readdir(trash.dir)) await rm(join(trash.dir, name), { recursive: true, force: true });
      return { removed: ids.length };
    },
    async createBriefingFromPrevious({ carryItemIds }) {
      const previous = latestBriefing(await library.briefings.all());
      if (!previous) throw new AppError('not-found', 'There is no earlier briefing to start from. Create a new briefing instead.');
      const when = now();
      const briefing = briefingFromPrevious(previous, { date: todayIso(when), now: when, carryItemIds });
      await library.briefings.write(briefing);
      return briefing;
    },
  };
}
