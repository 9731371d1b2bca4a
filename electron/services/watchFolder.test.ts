import { copyFile, mkdtemp, rm, writeFile, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportOutcome } from '../../shared/ipc/contract';
import { HARBOUR_ARTICLE } from '../../test/fixtures/articles';
import { createServices } from './createServices';
import { openLibrary } from './library';
import type { FolderWatch } from './watchFolder';
import { readWatchedFolder, saveWatchedFolder, watchFolder } from './watchFolder';

const EXPORTS = join(import.meta.dirname, '../../test/fixtures/exports');
const folders: string[] = [];
let watching: FolderWatch | null = null;
afterEach(async () => {
  watching?.close();
  watching = null;
  await Promise.all(folders.splice(0).map((f) => rm(f, { recursive: true, force: true })));
});
const temp = async (prefix: string) => {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  folders.push(dir);
  return dir;
};

/** A watched folder over a fresh library, and a way to wait until `n` files have arrived. */
async function setUp(settleMs = 300) {
  const services = createServices(openLibrary(await temp('briefwright-watch-lib-')));
  const folder = await temp('briefwright-watched-');
  const arrived: ImportOutcome[] = [];
  const waiters: { n: number; done: () => void }[] = [];
  watching = watchFolder({
    folder,
    importFiles: (files) => services.importFiles({ files }),
    onImported: (outcomes) => {
      arrived.push(...outcomes);
      for (const w of waiters.filter((w) => arrived.length >= w.n)) w.done();
    },
    debounceMs: 50,
    settleMs,
  });
  const arrivals = (n: number) => (arrived.length >= n ? Promise.resolve() : new Promise<void>((done) => waiters.push({ n, done })));
  return { services, folder, arrived, arrivals };
}

describe('a watched folder', () => {
  it('imports files saved into it into the library, an export as all its articles, with the same dedupe and errors', async () => {
    const { services, folder, arrived, arrivals } = await setUp();
    await writeFile(join(folder, 'harbour.txt'), HARBOUR_ARTICLE);
    await copyFile(join(EXPORTS, 'factiva-export-damaged.txt'), join(folder, 'factiva.txt'));
    await writeFile(join(folder, 'empty.txt'), '');
    await writeFile(join(folder, 'again.txt'), HARBOUR_ARTICLE);
    await arrivals(3);
    await watching!.idle();
    const byName = new Map(arrived.map((o) => [o.name, o]));
    // The same article saved twice is stored once: whichever arrives second is recognised.
    const twice = [byName.get('harbour.txt')!, byName.get('again.txt')!];
    expect(twice.map((o) => o.ok && o.article.title)).toEqual(['Harbour authority approves £18.2 billion expansion', 'Harbour authority approves £18.2 billion expansion']);
    expect(twice.map((o) => o.ok && o.duplicate).sort()).toEqual([false, true]);
    const factiva = byName.get('factiva.txt')!;
    expect(factiva.parts?.map((p) => p.ok)).toEqual([true, true, true, false]);
    // An empty file is not taken until it has content: nothing reported, nothing stored.
    expect(byName.has('empty.txt')).toBe(false);
    const titles = (await services.listArticles({})).map((a) => a.title);
    expect(titles).toHaveLength(4);
    expect(titles).toContain('Rotterdam port strike ends after 11-day dispute over automation');
  });

  it('waits for a file still being written, and leaves temporary files alone', async () => {
    const { services, folder, arrived, arrivals } = await setUp(1500);
    const [head, tail] = [HARBOUR_ARTICLE.slice(0, 120), HARBOUR_ARTICLE.slice(120)];
    await writeFile(join(folder, '~$draft.docx'), 'lock');
    await writeFile(join(folder, 'download.txt.part'), HARBOUR_ARTICLE);
    await writeFile(join(folder, 'slow.txt'), head);
    await appendFile(join(folder, 'slow.txt'), tail);
    await arrivals(1);
    await watching!.idle();
    expect(arrived.map((o) => o.name)).toEqual(['slow.txt']);
    const [article] = await services.listArticles({});
    const full = await services.getArticle({ id: article.id });
    expect(full.paragraphs.join('\n')).toContain(HARBOUR_ARTICLE.trim().split('\n').at(-1)!.trim());
  });

  it('remembers the folder chosen, and forgets one that is gone', async () => {
    const userData = await temp('briefwright-userdata-');
    const folder = await temp('briefwright-chosen-');
    expect(await readWatchedFolder(userData)).toBeNull();
    await saveWatchedFolder(userData, folder);
    expect(await readWatchedFolder(userData)).toBe(folder);
    await rm(folder, { recursive: true });
    expect(await readWatchedFolder(userData)).toBeNull();
  });
});
