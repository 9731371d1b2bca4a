import { useEffect, useId, useRef } from 'react';
import type { Section } from '../../../shared/model/briefing';
import { useApp } from '../../app/useApp';
import { sectionLabel } from './briefingOps';
import { ItemCard } from './ItemCard';

/** One section: its title (editable), its items, and a way to remove it (undoable). */
export function SectionCard(props: { section: Section }) {
  const { section } = props;
  const rename = useApp((s) => s.renameSection);
  const remove = useApp((s) => s.removeSection);
  const removeItem = useApp((s) => s.removeItem);
  const notify = useApp((s) => s.notify);
  const focusId = useApp((s) => s.focusSectionId);
  const focused = useApp((s) => s.sectionFocused);
  const inputRef = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const label = sectionLabel(section);

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
    <li className="section-card">
      <div className="section-head">
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
        <button type="button" className="button-icon" aria-label={`Remove section ${label}`} title="Remove section" onClick={onRemove}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {section.items.length === 0 ? (
        <p className="section-empty">Nothing here yet. Select a passage in the Reader and choose Add to section.</p>
      ) : (
        <ul className="item-list" aria-label={`Items in ${label}`}>
          {section.items.map((item) => (
            <ItemCard key={item.id} item={item} onRemove={() => removeItem(section.id, item.id)} />
          ))}
        </ul>
      )}
    </li>
  );
}
