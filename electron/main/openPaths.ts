import { statSync } from 'node:fs';
import { basename, extname, isAbsolute, resolve } from 'node:path';
import type { Handlers, ImportOutcome } from '../../shared/ipc/contract';
import type { BriefingSummary } from '../../shared/model/briefing';
import { describeError } from '../../shared/model/errors';
import { BRIEFING_FILE_EXTENSION, MAX_BUNDLE_BYTES } from '../../shared/model/limits';
import { parseBundle } from '../services/briefingBundle';
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

/** What a `.briefing` file holds, shown to the analyst before anything is added to the library. */
export interface BundlePreview {
  fileName: string;
  title: string;
  date: string;
  sectionCount: number;
  itemCount: number;
  articleTitles: string[];
}

export function previewBundle(fileName: string, bytes: Uint8Array): BundlePreview {
  const { briefing, articles } = parseBundle(fileName, bytes);
  return {
    fileName,
    title: briefing.title,
    date: briefing.date,
    sectionCount: briefing.sections.length,
    itemCount: briefing.sections.reduce((n, s) => n + s.items.length, 0),
    articleTitles: articles.map((a) => a.title ?? a.source.fileName),
  };
}

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** The question the desktop asks before adding a shared briefing: what it holds, and Cancel as the default. */
export function bundleQuestion(preview: BundlePreview): { message: string; detail: string; buttons: string[]; defaultId: number; cancelId: number } {
  const shown = preview.articleTitles.slice(0, 8).map((t) => `• ${t.slice(0, 120)}`);
  const more = preview.articleTitles.length > shown.length ? [`… and ${count(preview.articleTitles.length - shown.length, 'more article')}`] : [];
  return {
    message: `Add the shared briefing “${preview.title.slice(0, 200)}” to your library?`,
    detail: [
      `From “${preview.fileName}”, dated ${preview.date}: ${count(preview.sectionCount, 'section')}, ${count(preview.itemCount, 'item')}, quoting ${count(preview.articleTitles.length, 'article')}.`,
      ...(shown.length ? ['', ...shown, ...more] : []),
      '',
      'Only add briefings from people you trust: its articles are added to your library too.',
    ].join('\n'),
    buttons: ['Add to library', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
  };
}

/**
 * Opens files from the OS: `.briefing` files join the library as briefings once the analyst has seen what each
 * holds and said yes (`confirm`); everything else is imported as articles.
 */
export async function openFiles(
  paths: readonly string[],
  core: Pick<Handlers, 'importFiles' | 'importBriefingBundle'>,
  confirm: (preview: BundlePreview) => Promise<boolean>,
): Promise<Opened> {
  const opened: Opened = { briefings: [], outcomes: [], openedFiles: [] };
  for (const path of paths.filter(isBriefingFile)) {
    const name = basename(path);
    try {
      const data = await readCapped(path, MAX_BUNDLE_BYTES);
      if (!(await confirm(previewBundle(name, data)))) {
        opened.outcomes.push({ name, ok: false, error: { code: 'canceled', message: `“${name}” was not added.` } });
        continue;
      }
      opened.briefings.push(await core.importBriefingBundle({ fileName: name, data }));
      opened.openedFiles.push(path);
    } catch (error) {
      opened.outcomes.push({ name, ok: false, error: describeError(error) });
    }
  }
  const articles = paths.filter((path) => !isBriefingFile(path));
  opened.outcomes.push(...(await importPaths(articles, (files) => core.importFiles({ files }))));
  return opened;
}
