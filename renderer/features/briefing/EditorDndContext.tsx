import type { DragEndEvent, DragStartEvent } from '@dnd-kit/core';
import { DndContext, DragOverlay, KeyboardSensor, PointerSensor, useSensor, useSensors } from '@dnd-kit/core';
import type { ReactNode } from 'react';
import { useMemo, useRef, useState } from 'react';
import type { Item } from '../../../shared/model/briefing';
import { newId } from '../../../shared/model/hash';
import { useAppStore } from '../../app/useApp';
import { shorten } from '../../ui/format';
import { locateItem } from './briefingOps';
import { describeDrag, dragData, dropTarget, editorCollisions, editorKeyboardCoordinates } from './dragAndDrop';

/**
 * The window's one drag-and-drop context: sections and items of the briefing are sortable, and passages
 * dragged from the other panes (`{ type: 'new-item', item }`) drop into a section. Every drop is one
 * change of the briefing, so one undo step; every drag works from the keyboard and is announced.
 */
export function EditorDndContext(props: { children: ReactNode }) {
  const store = useAppStore();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: editorKeyboardCoordinates }),
  );
  const [incoming, setIncoming] = useState<Item | null>(null);
  const dropMessage = useRef<string | null>(null);

  const announcements = useMemo(() => {
    const live = () => describeDrag(store.getState().briefing);
    return {
      onDragStart: (args: Parameters<ReturnType<typeof describeDrag>['onDragStart']>[0]) => live().onDragStart(args),
      onDragOver: (args: Parameters<ReturnType<typeof describeDrag>['onDragOver']>[0]) => live().onDragOver(args),
      onDragEnd: (args: Parameters<ReturnType<typeof describeDrag>['onDragEnd']>[0]) => dropMessage.current ?? live().onDragEnd(args),
      onDragCancel: (args: Parameters<ReturnType<typeof describeDrag>['onDragCancel']>[0]) => live().onDragCancel(args),
    };
  }, [store]);

  const onDragStart = (event: DragStartEvent) => {
    dropMessage.current = null;
    const data = dragData(event.active);
    setIncoming(data?.type === 'new-item' ? data.item : null);
  };

  const onDragEnd = (event: DragEndEvent) => {
    setIncoming(null);
    const state = store.getState();
    const briefing = state.briefing;
    const { active, over } = event;
    if (!briefing || !over) return;
    dropMessage.current = describeDrag(briefing).onDragEnd({ active, over });
    const data = dragData(active);
    if (data?.type === 'section') {
      const overSection = dragData(over)?.type === 'item' ? locateItem(briefing, String(over.id))?.sectionId : String(over.id);
      const index = briefing.sections.findIndex((s) => s.id === overSection);
      if (index >= 0) state.moveSection(String(active.id), index);
      return;
    }
    const target = dropTarget(briefing, active, over);
    if (!target) return;
    if (data?.type === 'item') {
      state.moveItem(String(active.id), target.sectionId, target.index);
    } else if (data?.type === 'new-item') {
      // The same passage may be dropped twice: each drop is an item of its own.
      const item = locateItem(briefing, data.item.id) ? { ...data.item, id: newId('itm') } : data.item;
      state.addItem(target.sectionId, item, target.index);
    }
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={editorCollisions}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setIncoming(null)}
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
