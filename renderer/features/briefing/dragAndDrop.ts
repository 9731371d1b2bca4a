import type { Active, ClientRect, CollisionDetection, DroppableContainer, KeyboardCoordinateGetter, Over } from '@dnd-kit/core';
import { closestCenter, closestCorners, KeyboardCode, pointerWithin } from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import type { Briefing, Item } from '../../../shared/model/briefing';
import { shorten } from '../../ui/format';
import { locateItem, sectionLabel } from './briefingOps';

/**
 * What travels with a drag. Sections and items of the briefing are sortable; other panes offer
 * `{ type: 'new-item', item }` (see /tmp/ui-common.md), dropped into a section as a new item.
 */
export type DragData = { type: 'section' } | { type: 'item'; sectionId: string } | { type: 'new-item'; item: Item };

export function dragData(entry: { data: { current?: unknown } } | null | undefined): DragData | null {
  const data = entry?.data.current as DragData | undefined;
  return data && typeof data === 'object' && 'type' in data ? data : null;
}

/** Which drop targets a drag may end on: sections among sections; items into sections or beside items. */
function accepts(active: Active, container: DroppableContainer): boolean {
  const from = dragData(active)?.type;
  const to = dragData(container)?.type;
  if (from === 'section') return to === 'section';
  if (from === 'item' || from === 'new-item') return to === 'section' || to === 'item';
  return false;
}

/** Collision detection for the whole window: the pointer's target first, preferring an item over its section. */
export const editorCollisions: CollisionDetection = (args) => {
  const droppableContainers = args.droppableContainers.filter((container) => accepts(args.active, container));
  const scoped = { ...args, droppableContainers };
  if (dragData(args.active)?.type === 'section') return closestCenter(scoped);
  if (args.pointerCoordinates) {
    const hits = pointerWithin(scoped);
    if (hits.length > 0) {
      const isItem = (id: unknown) => dragData(args.droppableContainers.find((c) => c.id === id))?.type === 'item';
      return [...hits].sort((a, b) => Number(isItem(b.id)) - Number(isItem(a.id)));
    }
  }
  return closestCorners(scoped);
};

/**
 * Arrow keys during a keyboard drag: briefing items and sections step through the targets they accept
 * (dnd-kit's sortable stepping); a passage from another pane steps from section to section.
 */
export const editorKeyboardCoordinates: KeyboardCoordinateGetter = (event, args) => {
  const { context } = args;
  const active = context.active;
  if (!active) return undefined;
  const all = context.droppableContainers;
  const from = dragData(active);
  // An item's own section is no step of its own: its items already are.
  const ownSection = from?.type === 'item' ? from.sectionId : null;
  const enabled = all.getEnabled().filter((container) => container.id === active.id || (accepts(active, container) && container.id !== ownSection));
  if (from?.type !== 'new-item') {
    const droppableContainers = Object.assign(Object.create(Object.getPrototypeOf(all)), all, { getEnabled: () => enabled, get: (id: string) => all.get(id) });
    return sortableKeyboardCoordinates(event, { ...args, context: { ...context, droppableContainers } });
  }
  const down = event.code === KeyboardCode.Down || event.code === KeyboardCode.Right;
  const up = event.code === KeyboardCode.Up || event.code === KeyboardCode.Left;
  if (!down && !up) return undefined;
  event.preventDefault();
  const sections = enabled
    .filter((container) => dragData(container)?.type === 'section')
    .map((container) => ({ id: container.id, rect: context.droppableRects.get(container.id) }))
    .filter((entry): entry is { id: typeof entry.id; rect: ClientRect } => Boolean(entry.rect))
    .sort((a, b) => a.rect.top - b.rect.top);
  if (sections.length === 0) return undefined;
  const current = sections.findIndex((entry) => entry.id === context.over?.id);
  const next = current < 0 ? (down ? 0 : sections.length - 1) : Math.max(0, Math.min(sections.length - 1, current + (down ? 1 : -1)));
  const rect = sections[next].rect;
  return { x: rect.left + 8, y: rect.top + 8 };
};

/** Where a drop lands: a section and the index the dragged thing takes there. */
export type DropTarget = { sectionId: string; index: number };

/** Whether the dragged thing's middle was below the middle of what it was dropped on. */
function droppedBelow(active: Active, over: Over): boolean {
  const rect = active.rect.current.translated;
  if (!rect) return false;
  return rect.top + rect.height / 2 > over.rect.top + over.rect.height / 2;
}

/** The place in the briefing a drop of `active` on `over` asks for, or null when it asks for nothing. */
export function dropTarget(briefing: Briefing, active: Active, over: Over | null): DropTarget | null {
  if (!over) return null;
  const onto = dragData(over);
  const from = dragData(active);
  if (onto?.type === 'section') {
    const section = briefing.sections.find((s) => s.id === over.id);
    if (!section) return null;
    const own = from?.type === 'item' && from.sectionId === section.id;
    return { sectionId: section.id, index: own ? section.items.length - 1 : section.items.length };
  }
  if (onto?.type === 'item') {
    const at = locateItem(briefing, String(over.id));
    if (!at) return null;
    if (from?.type === 'item') {
      const self = locateItem(briefing, String(active.id));
      // Within one section the item takes the place of the one it is over (a sortable list's move).
      if (self && self.sectionId === at.sectionId) return { sectionId: at.sectionId, index: at.index };
    }
    return { sectionId: at.sectionId, index: at.index + (droppedBelow(active, over) ? 1 : 0) };
  }
  return null;
}

/** A text in quotation marks, unless it already starts with one. */
function quoted(text: string): string {
  const short = shorten(text);
  return /^["“‘'«„]/u.test(short) ? short : `“${short}”`;
}

/** What a screen reader says as a drag goes on. Positions count from 1, as people do. */
export function describeDrag(briefing: Briefing | null) {
  const nameOf = (active: Active): string => {
    const data = dragData(active);
    if (!briefing || !data) return 'The item';
    if (data.type === 'section') {
      const section = briefing.sections.find((s) => s.id === active.id);
      return `Section “${section ? sectionLabel(section) : 'section'}”`;
    }
    if (data.type === 'new-item') return quoted(data.item.text || 'passage');
    const at = locateItem(briefing, String(active.id));
    return `Item ${quoted(at?.item.text || 'empty note')}`;
  };
  const where = (active: Active, over: Over | null): string | null => {
    if (!briefing || !over) return null;
    const data = dragData(active);
    if (data?.type === 'section') {
      const overId = dragData(over)?.type === 'item' ? locateItem(briefing, String(over.id))?.sectionId : over.id;
      const index = briefing.sections.findIndex((s) => s.id === overId);
      return index < 0 ? null : `position ${index + 1} of ${briefing.sections.length}`;
    }
    const target = dropTarget(briefing, active, over);
    if (!target) return null;
    const section = briefing.sections.find((s) => s.id === target.sectionId)!;
    const moving = data?.type === 'item' && locateItem(briefing, String(active.id))?.sectionId === section.id;
    const count = section.items.length + (moving ? 0 : 1);
    return `section “${sectionLabel(section)}”, position ${target.index + 1} of ${count}`;
  };
  return {
    onDragStart: ({ active }: { active: Active }) => {
      const data = dragData(active);
      if (data?.type === 'new-item') return `Picked up ${nameOf(active)}. Use the arrow keys to choose a section, Space to drop it there, Escape to cancel.`;
      return `Picked up ${nameOf(active)}. Use the arrow keys to move it, Space to drop, Escape to cancel.`;
    },
    onDragOver: ({ active, over }: { active: Active; over: Over | null }) => {
      const place = where(active, over);
      return place ? `${nameOf(active)} is over ${place}.` : `${nameOf(active)} is no longer over a place it can be dropped.`;
    },
    onDragEnd: ({ active, over }: { active: Active; over: Over | null }) => {
      const place = where(active, over);
      return place ? `${nameOf(active)} was dropped at ${place}.` : `${nameOf(active)} was dropped where it cannot go; nothing changed.`;
    },
    onDragCancel: ({ active }: { active: Active }) => `Moving ${nameOf(active)} was cancelled; nothing changed.`,
  };
}
