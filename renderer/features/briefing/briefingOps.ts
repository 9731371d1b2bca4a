import type { Briefing, Item, Section } from '../../../shared/model/briefing';
import { newSection } from '../../../shared/model/newBriefing';
import { quoteMatchesSource } from '../../../shared/model/quoteIntegrity';

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

/** The briefing in a sentence or two, printed on the cover page. */
export function setSummary(briefing: Briefing, summary: string): Briefing {
  return (briefing.summary ?? '') === summary ? briefing : { ...briefing, summary };
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

export function addItem(briefing: Briefing, sectionId: string, item: Item, index?: number): Briefing {
  return mapSection(briefing, sectionId, (section) => {
    const items = [...section.items];
    items.splice(index === undefined ? items.length : clamp(index, 0, items.length), 0, item);
    return { ...section, items };
  });
}

export function removeItem(briefing: Briefing, sectionId: string, itemId: string): Briefing {
  return mapSection(briefing, sectionId, (section) => ({
    ...section,
    items: section.items.filter((item) => item.id !== itemId),
  }));
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value));
}

/** Whether an empty section still goes into the export (it is left out otherwise). */
export function setKeepWhenEmpty(briefing: Briefing, sectionId: string, keep: boolean): Briefing {
  return mapSection(briefing, sectionId, (section) => (!!section.keepWhenEmpty === keep ? section : { ...section, keepWhenEmpty: keep }));
}

export function setSectionSummary(briefing: Briefing, sectionId: string, summary: string): Briefing {
  return mapSection(briefing, sectionId, (section) => (section.summary === summary ? section : { ...section, summary }));
}

/** Moves a section to `toIndex` (its index among the sections once moved). */
export function moveSection(briefing: Briefing, sectionId: string, toIndex: number): Briefing {
  const from = briefing.sections.findIndex((section) => section.id === sectionId);
  if (from < 0) return briefing;
  const to = clamp(toIndex, 0, briefing.sections.length - 1);
  if (to === from) return briefing;
  const sections = [...briefing.sections];
  const [moved] = sections.splice(from, 1);
  sections.splice(to, 0, moved);
  return { ...briefing, sections };
}

/** Where an item is: its section and its index there. */
export function locateItem(briefing: Briefing, itemId: string): { sectionId: string; index: number; item: Item } | null {
  for (const section of briefing.sections) {
    const index = section.items.findIndex((item) => item.id === itemId);
    if (index >= 0) return { sectionId: section.id, index, item: section.items[index] };
  }
  return null;
}

/**
 * Moves an item into a section (its own or another) at `toIndex`, its index there once moved.
 * One change of the briefing, so one undo step.
 */
export function moveItem(briefing: Briefing, itemId: string, toSectionId: string, toIndex: number): Briefing {
  const at = locateItem(briefing, itemId);
  if (!at || !briefing.sections.some((section) => section.id === toSectionId)) return briefing;
  if (at.sectionId === toSectionId) {
    const section = briefing.sections.find((s) => s.id === toSectionId)!;
    const to = clamp(toIndex, 0, section.items.length - 1);
    if (to === at.index) return briefing;
    return mapSection(briefing, toSectionId, (s) => {
      const items = [...s.items];
      const [moved] = items.splice(at.index, 1);
      items.splice(to, 0, moved);
      return { ...s, items };
    });
  }
  return addItem(removeItem(briefing, at.sectionId, itemId), toSectionId, at.item, toIndex);
}

/** The editable fields of an item. */
export type ItemPatch = Partial<Pick<Item, 'text' | 'note' | 'speaker' | 'role' | 'what' | 'kind' | 'speakerUnconfirmed'>>;

/**
 * Changes an item in place. A quote keeps the words it was first picked with in `originalText`, so
 * a trimmed or edited quote can always be checked against them.
 */
export function updateItem(briefing: Briefing, itemId: string, patch: ItemPatch): Briefing {
  const at = locateItem(briefing, itemId);
  if (!at) return briefing;
  const { item } = at;
  const next: Item = { ...item, ...patch };
  // a speaker the analyst types or clears is theirs: no longer the analysis's unconfirmed guess
  if (patch.speaker !== undefined && patch.speaker !== item.speaker) delete next.speakerUnconfirmed;
  if (next.speakerUnconfirmed === false) delete next.speakerUnconfirmed;
  if (patch.text !== undefined && patch.text !== item.text && next.kind === 'quote' && next.originalText === undefined) {
    next.originalText = item.text;
  }
  const same = ([...Object.keys(next), ...Object.keys(item)] as (keyof Item)[]).every((key) => next[key] === item[key]);
  if (same) return briefing;
  return mapSection(briefing, at.sectionId, (section) => ({
    ...section,
    items: section.items.map((existing) => (existing.id === itemId ? next : existing)),
  }));
}

/** The title a person sees for a section, even when they cleared it. */
export function sectionLabel(section: Section): string {
  return section.title.trim() || 'Untitled section';
}

/** A quote whose words no longer match the ones it was picked with (cuts marked "…" are fine). */
export function quoteBroken(item: Item): boolean {
  return item.kind === 'quote' && item.originalText !== undefined && !quoteMatchesSource(item.text, item.originalText);
}

/** How many quotes of the briefing no longer match their source. */
export function countBrokenQuotes(briefing: Briefing): number {
  return briefing.sections.reduce((n, section) => n + section.items.filter(quoteBroken).length, 0);
}
