import type { Active, CollisionDetection, DroppableContainer, KeyboardCoordinateGetter, KeyboardSensorProps, Over, UniqueIdentifier } from '@dnd-kit/core';
import { closestCenter, closestCorners, KeyboardCode, KeyboardSensor, pointerWithin } from '@dnd-kit/core';
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

/** The parts of dnd-kit's KeyboardSensor that EditorKeyboardSensor changes (private there, so checked at run time). */
interface KeyboardSensorInternals {
  listeners?: { add(eventName: string, handler: (event: Event) => void): void };
  handleKeyDown?: (event: Event) => void;
}

/**
 * dnd-kit's KeyboardSensor, listening for keys from the moment a drag starts. The original adds its
 * keydown listener in a `setTimeout`, so that the key which started the drag is not also taken as its
 * drop; the browser runs input before timers, so on a busy machine an arrow pressed right after Space
 * reached the page before that timer and was lost: the drag did not step. Here the listener is added
 * at once (removed with the others when the drag ends) and skips only the event that started the drag;
 * the listener the original adds later does nothing.
 */
export class EditorKeyboardSensor extends KeyboardSensor {
  constructor(props: KeyboardSensorProps) {
    super(props);
    const self = this as unknown as KeyboardSensorInternals;
    const handle = self.handleKeyDown;
    if (typeof handle !== 'function' || typeof self.listeners?.add !== 'function') return;
    self.handleKeyDown = () => undefined;
    self.listeners.add('keydown', (event) => {
      if (event !== props.event) handle(event);
    });
  }
}

/** Where a drop lands: a section and the index the dragged thing takes there. */
export type DropTarget = { sectionId: string; index: number };

/** One place a keyboard drag can stop: the drop target it stands for, and the droppable it is over there. */
export interface KeyboardStop {
  over: UniqueIdentifier;
  target: DropTarget;
}

/**
 * Every place a keyboard drag of `active` can stop, in reading order. A section steps through the
 * positions among sections; an item through every position in every section (before each item there,
 * then the end), its own position included; a passage from another pane through the sections, each
 * time at the end. The order comes from the briefing, never from where things are drawn.
 */
export function keyboardStops(briefing: Briefing, active: Pick<Active, 'id' | 'data'>): KeyboardStop[] {
  const from = dragData(active);
  if (from?.type === 'section') return briefing.sections.map((section, index) => ({ over: section.id, target: { sectionId: section.id, index } }));
  if (from?.type === 'new-item') return briefing.sections.map((section) => ({ over: section.id, target: { sectionId: section.id, index: section.items.length } }));
  if (from?.type !== 'item') return [];
  const stops: KeyboardStop[] = [];
  for (const section of briefing.sections) {
    const own = section.items.some((item) => item.id === active.id);
    // In its own section the item takes the place of the one it is over; elsewhere it goes before it.
    section.items.forEach((item, index) => stops.push({ over: item.id, target: { sectionId: section.id, index } }));
    if (!own) stops.push({ over: section.id, target: { sectionId: section.id, index: section.items.length } });
  }
  return stops;
}

/** Where a keyboard drag starts: an item or a section where it is; a passage from another pane in the first section. */
function firstStop(stops: KeyboardStop[], active: Active): KeyboardStop | null {
  return stops.find((stop) => stop.over === active.id) ?? stops[0] ?? null;
}

/** The state of a keyboard drag, kept here rather than read back from what dnd-kit last drew. */
export interface KeyboardDrag {
  /** Starts a keyboard drag of `active` (call from onDragStart when the activator was a key). */
  start(active: Active): void;
  /** Ends it (drop or cancel). */
  stop(): void;
  /** The drop target of the keyboard drag of `active`; undefined when `active` is not being dragged by keyboard. */
  target(active: Active): DropTarget | null | undefined;
  /** Once, after an arrow press that could go no further: which end it reached. */
  takeEdge(active: Active): 'first' | 'last' | null;
  /** For KeyboardSensor: each arrow press moves exactly one stop. */
  coordinates: KeyboardCoordinateGetter;
  /** For DndContext: a keyboard drag is over the stop it stepped to; other drags as editorCollisions says. */
  collisions: CollisionDetection;
}

/**
 * Keyboard dragging that cannot miss a step. dnd-kit's own stepping turns an arrow press into coordinates
 * from rectangles and the `over` of the last render, then finds the target again by collision: on a busy
 * machine the press can arrive before that render (stale `over`, or no rectangle yet, so the press is
 * dropped), and a tall dragged card can collide with a neighbour instead of the target. Here each press
 * moves one stop in the briefing's order, from the stop this object holds; collision detection answers
 * that stop, and the drop uses it. The coordinates only move the card on screen.
 */
export function createKeyboardDrag(getBriefing: () => Briefing | null): KeyboardDrag {
  let drag: { active: Active; stop: KeyboardStop | null; edge: 'first' | 'last' | null; nudge: number } | null = null;
  const mine = (active: Active | null | undefined) => Boolean(drag && active && drag.active.id === active.id);

  const stopsNow = (active: Active, registered: (id: UniqueIdentifier) => boolean): KeyboardStop[] => {
    const briefing = getBriefing();
    // Items a long section does not draw (it renders only those in view) are no drop targets.
    return briefing ? keyboardStops(briefing, active).filter((stop) => registered(stop.over)) : [];
  };

  const coordinates: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
    const active = context.active;
    if (!drag || !active || !mine(active)) return undefined;
    const next = event.code === KeyboardCode.Down || event.code === KeyboardCode.Right;
    const previous = event.code === KeyboardCode.Up || event.code === KeyboardCode.Left;
    if (!next && !previous) return undefined;
    event.preventDefault();
    const containers = context.droppableContainers;
    const stops = stopsNow(active, (id) => {
      const container = containers.get(id);
      return Boolean(container && !container.disabled);
    });
    if (stops.length === 0) return undefined;
    const at = drag.stop ? stops.findIndex((stop) => stop.over === drag!.stop!.over) : -1;
    const to = at < 0 ? (next ? 0 : stops.length - 1) : Math.max(0, Math.min(stops.length - 1, at + (next ? 1 : -1)));
    drag.edge = at >= 0 && to === at ? (next ? 'last' : 'first') : null;
    drag.stop = stops[to];
    // The card moves to the stop (its top there when going up, its bottom when going down); at an end it
    // twitches a pixel, so the press still counts as a move and is announced.
    drag.nudge = drag.nudge === 1 ? -1 : 1;
    const node = containers.get(drag.stop.over)?.node.current;
    const rect = context.droppableRects.get(drag.stop.over) ?? (node ? node.getBoundingClientRect() : null);
    const own = context.collisionRect;
    if (drag.edge || !rect || !own) return { x: currentCoordinates.x + drag.nudge, y: currentCoordinates.y };
    if (dragData(active)?.type === 'new-item') return { x: rect.left + 8, y: rect.top + 8 };
    return { x: rect.left, y: next ? rect.top + rect.height - own.height : rect.top };
  };

  const collisions: CollisionDetection = (args) => {
    if (!drag || !mine(args.active)) return editorCollisions(args);
    const over = drag.stop?.over;
    return over !== undefined && args.droppableContainers.some((container) => container.id === over) ? [{ id: over }] : [];
  };

  return {
    start(active) {
      const briefing = getBriefing();
      const stops = briefing ? keyboardStops(briefing, active) : [];
      drag = { active, stop: firstStop(stops, active), edge: null, nudge: 0 };
    },
    stop() {
      drag = null;
    },
    target: (active) => (mine(active) ? (drag!.stop?.target ?? null) : undefined),
    takeEdge(active) {
      if (!mine(active)) return null;
      const edge = drag!.edge;
      drag!.edge = null;
      return edge;
    },
    coordinates,
    collisions,
  };
}

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
export function describeDrag(briefing: Briefing | null, keyboard?: Pick<KeyboardDrag, 'target' | 'takeEdge'>) {
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
  /** A keyboard drag is where its last arrow press put it; a pointer drag where it was let go. */
  const placeOf = (active: Active, over: Over | null): DropTarget | null => {
    const stepped = keyboard?.target(active);
    if (stepped !== undefined) return stepped;
    if (!briefing || !over) return null;
    if (dragData(active)?.type === 'section') {
      const overId = dragData(over)?.type === 'item' ? locateItem(briefing, String(over.id))?.sectionId : over.id;
      const index = briefing.sections.findIndex((s) => s.id === overId);
      return index < 0 ? null : { sectionId: briefing.sections[index].id, index };
    }
    return dropTarget(briefing, active, over);
  };
  const where = (active: Active, over: Over | null): string | null => {
    const target = briefing ? placeOf(active, over) : null;
    if (!briefing || !target) return null;
    const data = dragData(active);
    if (data?.type === 'section') return `position ${target.index + 1} of ${briefing.sections.length}`;
    const section = briefing.sections.find((s) => s.id === target.sectionId);
    if (!section) return null;
    const moving = data?.type === 'item' && locateItem(briefing, String(active.id))?.sectionId === section.id;
    const count = section.items.length + (moving ? 0 : 1);
    return `section “${sectionLabel(section)}”, position ${target.index + 1} of ${count}`;
  };
  return {
    placeOf,
    onDragStart: ({ active }: { active: Active }) => {
      const data = dragData(active);
      if (data?.type === 'new-item') return `Picked up ${nameOf(active)}. Use the arrow keys to choose a section, Space to drop it there, Escape to cancel.`;
      return `Picked up ${nameOf(active)}. Use the arrow keys to move it, Space to drop, Escape to cancel.`;
    },
    /** Only an arrow press at either end says something here; every other step is a change of `over`. */
    onDragMove: ({ active, over }: { active: Active; over: Over | null }) => {
      const edge = keyboard?.takeEdge(active);
      const place = edge ? where(active, over) : null;
      return edge && place ? `${nameOf(active)} is already at the ${edge} place it can go: ${place}.` : undefined;
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
