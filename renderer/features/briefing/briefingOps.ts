import type { Briefing, Item, Section } from '../../../shared/model/briefing';
import { newSection } from '../../../shared/model/newBriefing';

/** Pure edits of a briefing: each answers a new briefing and leaves the old one untouched (undo keeps it). */

function mapSection(briefing: Briefing, sectionId: string, change: (section: Section) => Section): Briefing {
  let changed = false;
  const sections = briefing.sections.map((section) => {
    if (section.id !== sectionId) return section;
    changed = true;
    return change(section);
  });
  return changed ? { ...briefing, sections } : briefing;
}

export function setTitle(briefing: Briefing, title: string): Briefing {
  return briefing.title === title ? briefing : { ...briefing, title };
}

export function setDate(briefing: Briefing, date: string): Briefing {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || briefing.date === date) return briefing;
  return { ...briefing, date };
}

export function addSection(briefing: Briefing, title = 'New section'): { briefing: Briefing; section: Section } {
  const section = newSection(title);
  return { briefing: { ...briefing, sections: [...briefing.sections, section] }, section };
}

export function renameSection(briefing: Briefing, sectionId: string, title: string): Briefing {
  return mapSection(briefing, sectionId, (section) => (section.title === title ? section : { ...section, title }));
}

export function removeSection(briefing: Briefing, sectionId: string): Briefing {
  const sections = briefing.sections.filter((section) => section.id !== sectionId);
  return sections.length === briefing.sections.length ? briefing : { ...briefing, sections };
}

export function addItem(briefing: Briefing, sectionId: string, item: Item): Briefing {
  return mapSection(briefing, sectionId, (section) => ({ ...section, items: [...section.items, item] }));
}

export function removeItem(briefing: Briefing, sectionId: string, itemId: string): Briefing {
  return mapSection(briefing, sectionId, (section) => ({
    ...section,
    items: section.items.filter((item) => item.id !== itemId),
  }));
}

/** The title a person sees for a section, even when they cleared it. */
export function sectionLabel(section: Section): string {
  return section.title.trim() || 'Untitled section';
}
