import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HARBOUR_ARTICLE } from '../../test/fixtures/articles';
import { createServices } from '../services/createServices';
import { openLibrary } from '../services/library';
import { newItem } from '../../shared/model/newBriefing';
import type { BundlePreview } from './openPaths';
import { bundleQuestion, filesFromArgv, openFiles } from './openPaths';

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
    const opened = await openFiles(paths, theirs, async () => true);

    expect(opened.briefings).toMatchObject([{ id: briefing.id, title: 'Energy brief' }]);
    expect(opened.openedFiles).toEqual([join(dir, 'Energy brief.briefing')]);
    const byName = Object.fromEntries(opened.outcomes.map((o) => [o.name, o]));
    expect(byName['harbour.txt']).toMatchObject({ ok: true });
    expect(byName['notes.xyz']).toMatchObject({ ok: false, error: { code: 'unsupported-format' } });
    expect(byName['broken.briefing']).toMatchObject({ ok: false, error: { code: 'invalid-file' } });
    expect(await theirs.listArticles({})).toHaveLength(1);
  });
});

describe('a .briefing file opened from the OS (double-click)', () => {
  it('shows what it holds and asks first; declined, nothing is added', async () => {
    const mine = createServices(openLibrary(await mkdtemp(join(tmpdir(), 'briefwright-lib-'))));
    const [harbour] = await mine.importFiles({ files: [{ name: 'harbour.txt', data: new TextEncoder().encode(HARBOUR_ARTICLE) }] });
    if (!harbour.ok) throw new Error('fixture did not import');
    const briefing = await mine.createBriefing({ title: 'Energy brief', date: '2026-03-15' });
    briefing.sections[0].items.push(newItem({ kind: 'note', text: 'A note', source: null }));
    briefing.sections[0].items.push(newItem({ kind: 'excerpt', text: 'The harbour', source: { articleId: harbour.article.id, paragraph: 0, start: 0, end: 11, title: null, publication: null, published: null, url: null } }));
    await mine.saveBriefing({ briefing });
    const shared = await mine.exportBriefingBundle({ briefingId: briefing.id });
    const dir = await folderWith({});
    await writeFile(join(dir, 'Energy brief.briefing'), shared.data!);

    const theirs = createServices(openLibrary(await mkdtemp(join(tmpdir(), 'briefwright-lib-'))));
    const asked: BundlePreview[] = [];
    const declined = await openFiles([join(dir, 'Energy brief.briefing')], theirs, async (preview) => {
      asked.push(preview);
      return false;
    });
    expect(asked).toEqual([
      expect.objectContaining({ fileName: 'Energy brief.briefing', title: 'Energy brief', date: '2026-03-15', itemCount: 2, articleTitles: [expect.stringContaining('Harbour')] }),
    ]);
    expect(declined.briefings).toEqual([]);
    expect(declined.outcomes).toMatchObject([{ name: 'Energy brief.briefing', ok: false, error: { code: 'canceled' } }]);
    expect(await theirs.listBriefings({})).toEqual([]);
    expect(await theirs.listArticles({})).toEqual([]);

    // The question names what will be added, in the analyst's words.
    const question = bundleQuestion(asked[0]);
    expect(question.message).toContain('Energy brief');
    expect(question.detail).toMatch(/2 items.*1 article/s);
    expect(question.buttons[question.defaultId]).toBe('Cancel');

    const accepted = await openFiles([join(dir, 'Energy brief.briefing')], theirs, async () => true);
    expect(accepted.briefings).toMatchObject([{ title: 'Energy brief' }]);
    expect(await theirs.listArticles({})).toHaveLength(1);
  });
});
