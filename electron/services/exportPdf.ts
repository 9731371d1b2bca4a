import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Briefing } from '../../shared/model/briefing';
import { AppError } from '../../shared/model/errors';
import { docxFileName, renderDocx } from './exportBriefing';
import type { Library } from './library';

export interface PdfOptions {
  /** The LibreOffice command to run; by default `soffice`, then `libreoffice`, looked up on PATH. */
  command?: string;
  timeoutMs?: number;
}

const NO_LIBREOFFICE = 'PDF export needs LibreOffice on this computer; export to Word and save as PDF from Word instead.';

/** The .pdf name that goes with the briefing's .docx name. */
export function pdfFileName(briefing: Briefing): string {
  return docxFileName(briefing).replace(/\.docx$/, '.pdf');
}

function run(command: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: timeoutMs, killSignal: 'SIGKILL' }, (error) => (error ? reject(error) : resolve()));
  });
}

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';

/**
 * Briefing → PDF bytes: the Word export, converted by LibreOffice headless in a fresh profile
 * (so a running LibreOffice or a stale lock never blocks it). Temporary files are removed afterwards.
 */
export async function renderPdf(briefing: Briefing, library?: Library, options: PdfOptions = {}): Promise<Uint8Array> {
  const docx = await renderDocx(briefing, library);
  const dir = await mkdtemp(join(tmpdir(), 'briefwright-pdf-'));
  try {
    await writeFile(join(dir, 'briefing.docx'), docx);
    const args = [
      `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      join(dir, 'out'),
      join(dir, 'briefing.docx'),
    ];
    const timeoutMs = options.timeoutMs ?? 120_000;
    const commands = options.command ? [options.command] : ['soffice', 'libreoffice'];
    for (const [index, command] of commands.entries()) {
      try {
        await run(command, args, timeoutMs);
        break;
      } catch (error) {
        if (isMissing(error)) {
          if (index === commands.length - 1) throw new AppError('unsupported-format', NO_LIBREOFFICE);
          continue;
        }
        if ((error as { killed?: boolean }).killed) throw new AppError('timeout', 'LibreOffice took too long to make the PDF; try again, or export to Word instead.');
        throw new AppError('internal', 'LibreOffice could not turn this briefing into a PDF; export to Word and save as PDF from Word instead.');
      }
    }
    try {
      return new Uint8Array(await readFile(join(dir, 'out', 'briefing.pdf')));
    } catch {
      throw new AppError('internal', 'LibreOffice made no PDF of this briefing; export to Word and save as PDF from Word instead.');
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
