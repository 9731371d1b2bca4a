import type { Briefing } from '../model/briefing';
import { AppError } from '../model/errors';
import { DEFAULT_EXPORT_OPTIONS } from '../model/exportOptions';
import { newId } from '../model/hash';
import type { Template } from '../model/template';
import { TEMPLATE_SCHEMA_VERSION } from '../model/template';
import { checkedTemplate } from './templateFile';
import { patternFromTitle, renderTitle } from './titlePattern';

/**
 * A template that makes briefings like this one: the same sections with their summaries as standing intros
 * and their routing rules, the same marking and export style, and the title with its date as a date token.
 * Items are the day's news and stay behind. `basis` is the template the briefing was made from, if known:
 * its title pattern is kept when the title still follows it.
 */
export function templateFromBriefing(briefing: Briefing, options: { name: string; basis?: Template | null; id?: string; now?: Date }): Template {
  const stamp = (options.now ?? new Date()).toISOString();
  const basis = options.basis ?? null;
  if (briefing.sections.length === 0) throw new AppError('invalid-input', 'This briefing has no sections yet, so there is nothing to make a template of. Add a section first.');
  const title = briefing.title.trim().slice(0, 250);
  const keepsPattern = basis !== null && renderTitle(basis.titlePattern, briefing.date) === title;
  return checkedTemplate({
    schemaVersion: TEMPLATE_SCHEMA_VERSION,
    id: options.id ?? newId('tpl'),
    name: options.name,
    description: basis?.description || `Made from the briefing “${briefing.title.slice(0, 200)}”.`,
    titlePattern: keepsPattern ? basis.titlePattern : title ? patternFromTitle(title, briefing.date) : 'Briefing {date}',
    classification: briefing.classification,
    sections: briefing.sections.map((section) => ({
      title: section.title.trim().slice(0, 300) || 'Untitled section',
      intro: section.summary || section.hint || '',
      rules: structuredClone(section.rules ?? []),
    })),
    exportOptions: { ...structuredClone(briefing.exportOptions ?? basis?.exportOptions ?? DEFAULT_EXPORT_OPTIONS), classification: '' },
    createdAt: stamp,
    updatedAt: stamp,
  }, 'The template made from this briefing', 'invalid-input');
}
