import type { Briefing, Item, Section } from './briefing';
import { BRIEFING_SCHEMA_VERSION } from './briefing';
import { newId } from './hash';

/** Today's date as YYYY-MM-DD in the local time zone. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function newSection(title: string): Section {
  return { id: newId('sec'), title, summary: '', items: [] };
}

export function newBriefing(options: { title?: string; date?: string; now?: Date } = {}): Briefing {
  const now = options.now ?? new Date();
  const date = options.date ?? todayIso(now);
  const stamp = now.toISOString();
  return {
    schemaVersion: BRIEFING_SCHEMA_VERSION,
    id: newId('brf'),
    title: options.title ?? `Briefing ${date}`,
    date,
    classification: '',
    sections: [newSection('Key developments')],
    createdAt: stamp,
    updatedAt: stamp,
  };
}

export function newItem(fields: Omit<Item, 'id' | 'note' | 'speaker' | 'role' | 'what'> & Partial<Item>): Item {
  return { note: '', speaker: null, role: null, what: null, ...fields, id: fields.id ?? newId('itm') };
}
