import type { ExportedFile, FilePayload, WordTemplateInfo } from '../../../shared/ipc/contract';
import type { Briefing } from '../../../shared/model/briefing';
import type { ExportOptions } from '../../../shared/model/exportOptions';
import { DEFAULT_EXPORT_OPTIONS } from '../../../shared/model/exportOptions';
import type { Result } from '../../../shared/ipc/result';
import { call } from '../../app/api';
import type { SliceCreator, StoreDeps } from '../../app/store';
import { countBrokenQuotes } from '../briefing/briefingOps';
import type { ClipboardLike } from './copyForEmail';
import { copyForEmail } from './copyForEmail';

/** Where an export run is: shown as progress in the dialog. */
export type ExportStep = 'idle' | 'saving' | 'building' | 'done' | 'failed';

export type ExportSlice = {
  exportDialogOpen: boolean;
  exportStep: ExportStep;
  /** What the last run came to, in the analyst's words ("Saved to …", or why it failed). */
  exportOutcome: string | null;
  showExportDialog: () => void;
  hideExportDialog: () => void;
  /** Changes the briefing's export options (an undoable briefing change, saved like any other). */
  setExportOptions: (patch: Partial<ExportOptions>) => void;
  /** The briefing's own classification marking, printed on the cover and on every page. */
  setClassification: (marking: string) => void;
  exportWord: () => Promise<void>;
  exportMarkdown: () => Promise<void>;
  exportPdf: () => Promise<void>;
  copyForEmail: (clipboard?: ClipboardLike) => Promise<void>;
  /** The organisation Word templates in the library (loaded when the dialog opens). */
  wordTemplates: WordTemplateInfo[];
  /** Why the last Word template upload was refused, in the core's words; null when it was not. */
  wordTemplateError: string | null;
  loadWordTemplates: () => Promise<void>;
  /** Stores a .docx/.dotx in the library and makes it this briefing's template. */
  addWordTemplate: (file: FilePayload) => Promise<void>;
};

/** The options a briefing exports with: its own, else the defaults. */
export function exportOptionsOf(briefing: Briefing | null): ExportOptions {
  return briefing?.exportOptions ?? DEFAULT_EXPORT_OPTIONS;
}

/** The sentence for a failed export; a locked or read-only target gets its own, since the analyst can fix it. */
export function failureText(what: string, result: { code: string; message: string }): string {
  if (result.code === 'file-locked') return `${what} could not be saved: the file is open in another program, locked or read-only. Close it there (or choose another name) and try again. (${result.message})`;
  return `${what} could not be made: ${result.message}`;
}

export const createExportSlice =
  ({ api, autosave, download, groupNextEdit }: StoreDeps): SliceCreator<ExportSlice> =>
  (set, get) => {
    /** Saves, runs the export, and hands over the file: a download in the browser, a saved path on the desktop. */
    const run = async (what: string, exportFile: (briefingId: string) => Promise<Result<ExportedFile>>) => {
      const briefing = get().briefing;
      if (!briefing || get().exporting) return;
      set({ exporting: true, exportStep: 'saving', exportOutcome: null });
      try {
        if (!(await autosave.flush())) {
          set({ exportStep: 'failed', exportOutcome: `${what} was not made because the briefing's latest changes could not be saved.` });
          return;
        }
        set({ exportStep: 'building' });
        const result = await exportFile(briefing.id);
        if (!result.ok) {
          const text = failureText(what, result);
          set({ exportStep: 'failed', exportOutcome: text });
          get().notify('error', text);
          return;
        }
        const file = result.value;
        if (file.canceled) {
          set({ exportStep: 'idle', exportOutcome: 'Export canceled: nothing was saved.' });
          return;
        }
        const broken = countBrokenQuotes(briefing);
        const warning = broken === 0 ? '' : ` ${broken === 1 ? '1 quote' : `${broken} quotes`} no longer ${broken === 1 ? 'matches its' : 'match their'} source: see the flags in the briefing.`;
        const outcome = `${file.data ? `Downloaded ${file.fileName}.` : `Saved to ${file.savedPath}${warning ? '.' : ''}`}${warning}`;
        if (file.data) download(file.fileName, file.data);
        set({ exportStep: 'done', exportOutcome: outcome });
        get().notify('info', outcome);
      } finally {
        set({ exporting: false });
      }
    };

    return {
      exportDialogOpen: false,
      exportStep: 'idle',
      exportOutcome: null,
      showExportDialog: () => set({ exportDialogOpen: true, exportStep: 'idle', exportOutcome: null }),
      hideExportDialog: () => set({ exportDialogOpen: false }),

      setExportOptions: (patch) => {
        const briefing = get().briefing;
        if (!briefing) return;
        const options = { ...exportOptionsOf(briefing), ...patch };
        // Typing in one text field is one undo step; each switch or choice is its own.
        const textKeys = ['preparedBy', 'preparedFor', 'headerText', 'footerText'];
        const keys = Object.keys(patch);
        groupNextEdit(keys.every((k) => textKeys.includes(k)) ? `export:${keys.join(',')}` : null);
        set({ briefing: { ...briefing, exportOptions: options } });
      },

      setClassification: (marking) => {
        const briefing = get().briefing;
        if (!briefing) return;
        groupNextEdit('export:classification');
        // The briefing's own marking governs; an older marking in its options would hide the change, so it goes.
        const exportOptions = briefing.exportOptions ? { ...briefing.exportOptions, classification: '' } : undefined;
        set({ briefing: { ...briefing, classification: marking, ...(exportOptions ? { exportOptions } : {}) } });
      },

      wordTemplates: [],
      wordTemplateError: null,
      loadWordTemplates: async () => {
        const result = await call(api, 'listWordTemplates', {});
        if (result.ok) set({ wordTemplates: result.value });
      },
      addWordTemplate: async (file) => {
        set({ wordTemplateError: null });
        const result = await call(api, 'addWordTemplate', file);
        if (!result.ok) {
          set({ wordTemplateError: result.message });
          return;
        }
        const added = result.value;
        set({ wordTemplates: [...get().wordTemplates.filter((t) => t.id !== added.id), added] });
        get().setExportOptions({ wordTemplateId: added.id });
      },

      exportWord: () => run('The Word file', (briefingId) => call(api, 'exportDocx', { briefingId })),
      exportMarkdown: () => run('The Markdown file', (briefingId) => call(api, 'exportMarkdown', { briefingId })),
      exportPdf: () => run('The PDF', (briefingId) => call(api, 'exportPdf', { briefingId })),

      copyForEmail: async (clipboard) => {
        const briefing = get().briefing;
        if (!briefing) return;
        if (!(await autosave.flush())) {
          get().notify('error', 'The briefing was not copied because its latest changes could not be saved.');
          return;
        }
        const result = await call(api, 'renderEmail', { briefingId: briefing.id });
        if (!result.ok) {
          get().notify('error', `The briefing could not be copied: ${result.message}`);
          return;
        }
        const how = await copyForEmail(result.value, clipboard ?? (navigator.clipboard as ClipboardLike | undefined));
        if (how === 'rich') get().notify('info', 'Copied the briefing for email, formatted: paste it into a new message.');
        else if (how === 'text') get().notify('info', 'Copied the briefing for email as plain text (this browser does not copy formatting).');
        else get().notify('error', 'The clipboard refused the briefing. Allow clipboard access for this page, or use Export Markdown instead.');
      },
    };
  };
