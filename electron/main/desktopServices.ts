import type { BrowserWindow, SaveDialogOptions } from 'electron';
import { dialog } from 'electron';
import { join } from 'node:path';
import type { ExportedFile, Handlers } from '../../shared/ipc/contract';
import { writeFileAtomic } from '../services/atomicWrite';
import { BRIEFING_FILE_EXTENSION } from '../../shared/model/limits';
import { exportBundle } from '../services/briefingBundle';
import { briefingOf, docxFileName, renderDocx } from '../services/exportBriefing';
import { pdfFileName, renderPdf } from '../services/exportPdf';
import type { Library } from '../services/library';
import { markdownFile } from '../services/textExports';

export interface DesktopExportOptions {
  window: () => BrowserWindow | null;
  documentsDir: string;
  /** A file the analyst saved (for the OS's recent documents). */
  onSaved?: (path: string) => void;
}

/** Asks where to save through the native dialog, then writes the file atomically; nothing is rendered if the analyst cancels. */
async function saveThroughDialog(
  fileName: string,
  filter: { name: string; extensions: string[] },
  bytes: () => Promise<Uint8Array>,
  options: DesktopExportOptions,
): Promise<ExportedFile> {
  const owner = options.window();
  const dialogOptions: SaveDialogOptions = { defaultPath: join(options.documentsDir, fileName), filters: [filter] };
  const choice = owner ? await dialog.showSaveDialog(owner, dialogOptions) : await dialog.showSaveDialog(dialogOptions);
  if (choice.canceled || !choice.filePath) return { fileName, data: null, savedPath: null, canceled: true };
  // A file open in Word, locked or read-only answers `file-locked` with a sentence the analyst can act on.
  await writeFileAtomic(choice.filePath, await bytes());
  options.onSaved?.(choice.filePath);
  return { fileName, data: null, savedPath: choice.filePath, canceled: false };
}

/** The desktop's differences from the shared core: exports go through a save dialog and are written here. */
export function withDesktopExport(handlers: Handlers, library: Library, options: DesktopExportOptions): Handlers {
  return {
    ...handlers,
    async exportDocx(ref) {
      const briefing = await briefingOf(library, ref);
      return saveThroughDialog(docxFileName(briefing), { name: 'Word document', extensions: ['docx'] }, () => renderDocx(briefing, library), options);
    },
    async exportBriefingBundle({ briefingId }) {
      const file = await exportBundle(library, briefingId);
      return saveThroughDialog(file.fileName, { name: 'Briefwright briefing', extensions: [BRIEFING_FILE_EXTENSION] }, async () => file.bytes, options);
    },
    async exportMarkdown(ref) {
      const file = markdownFile(await briefingOf(library, ref));
      return saveThroughDialog(file.fileName, { name: 'Markdown', extensions: ['md'] }, async () => file.bytes, options);
    },
    async exportPdf(ref) {
      const briefing = await briefingOf(library, ref);
      return saveThroughDialog(pdfFileName(briefing), { name: 'PDF document', extensions: ['pdf'] }, () => renderPdf(briefing, library), options);
    },
  };
}
