import { readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { Handlers } from '../../shared/ipc/contract';
import type { Settings } from '../../shared/model/settings';
import { DEFAULT_SETTINGS, SettingsSchema } from '../../shared/model/settings';
import { writeFileAtomic } from './atomicWrite';
import type { Library } from './library';

const settingsFile = (library: Library) => join(library.root, 'settings.json');

/** The organisation's settings; a file that fails validation is moved aside (never overwritten) and the defaults apply. */
export async function readSettings(library: Library): Promise<Settings> {
  const file = settingsFile(library);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return DEFAULT_SETTINGS;
  }
  let parsed;
  try {
    parsed = SettingsSchema.safeParse(JSON.parse(text));
  } catch {
    parsed = null;
  }
  if (parsed?.success) return parsed.data;
  await rename(file, `${file}.unreadable-${Date.now()}`).catch(() => undefined);
  return DEFAULT_SETTINGS;
}

export function settingsHandlers(library: Library): Pick<Handlers, 'getSettings' | 'saveSettings'> {
  return {
    getSettings: () => readSettings(library),
    async saveSettings({ settings }) {
      const next = SettingsSchema.parse({ ...(await readSettings(library)), ...settings });
      await writeFileAtomic(settingsFile(library), `${JSON.stringify(next, null, 1)}\n`);
      return next;
    },
  };
}
