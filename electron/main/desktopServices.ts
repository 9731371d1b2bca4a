import type { BrowserWindow } from 'electron';
import { dialog } from 'electron';
import { join } from 'node:path';
import type { Handlers } from '../../shared/ipc/contract';
import { writeFileAtomic } from '../services/atomicWrite';
import { docxFileName, renderDocx } from '../services/exportBriefing';
import type { Library } from '../services/library';

/** The desktop's differences from the shared core: export goes through a save dialog and is written here. */
export function withDesktopExport(handlers: Handlers, library: Library, window: () => BrowserWindow | null, documentsDir: string): Handlers {
  return {
    ...handlers,
    async exportDocx({ briefingId }) {
      const briefing = await library.briefings.get(briefingId);
      const fileName = docxFileName(briefing);
      const owner = window();
      const options = { defaultPath: join(documentsDir, fileName), filters: [{ name: 'Word document', extensions: ['docx'] }] };
      const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { fileName, data: null, savedPath: null, canceled: true };
      await writeFileAtomic(choice.filePath, await renderDocx(briefing));
      return { fileName, data: null, savedPath: choice.filePath, canceled: false };
    },
  };
}
