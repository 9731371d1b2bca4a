import type { Handlers } from '../../shared/ipc/contract';
import { AppError } from '../../shared/model/errors';
import { briefingFromTemplate } from '../../shared/templates/briefingFromTemplate';
import { placeSuggestions } from '../../shared/templates/placeSuggestions';
import { templateFromBriefing } from '../../shared/templates/templateFromBriefing';
import type { Library } from './library';
import { asNewTemplate, TemplateStore } from './templates';

type TemplateMethods =
  | 'listTemplates'
  | 'getTemplate'
  | 'saveTemplate'
  | 'deleteTemplate'
  | 'duplicateTemplate'
  | 'importTemplate'
  | 'exportTemplate'
  | 'createBriefingFromTemplate'
  | 'saveBriefingAsTemplate'
  | 'autoPlaceSuggestions';

/** The template methods of the contract, over the library's templates and briefings. */
export function templateHandlers(library: Library, templates = new TemplateStore(library.root)): Pick<Handlers, TemplateMethods> {
  return {
    async listTemplates() {
      return templates.list();
    },
    async getTemplate(which) {
      return 'name' in which ? templates.find(which.name) : templates.get(which.id);
    },
    async saveTemplate({ template }) {
      return templates.save(template);
    },
    async deleteTemplate({ id }) {
      return { deleted: await templates.remove(id) };
    },
    async duplicateTemplate({ id, name }) {
      return templates.duplicate(id, name);
    },
    async importTemplate({ fileName, data, text }) {
      if (/\.(docx|dotx|doc|pdf|txt|html?)$/i.test(fileName)) {
        throw new AppError('invalid-file', `“${fileName}” is not a Briefwright template. Choose a template file exported from Briefwright (.json).`);
      }
      return templates.importText(text ?? new TextDecoder().decode(data));
    },
    async exportTemplate({ id }) {
      const file = await templates.exportFile(id);
      return { fileName: file.fileName, data: file.text };
    },
    async createBriefingFromTemplate({ templateId, title, date }) {
      const briefing = briefingFromTemplate(await templates.get(templateId), { title, date });
      await library.briefings.write(briefing);
      return briefing;
    },
    async saveBriefingAsTemplate({ briefingId, name }) {
      const briefing = await library.briefings.get(briefingId);
      const basis = briefing.templateId ? await templates.get(briefing.templateId).catch(() => null) : null;
      return templates.save(asNewTemplate(templateFromBriefing(briefing, { name, basis })));
    },
    async autoPlaceSuggestions({ briefingId, articleIds, minConfidence }) {
      const briefing = await library.briefings.get(briefingId);
      const articles = await Promise.all(articleIds.map((id) => library.articles.get(id)));
      const placement = placeSuggestions(briefing, articles, { minConfidence });
      const saved = { ...placement.briefing, updatedAt: new Date().toISOString() };
      await library.briefings.write(saved);
      return { ...placement, briefing: saved };
    },
  };
}
