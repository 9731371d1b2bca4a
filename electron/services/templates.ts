import { join } from 'node:path';
import { AppError } from '../../shared/model/errors';
import { newId } from '../../shared/model/hash';
import type { Template, TemplateInput, TemplateSummary } from '../../shared/model/template';
import { StoredTemplateSchema, summariseTemplate, TEMPLATE_SCHEMA_VERSION } from '../../shared/model/template';
import { BUILT_IN_TEMPLATES, isBuiltInTemplateId } from '../../shared/templates/builtInTemplates';
import { checkedTemplate, parseTemplateFile, templateFileName, templateFileText } from '../../shared/templates/templateFile';
import type { QuarantineReport } from './jsonCollection';
import { JsonCollection } from './jsonCollection';

/** A template's content without its identity, to be saved as a new one. */
export function asNewTemplate(template: Template): Omit<Template, 'id' | 'createdAt'> {
  const { id: _id, createdAt: _createdAt, ...content } = template;
  void [_id, _createdAt];
  return content;
}

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase('en') === b.trim().toLocaleLowerCase('en');

/**
 * The analyst's templates: the built-in ones (read-only) and their own, one JSON file each in the library's
 * `templates/` folder, migrated from older versions as they are read. Names are unique, ignoring case.
 */
export class TemplateStore {
  readonly files: JsonCollection<typeof StoredTemplateSchema>;

  constructor(libraryRoot: string, onProblem?: (report: QuarantineReport) => void) {
    this.files = new JsonCollection(join(libraryRoot, 'templates'), StoredTemplateSchema, 'template', onProblem, TEMPLATE_SCHEMA_VERSION);
  }

  async all(): Promise<Template[]> {
    const own = (await this.files.all()).sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
    return [...BUILT_IN_TEMPLATES, ...own];
  }

  async list(): Promise<TemplateSummary[]> {
    return (await this.all()).map((t) => summariseTemplate(t, isBuiltInTemplateId(t.id)));
  }

  async get(id: string): Promise<Template> {
    const builtIn = BUILT_IN_TEMPLATES.find((t) => t.id === id);
    return builtIn ?? this.files.get(id);
  }

  /** A template by its id or its name (ignoring case), as the command line names one. */
  async find(nameOrId: string): Promise<Template> {
    const all = await this.all();
    const found = all.find((t) => t.id === nameOrId) ?? all.find((t) => sameName(t.name, nameOrId));
    if (!found) {
      throw new AppError('not-found', `There is no template called "${nameOrId}". The templates are: ${all.map((t) => t.name).join(', ')}.`);
    }
    return found;
  }

  /** A name no other template has: the wanted one, else "Name (2)", "Name (3)", … */
  async freeName(wanted: string, exceptId?: string): Promise<string> {
    const taken = (await this.all()).filter((t) => t.id !== exceptId).map((t) => t.name);
    const base = wanted.trim().slice(0, 190) || 'Template';
    let name = base;
    for (let n = 2; taken.some((t) => sameName(t, name)); n++) name = `${base} (${n})`;
    return name;
  }

  /** Creates (no id) or updates one of the analyst's templates. Built-in templates cannot be changed: duplicate one. */
  async save(input: Omit<TemplateInput, 'id' | 'schemaVersion' | 'createdAt' | 'updatedAt'> & { id?: string; createdAt?: string }): Promise<Template> {
    if (input.id && isBuiltInTemplateId(input.id)) {
      throw new AppError('forbidden', 'Built-in templates cannot be changed. Duplicate it and change the copy.');
    }
    const id = input.id ?? newId('tpl');
    const existing = input.id ? await this.files.read(input.id) : null;
    const clash = (await this.all()).find((t) => t.id !== id && sameName(t.name, String(input.name ?? '')));
    if (clash) throw new AppError('invalid-input', `There is already a template called "${clash.name}". Choose another name.`);
    const now = new Date().toISOString();
    const template = checkedTemplate(
      { ...input, schemaVersion: TEMPLATE_SCHEMA_VERSION, id, createdAt: existing?.createdAt || input.createdAt || now, updatedAt: now },
      'This template',
      'invalid-input',
    );
    await this.files.write(template);
    return template;
  }

  async remove(id: string): Promise<boolean> {
    if (isBuiltInTemplateId(id)) throw new AppError('forbidden', 'Built-in templates cannot be deleted.');
    const existed = await this.files.has(id);
    await this.files.remove(id);
    return existed;
  }

  async duplicate(id: string, name?: string): Promise<Template> {
    const original = await this.get(id);
    const rest = asNewTemplate(original);
    const sections = rest.sections.map((section) => ({ ...section, id: newId('tsec') }));
    return this.save({ ...rest, sections, name: await this.freeName(name ?? `${original.name} (copy)`) });
  }

  /** A colleague's template file, checked, added under a new id and, if its name is taken, a free one. */
  async importText(text: string): Promise<Template> {
    const template = parseTemplateFile(text);
    return this.save({ ...asNewTemplate(template), name: await this.freeName(template.name) });
  }

  async exportFile(id: string): Promise<{ fileName: string; text: string }> {
    const template = await this.get(id);
    return { fileName: templateFileName(template), text: templateFileText(template) };
  }
}
