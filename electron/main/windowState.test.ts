import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fitToDisplays, loadWindowState, saveWindowState, windowStateFile } from './windowState';

const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const monitor = { x: 1440, y: 0, width: 2560, height: 1415 };

describe('the remembered window', () => {
  it('comes back where and as large as it was', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'briefwright-window-'));
    const file = windowStateFile(dir);
    expect(await loadWindowState(file)).toBeNull();
    await saveWindowState(file, { x: 1600, y: 40, width: 1500, height: 1000, maximized: false, fullScreen: false });
    expect(await loadWindowState(file)).toEqual({ x: 1600, y: 40, width: 1500, height: 1000, maximized: false, fullScreen: false });
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('opens at its default place when the saved file is damaged', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'briefwright-window-'));
    const file = windowStateFile(dir);
    await writeFile(file, '{"x": 10, "y": ');
    expect(await loadWindowState(file)).toBeNull();
    await writeFile(file, JSON.stringify({ x: 0, y: 0, width: -5, height: 1e9 }));
    expect(await loadWindowState(file)).toBeNull();
  });

  it('keeps its place on a screen that is still there', () => {
    const fitted = fitToDisplays({ x: 1600, y: 40, width: 1500, height: 1000, maximized: true, fullScreen: false }, [laptop, monitor]);
    expect(fitted).toEqual({ bounds: { x: 1600, y: 40, width: 1500, height: 1000 }, maximized: true, fullScreen: false });
  });

  it('is put back on screen, at a size that fits, when its monitor has been unplugged', () => {
    const fitted = fitToDisplays({ x: 1600, y: 40, width: 2400, height: 1300, maximized: false, fullScreen: false }, [laptop]);
    expect(fitted.bounds).toEqual({ width: 1440, height: 875 });
  });

  it('is not left with only a sliver of title bar on screen', () => {
    expect(fitToDisplays({ x: 1420, y: 100, width: 800, height: 600, maximized: false, fullScreen: false }, [laptop]).bounds).toEqual({ width: 800, height: 600 });
    expect(fitToDisplays({ x: 200, y: -30, width: 800, height: 600, maximized: false, fullScreen: false }, [laptop]).bounds).toEqual({ x: 200, y: -30, width: 800, height: 600 });
  });
});
