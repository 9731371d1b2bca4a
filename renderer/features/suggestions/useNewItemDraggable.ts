import { useDraggable } from '@dnd-kit/core';
import type { Item } from '../../../shared/model/briefing';

/**
 * Makes an element a source of a new briefing item for the app's one DndContext (the Briefing pane
 * handles the drop: `data: { type: 'new-item', item }`). Outside a DndContext it does nothing.
 */
export function useNewItemDraggable(id: string, item: Item, options: { disabled?: boolean } = {}) {
  return useDraggable({ id, data: { type: 'new-item', item }, disabled: options.disabled });
}
