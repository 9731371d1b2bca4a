import type { TemplateDraft } from '../../../shared/ipc/contract';
import type { Template, TemplateSummary } from '../../../shared/model/template';
import { call } from '../../app/api';
import { attempt as coreAttempt, saveFirst as saveOpenBriefing } from '../../app/coreCalls';
import type { SliceCreator, StoreDeps } from '../../app/store';

export type TemplatesSlice = {
  /** Whether the template manager is open. */
  templatesOpen: boolean;
  /** Built-in templates first, then the analyst's own by name. */
  templateList: TemplateSummary[];
  /** Why the last template file could not be imported; cleared by the next import. */
  templateImportError: string | null;
  showTemplates: () => void;
  hideTemplates: () => void;
  refreshTemplates: () => Promise<void>;
  /** Saves the open briefing, makes a new one from the template and shows it in the Briefing pane. */
  startFromTemplate: (templateId: string, date?: string) => Promise<boolean>;
  /** The open briefing's sections, marking and export style as a new template. */
  saveBriefingAsTemplate: (name: string) => Promise<boolean>;
  renameTemplate: (id: string, name: string) => Promise<boolean>;
  duplicateTemplate: (id: string) => Promise<boolean>;
  deleteTemplate: (id: string) => Promise<boolean>;
  /** Hands the template to the analyst as a .json file. */
  exportTemplate: (id: string) => Promise<void>;
  /** A colleague's template file: checked by the core; a bad file says why and changes nothing. */
  importTemplateFile: (file: File) => Promise<boolean>;
  /** The whole template, for the editor. */
  loadTemplate: (id: string) => Promise<Template | null>;
  /** Saves an edited template; answers the saved one, or the core's reason it could not be saved. */
  saveTemplateEdits: (template: TemplateDraft) => Promise<{ ok: true; template: Template } | { ok: false; message: string }>;
};

export const createTemplatesSlice =
  ({ api, autosave, download }: StoreDeps): SliceCreator<TemplatesSlice> =>
  (set, get) => {
    const attempt = <T>(what: string, run: () => Promise<{ ok: true; value: T } | { ok: false; message: string }>) => coreAttempt(get().notify, what, run);

    const saveFirst = () => saveOpenBriefing(autosave, get().notify);

    const refresh = async () => {
      const list = await call(api, 'listTemplates', {});
      if (list.ok) set({ templateList: list.value });
      else get().notify('error', `The templates could not be listed: ${list.message}`);
    };

    const nameOf = (id: string) => get().templateList.find((t) => t.id === id)?.name ?? 'The template';

    return {
      templatesOpen: false,
      templateList: [],
      templateImportError: null,

      showTemplates: () => {
        set({ templatesOpen: true, templateImportError: null });
        void refresh();
      },
      hideTemplates: () => set({ templatesOpen: false, templateImportError: null }),
      refreshTemplates: refresh,

      startFromTemplate: async (templateId, date) => {
        if (!(await saveFirst())) return false;
        const created = await attempt('The briefing could not be made from the template', () =>
          call(api, 'createBriefingFromTemplate', date ? { templateId, date } : { templateId }),
        );
        if (!created) return false;
        get().showBriefing(created);
        set({ templatesOpen: false });
        get().notify('info', `Started “${created.title}” from the template “${nameOf(templateId)}”.`);
        return true;
      },

      saveBriefingAsTemplate: async (name) => {
        const briefing = get().briefing;
        if (!briefing || !(await saveFirst())) return false;
        const template = await attempt('The briefing could not be saved as a template', () => call(api, 'saveBriefingAsTemplate', { briefingId: briefing.id, name }));
        if (!template) return false;
        await refresh();
        get().notify('info', `Saved the template “${template.name}”.`);
        return true;
      },

      renameTemplate: async (id, name) => {
        const template = await attempt('The template could not be renamed', () => call(api, 'getTemplate', { id }));
        if (!template) return false;
        const saved = await attempt('The template could not be renamed', () => call(api, 'saveTemplate', { template: { ...template, name } }));
        if (!saved) return false;
        await refresh();
        return true;
      },

      duplicateTemplate: async (id) => {
        const copy = await attempt('The template could not be copied', () => call(api, 'duplicateTemplate', { id }));
        if (!copy) return false;
        await refresh();
        get().notify('info', `Made a copy: “${copy.name}”.`);
        return true;
      },

      deleteTemplate: async (id) => {
        const name = nameOf(id);
        const done = await attempt('The template could not be deleted', () => call(api, 'deleteTemplate', { id }));
        if (!done) return false;
        await refresh();
        get().notify('info', `Deleted the template “${name}”.`);
        return true;
      },

      exportTemplate: async (id) => {
        const file = await attempt('The template could not be exported', () => call(api, 'exportTemplate', { id }));
        if (!file) return;
        download(file.fileName, new TextEncoder().encode(file.data));
        get().notify('info', `Downloaded ${file.fileName}.`);
      },

      importTemplateFile: async (file) => {
        set({ templateImportError: null });
        let text: string;
        try {
          text = await file.text();
        } catch {
          set({ templateImportError: `“${file.name}” could not be read. Try choosing it again.` });
          return false;
        }
        const result = await call(api, 'importTemplate', { fileName: file.name, text });
        if (!result.ok) {
          set({ templateImportError: `“${file.name}” was not imported. ${result.message}` });
          return false;
        }
        await refresh();
        get().notify('info', `Imported the template “${result.value.name}”.`);
        return true;
      },

      loadTemplate: (id) => attempt('The template could not be opened', () => call(api, 'getTemplate', { id })),

      saveTemplateEdits: async (template) => {
        const result = await call(api, 'saveTemplate', { template });
        if (!result.ok) return { ok: false, message: result.message };
        await refresh();
        get().notify('info', `Saved the template “${result.value.name}”.`);
        return { ok: true, template: result.value };
      },
    };
  };
