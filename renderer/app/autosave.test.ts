import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Briefing } from '../../shared/model/briefing';
import { newBriefing } from '../../shared/model/newBriefing';
import type { Result } from '../../shared/ipc/result';
import type { SaveStatus } from './autosave';
import { createAutosave } from './autosave';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup(answer: () => Promise<Result<unknown>> = async () => ({ ok: true, value: null })) {
  let current: Briefing = newBriefing({ title: 'A' });
  const saved: Briefing[] = [];
  const statuses: SaveStatus[] = [];
  const autosave = createAutosave({
    read: () => current,
    save: async (briefing) => {
      saved.push(briefing);
      return answer();
    },
    onStatus: (status) => statuses.push(status),
    delayMs: 500,
  });
  autosave.markSaved(current);
  const edit = (title: string) => {
    current = { ...current, title };
    autosave.changed();
  };
  return { autosave, saved, statuses, edit, get current() { return current; } };
}

describe('autosave', () => {
  it('waits for a pause of 500 ms and saves only the latest state', async () => {
    const t = setup();
    t.edit('AB');
    await vi.advanceTimersByTimeAsync(300);
    t.edit('ABC');
    await vi.advanceTimersByTimeAsync(300);
    expect(t.saved).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(250);
    expect(t.saved.map((b) => b.title)).toEqual(['ABC']);
    expect(t.statuses.at(-1)).toBe('saved');
  });

  it('does not save what is already saved', async () => {
    const t = setup();
    t.autosave.changed();
    await vi.advanceTimersByTimeAsync(1000);
    expect(t.saved).toHaveLength(0);
  });

  it('flush saves at once, and a change made during a save is saved after it', async () => {
    let release: () => void = () => {};
    const t = setup(() => new Promise((resolve) => (release = () => resolve({ ok: true, value: null }))));
    t.edit('first');
    const flushed = t.autosave.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(t.saved.map((b) => b.title)).toEqual(['first']);
    t.edit('second');
    const second = t.autosave.flush();
    release();
    await vi.advanceTimersByTimeAsync(0);
    release();
    expect(await flushed).toBe(true);
    expect(await second).toBe(true);
    expect(t.saved.map((b) => b.title)).toEqual(['first', 'second']);
  });

  it('keeps a change pending when the save fails, and says so', async () => {
    let fail = true;
    const t = setup(async () => (fail ? { ok: false, code: 'file-locked', message: 'Locked.' } : { ok: true, value: null }));
    t.edit('B');
    expect(await t.autosave.flush()).toBe(false);
    expect(t.statuses.at(-1)).toBe('error');
    fail = false;
    expect(await t.autosave.flush()).toBe(true);
    expect(t.saved.map((b) => b.title)).toEqual(['B', 'B']);
    expect(t.statuses.at(-1)).toBe('saved');
  });
});
