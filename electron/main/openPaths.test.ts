import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HARBOUR_ARTICLE } from '../../test/fixtures/articles';
import { createServices } from '../services/createServices';
import { openLibrary } from '../services/library';
import { filesFromArgv, openFiles } from './openPaths';

async function folderWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'briefwright-open-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

describe('files named on the command line', () => {
  it('are the existing files after the executable, relative to where the launch happened; flags and folders are not', async () => {
    const dir = await folderWith({ 'harbour.txt': HARBOUR_ARTICLE, 'shared.briefing': '{}' });
    await mkdir(join(dir, 'app'));
    const argv = ['/opt/Briefwright/briefwright', join(dir, 'app'), '--no-sandbox', '-psn_0_12345', 'harbour.txt', join(dir, 'shared.briefing'), 'missing.pdf', 'harbour.txt'];
    expect(filesFromArgv(argv, dir)).toEqual([join(dir, 'harbour.txt'), join(dir, 'shared.briefing')]);
    expect(filesFromArgv(['/opt/Briefwright/briefwright'], dir)).toEqual([]);
  });
});

describe('opening files from the OS', () => {
  it('adds a shared briefing, imports articles, and reports what could not be opened', async () => {
    const mine = createServices(openLibrary(await mkdtemp(join(tmpdir(), 'briefwright-lib-'))));
    const briefing = await mine.createBriefing({ title: 'Energy brief' });
    const shared = await mine.exportBriefingBundle({ briefingId: briefing.id });
    const dir = await folderWith({ 'harbour.txt': HARBOUR_ARTICLE, 'notes.xyz': 'a format Briefwright does not read', 'broken.briefing': 'not json' });
    await writeFile(join(dir, 'Energy brief.briefing'), shared.data!);

    const theirs = createServices(openLibrary(await mkdtemp(join(tmpdir(), 'briefwright-lib-'))));
    const paths = ['harbour.txt', 'Energy brief.briefing', 'notes.xyz', 'broken.briefing'].map((n) => join(dir, n));
    const opened = await openFiles(paths, theirs);

    expect(opened.briefings).toMatchObject([{ id: briefing.id, title: 'Energy brief' }]);
    expect(opened.openedFiles).toEqual([join(dir, 'Energy brief.briefing')]);
    const byName = Object.fromEntries(opened.outcomes.map((o) => [o.name, o]));
    expect(byName['harbour.txt']).toMatchObject({ ok: true });
    expect(byName['notes.xyz']).toMatchObject({ ok: false, error: { code: 'unsupported-format' } });
    expect(byName['broken.briefing']).toMatchObject({ ok: false, error: { code: 'invalid-file' } });
    expect(await theirs.listArticles({})).toHaveLength(1);
  });
});
