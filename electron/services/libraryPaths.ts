import { homedir } from 'node:os';
import { join } from 'node:path';

export const PRODUCT_NAME = 'Briefwright';

/**
 * The per-user data folder Electron calls `userData` for this app, computed without Electron so the
 * CLI and the browser host find the same library as the desktop app.
 */
export function userDataFolder(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), PRODUCT_NAME);
}

/**
 * The library folder, the same rule for every front door: `$BRIEFWRIGHT_HOME` when set, else
 * `<userData>/library` — Electron's own `userData` in the app, the same folder computed here elsewhere.
 */
export function libraryFolder(env: NodeJS.ProcessEnv = process.env, userData: string = userDataFolder(env)): string {
  return env.BRIEFWRIGHT_HOME ? env.BRIEFWRIGHT_HOME : join(userData, 'library');
}
