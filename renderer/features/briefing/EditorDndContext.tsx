import type { DragEndEvent, DragStartEvent } from '@dnd-kit/core';
import { DndContext, DragOverlay, PointerSensor, useSensor, useSensors } from '@dnd-kit/core';
import type { ReactNode } from 'react';
import { useMemo, useRef, useState } from 'react';
import type { Item } from '../../../shared/model/briefing';
import { newId } from '../../../shared/model/hash';
import { useAppStore } from '../../app/useApp';
import { shorten } from '../../ui/format';
import { locateItem } from './briefingOps';
import { createKeyboardDrag, describeDrag, dragData, EditorKeyboardSensor } from './dragAndDrop';

/**
 * The window's one drag-and-drop context: sections and items of the briefing are sortable, and passages
 * dragged from the other panes (`{ type: 'new-item', item }`) drop into a section. Every drop is one
 * change of the briefing, so one undo step; every drag works from the keyboard and is announced.
 */
export function EditorDndContext(props: { children: ReactNode }) {
  const store = useAppStore();
  // One keyboard drag at a time; it knows which stop each arrow press reached (see createKeyboardDrag).
  const [keyboard] = useState(() => createKeyboardDrag(() => store.getState().briefing));
  const keyboardOptions = useMemo(() => ({ coordinateGetter: keyboard.coordinates }), [keyboard]);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(EditorKeyboardSensor, keyboardOptions));
  const [incoming, setIncoming] = useState<Item | null>(null);
  const dropMessage = useRef<string | null>(null);

  const announcements = useMemo(() => {
    const live = () => describeDrag(store.getState().briefing, keyboard);
    return {
      onDragStart: (args: Parameters<ReturnType<typeof describeDrag>['onDragStart']>[0]) => live().onDragStart(args),
      onDragMove: (args: Parameters<ReturnType<typeof describeDrag>['onDragMove']>[0]) => live().onDragMove(args),
      onDragOver: (args: Parameters<ReturnType<typeof describeDrag>['onDragOver']>[0]) => live().onDragOver(args),
      onDragEnd: (args: Parameters<ReturnType<typeof describeDrag>['onDragEnd']>[0]) => dropMessage.current ?? live().onDragEnd(args),
      onDragCancel: (args: Parameters<ReturnType<typeof describeDrag>['onDragCancel']>[0]) => live().onDragCancel(args),
    };
  }, [store, keyboard]);

  const onDragStart = (event: DragStartEvent) => {
    dropMessage.current = null;
    if (event.activatorEvent instanceof KeyboardEvent) keyboard.start(event.active);
    else keyboard.stop();
    const data = dragData(event.active);
    setIncoming(data?.type === 'new-item' ? data.item : null);
  };

  const onDragEnd = (event: DragEndEvent) => {
    setIncoming(null);
    const state = store.getState();
    const briefing = state.briefing;
    const { active, over } = event;
    const describe = describeDrag(briefing, keyboard);
    const target = describe.placeOf(active, over);
    dropMessage.current = describe.onDragEnd({ active, over });
    keyboard.stop();
    if (!briefing || !target) return;
    const data = dragData(active);
    if (data?.type === 'section') {
      state.moveSection(String(active.id), target.index);
    } else if (data?.type === 'item') {
      state.moveItem(String(active.id), target.sectionId, target.index);
    } else if (data?.type === 'new-item') {
      // The same passage may be dropped twice: each drop is an item of its own.
      const item = locateItem(briefing, data.item.id) ? { ...data.item, id: newId('itm') } : data.item;
      state.addItem(target.sectionId, item, target.index);
    }
  };

  const onDragCancel = () => {
    keyboard.stop();
    setIncoming(null);
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={keyboard.collisions}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
      accessibility={{
        announcements,
        screenReaderInstructions: {
          draggable: 'To pick this up, press Space or Enter. Use the arrow keys to move it, Space or Enter to drop it, Escape to cancel.',
        },
      }}
    >
      {props.children}
      <DragOverlay dropAnimation={null}>{incoming ? <div className="drag-preview">{shorten(incoming.text, 80)}</div> : null}</DragOverlay>
    </DndContext>
  );
}
