import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, useEffect, useId, useMemo, useRef } from 'react';
import type { Section } from '../../../shared/model/briefing';
import { useApp } from '../../app/useApp';
import { sectionLabel } from './briefingOps';
import { ItemList } from './ItemList';

/**
 * One section: a drag handle, its title (editable), buttons to fold it away, move it and remove it
 * (undoable), the analyst's summary, its items (sortable, and a drop target for items from anywhere),
 * and "Add note".
 */
export const SectionCard = memo(function SectionCard(props: { section: Section; index: number; count: number }) {
  const { section, index, count } = props;
  const rename = useApp((s) => s.renameSection);
  const remove = useApp((s) => s.removeSection);
  const move = useApp((s) => s.moveSection);
  const setSummary = useApp((s) => s.setSectionSummary);
  const setKeepWhenEmpty = useApp((s) => s.setKeepWhenEmpty);
  const addNote = useApp((s) => s.addNote);
  const notify = useApp((s) => s.notify);
  const collapsed = useApp((s) => Boolean(s.collapsedSections[section.id]));
  const toggle = useApp((s) => s.toggleSection);
  const focusId = useApp((s) => s.focusSectionId);
  const focused = useApp((s) => s.sectionFocused);
  const inputRef = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const label = sectionLabel(section);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging, isOver, active } = useSortable({
    id: section.id,
    data: { type: 'section' },
  });
  const itemIds = useMemo(() => section.items.map((item) => item.id), [section.items]);
  const itemDropHere = isOver && active?.data.current?.type !== 'section';

  useEffect(() => {
    if (focusId === section.id) {
      inputRef.current?.focus();
      inputRef.current?.select();
      focused();
    }
  }, [focusId, section.id, focused]);

  const onRemove = () => {
    remove(section.id);
    notify('info', `Removed section “${label}”. Undo brings it back.`);
  };

  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={`section-card${isDragging ? ' is-dragging' : ''}${itemDropHere ? ' is-drop-target' : ''}`}
      aria-label={`Section ${label}`}
      data-section-id={section.id}
    >
      <div className="section-head">
        <button type="button" ref={setActivatorNodeRef} className="drag-handle" {...attributes} {...listeners} aria-label={`Drag section ${label}`} title="Drag to reorder">
          <span aria-hidden="true">⠿</span>
        </button>
        <button
          type="button"
          className="button-icon section-toggle"
          aria-expanded={!collapsed}
          aria-controls={bodyId}
          aria-label={`${collapsed ? 'Expand' : 'Collapse'} section ${label}`}
          onClick={() => toggle(section.id)}
        >
          <span aria-hidden="true">{collapsed ? '▸' : '▾'}</span>
        </button>
        <input
          id={titleId}
          ref={inputRef}
          className="input-section"
          type="text"
          aria-label="Section title"
          value={section.title}
          placeholder="Untitled section"
          onChange={(e) => rename(section.id, e.target.value)}
        />
        <button type="button" className="button-icon" aria-label={`Move section ${label} up`} title="Move up" disabled={index === 0} onClick={() => move(section.id, index - 1)}>
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          className="button-icon"
          aria-label={`Move section ${label} down`}
          title="Move down"
          disabled={index === count - 1}
          onClick={() => move(section.id, index + 1)}
        >
          <span aria-hidden="true">↓</span>
        </button>
        <button type="button" className="button-icon" aria-label={`Remove section ${label}`} title="Remove section" onClick={onRemove}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div id={bodyId} className="section-body">
        {collapsed ? (
          <p className="section-empty">{section.items.length === 1 ? '1 item' : `${section.items.length} items`} hidden.</p>
        ) : (
          <>
            <textarea
              className="section-summary"
              aria-label="Section summary"
              placeholder={section.hint?.trim() ? `${section.hint.trim()} (sample text: write your own)` : 'Summary: what this section says, in a sentence or two'}
              rows={2}
              value={section.summary}
              onChange={(e) => setSummary(section.id, e.target.value)}
            />
            <SortableContext id={`items:${section.id}`} items={itemIds} strategy={verticalListSortingStrategy}>
              {section.items.length === 0 ? (
                <div className="section-empty">
                  <p>Nothing here yet. Drag a passage here, or select one in the Reader and choose Add to section.</p>
                  {section.summary.trim() ? null : (
                    <label className="check-label">
                      <input type="checkbox" checked={!!section.keepWhenEmpty} onChange={(e) => setKeepWhenEmpty(section.id, e.target.checked)} />
                      Keep in the export while empty
                    </label>
                  )}
                </div>
              ) : (
                <ItemList section={section} label={label} />
              )}
            </SortableContext>
            <button type="button" className="button-link" onClick={() => addNote(section.id)}>
              Add note
            </button>
          </>
        )}
      </div>
    </li>
  );
});
