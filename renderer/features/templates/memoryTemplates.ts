import type { Handlers } from '../../../shared/ipc/contract';
import type { Briefing } from '../../../shared/model/briefing';
import { AppError } from '../../../shared/model/errors';
import { newId } from '../../../shared/model/hash';
import type { Template } from '../../../shared/model/template';
import { summariseTemplate, TEMPLATE_SCHEMA_VERSION } from '../../../shared/model/template';
import { briefingFromTemplate } from '../../../shared/templates/briefingFromTemplate';
import { BUILT_IN_TEMPLATES, isBuiltInTemplateId } from '../../../shared/templates/builtInTemplates';
import { checkedTemplate, parseTemplateFile, templateFileName, templateFileText } from '../../../shared/templates/templateFile';
import { templateFromBriefing } from '../../../shared/templates/templateFromBriefing';

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase('en') === b.trim().toLocaleLowerCase('en');

/**
 * The template methods for the in-memory test core: the same rules as the real store (built-ins read-only,
 * unique names, checked imports), over a Map instead of files.
 */
export function memoryTemplateHandlers(own: Map<string, Template>, briefings: Map<string, Briefing>): Partial<Handlers> {
  const all = () => [...BUILT_IN_TEMPLATES, ...[...own.values()].sort((a, b) => a.name.localeCompare(b.name))];
  const get = (id: string) => {
    const found = all().find((t) => t.id === id);
    if (!found) throw new AppError('not-found', 'That template is not in the library.');
    return found;
  };
  const freeName = (wanted: string) => {
    let name = wanted.trim() || 'Template';
    for (let n = 2; all().some((t) => sameName(t.name, name)); n++) name = `${wanted.trim()} (${n})`;
    return name;
  };
  const save = (input: Record<string, unknown> & { id?: string; name?: unknown }): Template => {
    if (input.id && isBuiltInTemplateId(input.id)) throw new AppError('forbidden', 'Built-in templates cannot be changed. Duplicate it and change the copy.');
    const id = input.id ?? newId('tpl');
    const clash = all().find((t) => t.id !== id && sameName(t.name, String(input.name ?? '')));
    if (clash) throw new AppError('invalid-input', `There is already a template called "${clash.name}". Choose another name.`);
    const now = new Date().toISOString();
    const template = checkedTemplate({ ...input, schemaVersion: TEMPLATE_SCHEMA_VERSION, id, createdAt: own.get(id)?.createdAt ?? now, updatedAt: now }, 'This template', 'invalid-input');
    own.set(id, template);
    return template;
  };
  const fresh = (template: Template) => {
    const { id: _id, createdAt: _c, ...rest } = template;
    void [_id, _c];
    return { ...rest, sections: rest.sections.map((s) => ({ ...s, id: newId('tsec') })) };
  };
  return {
    listTemplates: async () => all().map((t) => summariseTemplate(t, isBuiltInTemplateId(t.id))),
    getTemplate: async (which) => get('id' in which ? which.id : which.name),
    saveTemplate: async ({ template }) => save(template as Record<string, unknown>),
    deleteTemplate: async ({ id }) => {
      if (isBuiltInTemplateId(id)) throw new AppError('forbidden', 'Built-in templates cannot be deleted.');
      return { deleted: own.delete(id) };
    },
    duplicateTemplate: async ({ id, name }) => {
      const original = get(id);
      return save({ ...fresh(original), name: freeName(name ?? `${original.name} (copy)`) });
    },
    importTemplate: async ({ fileName, data, text }) => {
      if (/\.(docx|dotx|doc|pdf|txt|html?)$/i.test(fileName)) {
        throw new AppError('invalid-file', `“${fileName}” is not a Briefwright template. Choose a template file exported from Briefwright (.json).`);
      }
      const template = parseTemplateFile(text ?? new TextDecoder().decode(data ?? new Uint8Array()));
      return save({ ...fresh(template), name: freeName(template.name) });
    },
    exportTemplate: async ({ id }) => {
      const template = get(id);
      return { fileName: templateFileName(template), data: templateFileText(template) };
    },
    createBriefingFromTemplate: async ({ templateId, title, date }) => {
      const briefing = briefingFromTemplate(get(templateId), { title, date });
      briefings.set(briefing.id, briefing);
      return briefing;
    },
    saveBriefingAsTemplate: async ({ briefingId, name }) => {
      const briefing = briefings.get(briefingId);
      if (!briefing) throw new AppError('not-found', 'That briefing is not in the library.');
      const basis = briefing.templateId ? all().find((t) => t.id === briefing.templateId) ?? null : null;
      return save({ ...fresh(templateFromBriefing(briefing, { name, basis })), name });
    },
  };
}
