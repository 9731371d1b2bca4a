import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newBriefing } from '../../shared/model/newBriefing';
import { writeFileAtomic } from './atomicWrite';
import { openLibrary } from './library';

async function freshLibrary() {
  const root = await mkdtemp(join(tmpdir(), 'briefwright-lib-'));
  const problems: string[] = [];
  return { root, problems, library: openLibrary(root, (p) => problems.push(p.reason)) };
}

describe('the library on disk', () => {
  it('stores a briefing as JSON with its schemaVersion and reads it back validated', async () => {
    const { root, library } = await freshLibrary();
    const briefing = newBriefing({ title: 'Morning brief', date: '2026-11-25' });
    await library.briefings.write(briefing);
    const raw = JSON.parse(await readFile(join(root, 'briefings', `${briefing.id}.json`), 'utf8'));
    expect(raw.schemaVersion).toBe(1);
    await expect(library.briefings.get(briefing.id)).resolves.toEqual(briefing);
    expect((await readdir(join(root, 'briefings'))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('moves a damaged file aside, reports it, and never overwrites it', async () => {
    const { root, library, problems } = await freshLibrary();
    const good = newBriefing({ title: 'Good' });
    await library.briefings.write(good);
    const broken = join(root, 'briefings', 'brf_broken.json');
    await writeFile(broken, '{"schemaVersion": 1, "id": "brf_broken", "title": 42');
    const list = await library.briefings.all();
    expect(list.map((b) => b.title)).toEqual(['Good']);
    expect(problems).toHaveLength(1);
    const aside = await readdir(join(root, 'briefings', '.quarantine'));
    expect(aside).toHaveLength(1);
    await expect(readFile(join(root, 'briefings', '.quarantine', aside[0]), 'utf8')).resolves.toContain('"title": 42');
  });

  it('refuses ids that could reach outside the library', async () => {
    const { library } = await freshLibrary();
    await expect(library.briefings.get('../../etc/passwd')).rejects.toMatchObject({ code: 'invalid-input' });
  });

  it('replaces a file whole: a reader sees the old or the new content, never a mixture', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'briefwright-atomic-'));
    const target = join(dir, 'doc.json');
    const versions = Array.from({ length: 30 }, (_, i) => JSON.stringify({ v: i, pad: 'x'.repeat(200_000) }));
    await writeFileAtomic(target, versions[0]);
    let done = false;
    const writes = (async () => {
      for (const v of versions.slice(1)) await writeFileAtomic(target, v);
      done = true;
    })();
    let reads = 0;
    while (!done) {
      expect(versions).toContain(await readFile(target, 'utf8'));
      reads++;
    }
    await writes;
    expect(reads).toBeGreaterThan(0);
    expect(await readFile(target, 'utf8')).toBe(versions.at(-1));
  });
});
