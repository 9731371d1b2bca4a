import { describe, expect, it } from 'vitest';
import { dispatch } from '../../shared/ipc/dispatch';
import { newItem } from '../../shared/model/newBriefing';
import { createServices } from './createServices';
import { openLibrary } from './library';
import { useTempFolders } from '../../test/helpers/tempFolders';

const tempFolder = useTempFolders();

describe('two windows editing one briefing', () => {
  it('reports a conflict to the later save and keeps both versions', async () => {
    const root = await tempFolder('briefwright-conflict-');
    const core = createServices(openLibrary(root));
    const opened = await core.createBriefing({ title: 'Ports' });
    // Both windows open the same version.
    const windowA = structuredClone(opened);
    const windowB = structuredClone(opened);
    windowA.sections[0].items.push(newItem({ kind: 'note', text: 'Written in window A', source: null }));
    windowB.sections[0].items.push(newItem({ kind: 'note', text: 'Written in window B', source: null }));

    const first = await dispatch(core, 'saveBriefing', { briefing: windowA, baseUpdatedAt: opened.updatedAt });
    expect(first).toMatchObject({ ok: true, value: { id: opened.id } });
    expect((first as { value: { conflict?: unknown } }).value.conflict).toBeUndefined();

    const second = await dispatch(core, 'saveBriefing', { briefing: windowB, baseUpdatedAt: opened.updatedAt });
    expect(second).toMatchObject({ ok: true, value: { conflict: { current: { id: opened.id }, copy: { title: expect.stringContaining('Ports') } } } });
    const { conflict } = (second as { value: { conflict: { copy: { id: string } } } }).value;
    expect(conflict.copy.id).not.toBe(opened.id);

    const notes = async (id: string) => (await core.getBriefing({ id })).sections[0].items.map((item) => item.text);
    expect(await notes(opened.id)).toEqual(['Written in window A']);
    expect(await notes(conflict.copy.id)).toEqual(['Written in window B']);
    expect(await core.listBriefings({})).toHaveLength(2);

    // Window A goes on saving from the version it wrote; that is not a conflict.
    const afterFirst = (first as { value: { updatedAt: string } }).value.updatedAt;
    windowA.sections[0].items.push(newItem({ kind: 'note', text: 'More from A', source: null }));
    expect(await dispatch(core, 'saveBriefing', { briefing: windowA, baseUpdatedAt: afterFirst })).toMatchObject({ ok: true, value: { id: opened.id } });
    expect(await notes(opened.id)).toEqual(['Written in window A', 'More from A']);
  });

  it('gives one of two saves racing from the same version the conflict, never both the win', async () => {
    const root = await tempFolder('briefwright-conflict-');
    const core = createServices(openLibrary(root));
    const opened = await core.createBriefing({ title: 'Race' });
    const results = await Promise.all(
      ['A', 'B', 'C'].map((who) =>
        dispatch(core, 'saveBriefing', { briefing: { ...opened, title: `Race ${who}` }, baseUpdatedAt: opened.updatedAt }),
      ),
    );
    const conflicts = results.filter((r) => r.ok && (r.value as { conflict?: unknown }).conflict);
    expect(conflicts).toHaveLength(2);
    expect(await core.listBriefings({})).toHaveLength(3);
  });
});
