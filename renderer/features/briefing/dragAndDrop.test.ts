import type { Active, DroppableContainer } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../../shared/model/briefing';
import { newBriefing, newItem, newSection } from '../../../shared/model/newBriefing';
import { moveItem, moveSection } from './briefingOps';
import { createKeyboardDrag, describeDrag, keyboardStops } from './dragAndDrop';

function sample(): Briefing {
  const briefing = newBriefing({ title: 'Brief', date: '2026-11-25' });
  const item = (text: string) => newItem({ id: text, kind: 'excerpt', text, source: null });
  return {
    ...briefing,
    sections: [
      { ...newSection('Economy'), id: 'sec_a', items: [item('a1'), item('a2')] },
      { ...newSection('Politics'), id: 'sec_b', items: [item('b1')] },
      { ...newSection('Outlook'), id: 'sec_c', items: [] },
    ],
  };
}

const activeOf = (id: string, data: Record<string, unknown>): Active => ({ id, data: { current: data }, rect: { current: { initial: null, translated: null } } });

/**
 * What dnd-kit hands the coordinate getter: here the same context for every press, as on a busy machine
 * where the keys arrive before the page has drawn the previous step.
 */
function staleContext(briefing: Briefing, active: Active) {
  const ids = [...briefing.sections.map((s) => s.id), ...briefing.sections.flatMap((s) => s.items.map((i) => i.id))];
  const containers = new Map(ids.map((id) => [id, { id, disabled: false, node: { current: null }, data: { current: {} } } as unknown as DroppableContainer]));
  return {
    active,
    collisionRect: null,
    droppableRects: new Map(),
    droppableContainers: { get: (id: string) => containers.get(id), getEnabled: () => [...containers.values()] },
    over: null,
  };
}

function press(drag: ReturnType<typeof createKeyboardDrag>, context: ReturnType<typeof staleContext>, code: 'ArrowUp' | 'ArrowDown') {
  const event = { code, preventDefault: () => undefined } as unknown as KeyboardEvent;
  return drag.coordinates(event, { active: context.active.id, context: context as never, currentCoordinates: { x: 0, y: 0 } });
}

describe('keyboard dragging in the briefing editor', () => {
  it('lists every place an item can go, in reading order, its own place included', () => {
    const stops = keyboardStops(sample(), activeOf('b1', { type: 'item', sectionId: 'sec_b' }));
    expect(stops.map((s) => [s.target.sectionId, s.target.index, s.over])).toEqual([
      ['sec_a', 0, 'a1'],
      ['sec_a', 1, 'a2'],
      ['sec_a', 2, 'sec_a'],
      ['sec_b', 0, 'b1'],
      ['sec_c', 0, 'sec_c'],
    ]);
  });

  it('moves one place per arrow press even when the page has not redrawn in between, and drops there', () => {
    const briefing = sample();
    const drag = createKeyboardDrag(() => briefing);
    const active = activeOf('b1', { type: 'item', sectionId: 'sec_b' });
    const context = staleContext(briefing, active);
    drag.start(active);
    const say = describeDrag(briefing, drag);
    expect(say.onDragOver({ active, over: null })).toBe('Item “b1” is over section “Politics”, position 1 of 1.');
    press(drag, context, 'ArrowUp');
    press(drag, context, 'ArrowUp');
    // Collision detection answers the stop the keys reached, not what is nearest on screen.
    expect(drag.collisions({ active, collisionRect: { top: 0, left: 0, right: 0, bottom: 0, width: 0, height: 0 }, droppableRects: new Map(), droppableContainers: context.droppableContainers.getEnabled(), pointerCoordinates: null })).toEqual([{ id: 'a2' }]);
    expect(say.onDragOver({ active, over: null })).toBe('Item “b1” is over section “Economy”, position 2 of 3.');
    const target = drag.target(active)!;
    expect(moveItem(briefing, 'b1', target.sectionId, target.index).sections[0].items.map((i) => i.text)).toEqual(['a1', 'b1', 'a2']);
  });

  it('says so when an arrow press finds no further place, and goes on from there', () => {
    const briefing = sample();
    const drag = createKeyboardDrag(() => briefing);
    const active = activeOf('sec_b', { type: 'section' });
    const context = staleContext(briefing, active);
    drag.start(active);
    const say = describeDrag(briefing, drag);
    for (let i = 0; i < 3; i++) press(drag, context, 'ArrowUp');
    expect(say.onDragMove({ active, over: null })).toBe('Section “Politics” is already at the first place it can go: position 1 of 3.');
    expect(say.onDragMove({ active, over: null })).toBeUndefined();
    press(drag, context, 'ArrowDown');
    press(drag, context, 'ArrowDown');
    expect(say.onDragOver({ active, over: null })).toBe('Section “Politics” is over position 3 of 3.');
    expect(moveSection(briefing, 'sec_b', drag.target(active)!.index).sections.map((s) => s.title)).toEqual(['Economy', 'Outlook', 'Politics']);
  });

  it('steps a passage from another pane from section to section, starting at the first, dropping at the end', () => {
    const briefing = sample();
    const drag = createKeyboardDrag(() => briefing);
    const passage = newItem({ kind: 'quote', text: 'A passage', source: null });
    const active = activeOf('suggestion:1', { type: 'new-item', item: passage });
    const context = staleContext(briefing, active);
    drag.start(active);
    const say = describeDrag(briefing, drag);
    expect(say.onDragOver({ active, over: null })).toBe('“A passage” is over section “Economy”, position 3 of 3.');
    press(drag, context, 'ArrowDown');
    expect(say.onDragOver({ active, over: null })).toBe('“A passage” is over section “Politics”, position 2 of 2.');
    expect(drag.target(active)).toEqual({ sectionId: 'sec_b', index: 1 });
    drag.stop();
    expect(drag.target(active)).toBeUndefined();
  });
});
