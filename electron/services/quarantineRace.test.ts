import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newBriefing } from '../../shared/model/newBriefing';
import { createServices } from './createServices';
import type { QuarantineReport } from './jsonCollection';
import { openLibrary } from './library';
import { useTempFolders } from '../../test/helpers/tempFolders';

const tempFolder = useTempFolders();

async function libraryWith(count: number) {
  const root = await tempFolder('briefwright-quarantine-');
  const problems: QuarantineReport[] = [];
  const library = openLibrary(root, (p) => problems.push(p));
  for (let i = 0; i < count; i++) await library.briefings.write(newBriefing({ title: `Brief ${i}`, date: '2026-03-15' }));
  return { root, library, problems, core: createServices(library) };
}

describe('a damaged file met by several readers at once', () => {
  it('is moved aside once, reported once, and every one of six parallel lists succeeds', async () => {
    const { root, problems, core } = await libraryWith(5);
    await writeFile(join(root, 'briefings', 'brf_broken.json'), '{"schemaVersion": 1, "id": "brf_broken", "title": 42');
    const lists = await Promise.allSettled(Array.from({ length: 6 }, () => core.listBriefings({})));
    expect(lists.map((l) => l.status)).toEqual(Array(6).fill('fulfilled'));
    for (const list of lists) expect((list as PromiseFulfilledResult<unknown[]>).value).toHaveLength(5);
    expect(problems).toHaveLength(1);
    const aside = await readdir(join(root, 'briefings', '.quarantine'));
    expect(aside).toHaveLength(1);
    await expect(readFile(join(root, 'briefings', '.quarantine', aside[0]), 'utf8')).resolves.toContain('"title": 42');
  });
});

describe('a file written by a newer Briefwright', () => {
  it('is left where it is, untouched, and reported as newer rather than damaged', async () => {
    const { root, library, problems, core } = await libraryWith(1);
    const future = { ...newBriefing({ title: 'From the future' }), id: 'brf_future', schemaVersion: 9, somethingNew: true };
    const file = join(root, 'briefings', 'brf_future.json');
    await writeFile(file, JSON.stringify(future));
    expect(await core.listBriefings({})).toHaveLength(1);
    await expect(library.briefings.get('brf_future')).rejects.toMatchObject({ code: 'invalid-file', message: expect.stringMatching(/newer (version of )?Briefwright/) });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(future);
    expect(await readdir(join(root, 'briefings'))).not.toContain('.quarantine');
    expect(problems.map((p) => p.reason)).toEqual([expect.stringMatching(/newer/)]);
    // Nothing overwrites it either.
    await expect(library.briefings.write({ ...newBriefing({ title: 'Mine' }), id: 'brf_future' })).rejects.toMatchObject({ code: 'invalid-file' });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(future);
  });
});
