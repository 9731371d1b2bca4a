import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../services/atomicWrite';

/** Where and how large the window was when it was last closed, kept in `userData/window-state.json`. */
const WindowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(200).max(20_000),
  height: z.number().int().min(150).max(20_000),
  maximized: z.boolean().default(false),
  fullScreen: z.boolean().default(false),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

export type Rect = { x: number; y: number; width: number; height: number };

export function windowStateFile(userData: string): string {
  return join(userData, 'window-state.json');
}

/** The saved state, or null when there is none or it is unreadable (then the window opens at its default place). */
export async function loadWindowState(file: string): Promise<WindowState | null> {
  try {
    const parsed = WindowStateSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function saveWindowState(file: string, state: WindowState): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify(WindowStateSchema.parse(state))}\n`);
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * The bounds to open with, given the screens there are now: the saved place when enough of it is on a
 * screen (a monitor may have been unplugged since), else the saved size — shrunk to the largest
 * screen — left for the OS to place.
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Rect[]): { bounds: Partial<Rect> & { width: number; height: number }; maximized: boolean; fullScreen: boolean } {
  const largest = workAreas.reduce<Rect | null>((best, area) => (!best || area.width * area.height > best.width * best.height ? area : best), null);
  const width = largest ? Math.min(state.width, largest.width) : state.width;
  const height = largest ? Math.min(state.height, largest.height) : state.height;
  const rect = { x: state.x, y: state.y, width, height };
  // A title bar's worth must be reachable: at least 100 × 40 pixels of the window on one screen.
  const visible = workAreas.some((area) => overlap({ ...rect, height: Math.min(rect.height, 40) }, area) >= 100 * Math.min(40, rect.height));
  return { bounds: visible ? rect : { width, height }, maximized: state.maximized, fullScreen: state.fullScreen };
}
