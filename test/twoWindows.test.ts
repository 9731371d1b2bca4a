import { describe, expect, it } from 'vitest';
import { createServices } from '../electron/services/createServices';
import { openLibrary } from '../electron/services/library';
import type { AppApi } from '../shared/ipc/contract';
import { dispatch } from '../shared/ipc/dispatch';
import { METHOD_NAMES } from '../shared/ipc/methods';
import { newItem } from '../shared/model/newBriefing';
import { createAppStore } from '../renderer/app/store';
import { useTempFolders } from './helpers/tempFolders';

const tempFolder = useTempFolders();

describe('two windows on one briefing', () => {
  it('keeps both analysts’ work: the later save becomes a copy, and that window says so and goes on editing the copy', async () => {
    const root = await tempFolder('briefwright-windows-');
    const core = createServices(openLibrary(root));
    const api = Object.fromEntries(METHOD_NAMES.map((method) => [method, (input: unknown) => dispatch(core, method, input)])) as unknown as AppApi;
    const first = await core.createBriefing({ title: 'Ports' });

    const windowA = createAppStore({ api, saveDelayMs: 10_000 });
    const windowB = createAppStore({ api, saveDelayMs: 10_000 });
    await windowA.getState().openLatestBriefing();
    await windowB.getState().openLatestBriefing();
    const section = first.sections[0].id;
    windowA.getState().addItem(section, newItem({ kind: 'note', text: 'From window A', source: null }));
    windowB.getState().addItem(section, newItem({ kind: 'note', text: 'From window B', source: null }));

    expect(await windowA.getState().flushSave()).toBe(true);
    expect(await windowB.getState().flushSave()).toBe(true);

    const b = windowB.getState();
    expect(b.briefing!.id).not.toBe(first.id);
    expect(b.notice?.text).toMatch(/changed in another window.*Both versions are kept/);
    // B goes on editing its copy; A's version is untouched.
    b.addItem(section, newItem({ kind: 'note', text: 'More from B', source: null }));
    expect(await windowB.getState().flushSave()).toBe(true);
    const notes = async (id: string) => (await core.getBriefing({ id })).sections[0].items.map((item) => item.text);
    expect(await notes(first.id)).toEqual(['From window A']);
    expect(await notes(windowB.getState().briefing!.id)).toEqual(['From window B', 'More from B']);
    expect((await core.listBriefings({})).map((s) => s.title).sort()).toEqual(['Ports', 'Ports (your version)']);

    // Window A, saving again from its own version, has no conflict.
    windowA.getState().addItem(section, newItem({ kind: 'note', text: 'More from A', source: null }));
    expect(await windowA.getState().flushSave()).toBe(true);
    expect(windowA.getState().briefing!.id).toBe(first.id);
    expect(await notes(first.id)).toEqual(['From window A', 'More from A']);
  });
});
