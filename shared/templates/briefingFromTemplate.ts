import type { Briefing } from '../model/briefing';
import { newId } from '../model/hash';
import { newBriefing } from '../model/newBriefing';
import type { Template } from '../model/template';
import { renderTitle } from './titlePattern';

/**
 * A new, empty briefing laid out by a template: its title from the pattern on the date, the classification,
 * the sections with their standing intro and routing rules, and the export style it will be exported in.
 */
export function briefingFromTemplate(template: Template, options: { title?: string; date?: string; now?: Date } = {}): Briefing {
  const base = newBriefing({ date: options.date, now: options.now });
  const title = options.title?.trim() || renderTitle(template.titlePattern, base.date);
  return {
    ...base,
    title,
    // The briefing's own marking governs its export, so the analyst can change it per briefing.
    classification: template.classification || template.exportOptions.classification,
    sections: template.sections.map((section) => ({
      id: newId('sec'),
      title: section.title,
      // The template's intro is sample text: a placeholder for the analyst's summary, never exported as theirs.
      summary: '',
      ...(section.intro.trim() ? { hint: section.intro } : {}),
      items: [],
      rules: structuredClone(section.rules),
    })),
    templateId: template.id,
    exportOptions: { ...structuredClone(template.exportOptions), classification: '' },
  };
}
