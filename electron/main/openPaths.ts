import { statSync } from 'node:fs';
import { basename, extname, isAbsolute, resolve } from 'node:path';
import type { Handlers, ImportOutcome } from '../../shared/ipc/contract';
import type { BriefingSummary } from '../../shared/model/briefing';
import { describeError } from '../../shared/model/errors';
import { BRIEFING_FILE_EXTENSION, MAX_BUNDLE_BYTES } from '../../shared/model/limits';
import { importPaths } from '../services/importPaths';
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

/** Opens files from the OS: `.briefing` files join the library as briefings; everything else is imported as articles. */
export async function openFiles(paths: readonly string[], core: Pick<Handlers, 'importFiles' | 'importBriefingBundle'>): Promise<Opened> {
  const opened: Opened = { briefings: [], outcomes: [], openedFiles: [] };
  for (const path of paths.filter(isBriefingFile)) {
    const name = basename(path);
    try {
      opened.briefings.push(await core.importBriefingBundle({ fileName: name, data: await readCapped(path, MAX_BUNDLE_BYTES) }));
      opened.openedFiles.push(path);
    } catch (error) {
      opened.outcomes.push({ name, ok: false, error: describeError(error) });
    }
  }
  const articles = paths.filter((path) => !isBriefingFile(path));
  opened.outcomes.push(...(await importPaths(articles, (files) => core.importFiles({ files }))));
  return opened;
}
