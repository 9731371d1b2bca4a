import { statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname, isAbsolute, resolve } from 'node:path';
import type { Handlers, ImportOutcome } from '../../shared/ipc/contract';
import type { BriefingSummary } from '../../shared/model/briefing';
import { AppError, describeError } from '../../shared/model/errors';
import { BRIEFING_FILE_EXTENSION, MAX_BUNDLE_BYTES, MAX_IMPORT_BYTES } from '../../shared/model/limits';
import { readCapped } from '../services/readCapped';

/**
 * The files named on a command line: a double-clicked `.briefing`, articles dropped on the app's icon,
 * `briefwright report.pdf`, or a second launch's arguments. Flags (`--no-sandbox`, `-psn_…`) and
 * folders (the app folder in development) are not files to open.
 */
export function filesFromArgv(argv: readonly string[], cwd: string): string[] {
  const files: string[] = [];
  for (const arg of argv.slice(1)) {
    if (!arg || arg.startsWith('-')) continue;
    const path = isAbsolute(arg) ? arg : resolve(cwd, arg);
    try {
      if (statSync(path).isFile() && !files.includes(path)) files.push(path);
    } catch {
      /* not a path */
    }
  }
  return files;
}

export function isBriefingFile(path: string): boolean {
  return extname(path).toLowerCase() === `.${BRIEFING_FILE_EXTENSION}`;
}

export interface Opened {
  /** Briefings from `.briefing` files, now in the library. */
  briefings: BriefingSummary[];
  /** One outcome per article file, and one failure per `.briefing` file that could not be opened. */
  outcomes: ImportOutcome[];
  /** The `.briefing` files that opened, for the OS's recent documents. */
  openedFiles: string[];
}

const failed = (name: string, error: unknown): ImportOutcome => ({ name, ok: false, error: describeError(error) });

/** Opens files from the OS: `.briefing` files join the library as briefings; everything else is imported as articles. */
export async function openFiles(paths: readonly string[], core: Pick<Handlers, 'importFiles' | 'importBriefingBundle'>): Promise<Opened> {
  const opened: Opened = { briefings: [], outcomes: [], openedFiles: [] };
  const articles: { name: string; data: Uint8Array }[] = [];
  for (const path of paths) {
    const name = basename(path);
    try {
      if (isBriefingFile(path)) {
        const data = await readCapped(path, MAX_BUNDLE_BYTES);
        opened.briefings.push(await core.importBriefingBundle({ fileName: name, data }));
        opened.openedFiles.push(path);
      } else {
        articles.push({ name, data: await readCapped(path, MAX_IMPORT_BYTES) });
      }
    } catch (error) {
      opened.outcomes.push(failed(name, error));
    }
  }
  // A handful at a time, so a folder's worth of PDFs does not sit in memory at once.
  for (let i = 0; i < articles.length; i += 10) opened.outcomes.push(...(await core.importFiles({ files: articles.slice(i, i + 10) })));
  return opened;
}
