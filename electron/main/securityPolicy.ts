import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { join, normalize, sep } from 'node:path';

/**
 * The security decisions of the desktop app, as plain data and plain functions: they load no Electron
 * at run time, so the tests in test/security check the very values main uses.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'briefwright';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Whether a URL is one of our own pages (the only place the window may go). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** Only web links may be handed to the system browser: no file:, smb:, javascript:, custom schemes. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const { protocol, username, password } = new URL(url);
    return (protocol === 'https:' || protocol === 'http:') && !username && !password;
  } catch {
    return false;
  }
}

/** Every permission a page can ask for (camera, notifications, clipboard read, …) is refused. */
export function decidePermission(): false {
  return false;
}

type SenderFrame = Pick<NonNullable<IpcMainInvokeEvent['senderFrame']>, 'url'>;
/** The parts of an IPC event the sender check reads (plain objects in tests). */
export type SenderEvent = { sender: unknown; senderFrame: SenderFrame | null | undefined };
export type TrustedContents = Pick<WebContents, 'mainFrame'> | null;

/** Only our own page, in the main frame of our own window, may call the core. */
export function isTrustedSender(event: SenderEvent, trusted: () => TrustedContents): boolean {
  const frame = event.senderFrame;
  const contents = trusted();
  if (!frame || !contents || event.sender !== contents || frame !== contents.mainFrame) return false;
  return isAppUrl(frame.url);
}

/**
 * The file inside the built renderer that an `app://briefwright/…` URL names, or null for any URL
 * that is not ours or that tries to climb out of the folder (`..`, encoded or not).
 */
export function resolveAppPath(rendererDir: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(parsed.pathname === '/' ? '/index.html' : parsed.pathname);
  } catch {
    return null;
  }
  // A backslash is a folder separator on Windows: no file of ours has one, so it is refused everywhere.
  if (relative.includes('\0') || relative.includes('\\')) return null;
  const root = normalize(rendererDir);
  const file = normalize(join(root, relative));
  return file.startsWith(root.endsWith(sep) ? root : root + sep) ? file : null;
}
