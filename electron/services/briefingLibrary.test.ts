import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../shared/ipc/dispatch';
import { newItem } from '../../shared/model/newBriefing';
import { todayIso } from '../../shared/model/newBriefing';
import { createServices } from './createServices';
import { openLibrary } from './library';

async function freshCore() {
  const root = await mkdtemp(join(tmpdir(), 'briefwright-lib-'));
  return { root, core: createServices(openLibrary(root)) };
}

describe('the library of briefings', () => {
  it('duplicates a briefing under a new id and a "(copy)" title', async () => {
    const { core } = await freshCore();
    const original = await core.createBriefing({ title: 'Morning brief', date: '2026-11-24' });
    const copy = await core.duplicateBriefing({ id: original.id });
    expect(copy.id).not.toBe(original.id);
    expect(copy.title).toBe('Morning brief (copy)');
    expect((await core.listBriefings({})).map((b) => b.title).sort()).toEqual(['Morning brief', 'Morning brief (copy)']);
  });

  it('moves a deleted briefing to the trash, whole, and restores it exactly', async () => {
    const { root, core } = await freshCore();
    const briefing = await core.createBriefing({ title: 'Tuesday', date: '2026-11-24' });
    const before = await readFile(join(root, 'briefings', `${briefing.id}.json`), 'utf8');
    const deletedFrom = Date.now();
    expect(await core.deleteBriefing({ id: briefing.id })).toEqual({ deleted: true });
    expect(await core.listBriefings({})).toEqual([]);
    const trash = await core.listTrash({});
    expect(trash).toMatchObject([{ id: briefing.id, title: 'Tuesday' }]);
    expect(Date.parse(trash[0].deletedAt)).toBeGreaterThanOrEqual(deletedFrom);
    expect(Date.parse(trash[0].deletedAt)).toBeLessThanOrEqual(Date.now());
    expect(await readFile(join(root, 'trash', 'briefings', `${briefing.id}.json`), 'utf8')).toBe(before);

    expect(await core.restoreBriefing({ id: briefing.id })).toMatchObject({ id: briefing.id, title: 'Tuesday' });
    expect(await core.listTrash({})).toEqual([]);
    expect(await readFile(join(root, 'briefings', `${briefing.id}.json`), 'utf8')).toBe(before);
    expect(await core.deleteBriefing({ id: 'brf_missing' })).toEqual({ deleted: false });
  });

  it('empties the trash for good', async () => {
    const { root, core } = await freshCore();
    for (const title of ['One', 'Two']) await core.deleteBriefing({ id: (await core.createBriefing({ title })).id });
    expect(await core.emptyTrash({})).toEqual({ removed: 2 });
    expect(await core.listTrash({})).toEqual([]);
    expect(await readdir(join(root, 'trash', 'briefings'))).toEqual([]);
  });

  it('says so in plain words when a briefing to restore is not in the trash', async () => {
    const { core } = await freshCore();
    const answer = await dispatch(core, 'restoreBriefing', { id: 'brf_gone' });
    expect(answer).toMatchObject({ ok: false, code: 'not-found' });
  });

  it('starts from yesterday: same sections, today in the title, chosen items carried', async () => {
    const { core } = await freshCore();
    const older = await core.createBriefing({ title: 'Brief 2026-11-20', date: '2026-11-20' });
    const latest = await core.createBriefing({ title: 'Brief 2026-11-24', date: '2026-11-24' });
    const carried = newItem({ kind: 'note', text: 'Vote due Friday', source: null });
    const dropped = newItem({ kind: 'note', text: 'Old', source: null });
    latest.sections = [{ ...latest.sections[0], title: 'Markets', items: [carried, dropped] }, { ...latest.sections[0], id: 'sec_2', title: 'Politics', items: [] }];
    await core.saveBriefing({ briefing: latest });

    const today = todayIso();
    const next = await core.createBriefingFromPrevious({ carryItemIds: [carried.id] });
    expect(next.title).toBe(`Brief ${today}`);
    expect(next.date).toBe(today);
    expect(next.sections.map((s) => s.title)).toEqual(['Markets', 'Politics']);
    expect(next.sections[0].items.map((i) => i.text)).toEqual(['Vote due Friday']);
    expect(await core.getBriefing({ id: next.id })).toEqual(next);
    expect(older.id).not.toBe(next.id);

    const empty = await core.createBriefingFromPrevious({});
    expect(empty.sections.flatMap((s) => s.items)).toEqual([]);
  });

  it('cannot start from yesterday in an empty library', async () => {
    const { core } = await freshCore();
    expect(await dispatch(core, 'createBriefingFromPrevious', {})).toMatchObject({ ok: false, code: 'not-found' });
  });
});
