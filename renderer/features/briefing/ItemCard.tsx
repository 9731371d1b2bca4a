import { useSortable } from '@dnd-kit/sortable';
import { ItemCrossCheck } from '../sources/ItemCrossCheck';
import { CSS } from '@dnd-kit/utilities';
import { memo } from 'react';
import type { Item } from '../../../shared/model/briefing';
import { useApp } from '../../app/useApp';
import { shortSourceLine, shorten, sourceLine } from '../../ui/format';
import { quoteBroken } from './briefingOps';
import { ItemEditor } from './ItemEditor';

export const KIND_LABEL: Record<Item['kind'], string> = { quote: 'Quote', figure: 'Figure', excerpt: 'Excerpt', note: 'Note' };

/** What an item is called in the names of its buttons. */
export function itemName(item: Item): string {
  return shorten(item.text) || `empty ${KIND_LABEL[item.kind].toLowerCase()}`;
}

/**
 * One item of a section: a drag handle, its text, where it came from, the analyst's note, and buttons to
 * edit it in place, show its source in the Reader and remove it. Re-renders only when the item changes.
 */
export const ItemCard = memo(function ItemCard(props: { item: Item; sectionId: string; as?: 'li' | 'div' }) {
  const { item, sectionId } = props;
  const Root = props.as ?? 'li';
  const editing = useApp((s) => s.editingItemId === item.id);
  const setEditing = useApp((s) => s.setEditingItem);
  const removeItem = useApp((s) => s.removeItem);
  const showSource = useApp((s) => s.showSource);
  const updateItem = useApp((s) => s.updateItem);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: item.id,
    data: { type: 'item', sectionId },
  });
  const broken = quoteBroken(item);
  const name = itemName(item);
  const style = { transform: CSS.Translate.toString(transform), transition };

  return (
    <Root ref={setNodeRef} style={style} data-item-id={item.id} className={`item-card item-${item.kind}${isDragging ? ' is-dragging' : ''}${broken ? ' is-broken' : ''}`}>
      <div className="item-head">
        <button type="button" ref={setActivatorNodeRef} className="drag-handle" {...attributes} {...listeners} aria-label={`Drag item: ${name}`} title="Drag to move">
          <span aria-hidden="true">⠿</span>
        </button>
        <span className="item-kind">{KIND_LABEL[item.kind]}</span>
        <span className="item-actions">
          {item.source ? (
            <button type="button" className="button-link" onClick={() => showSource(item.id)}>
              Show source
            </button>
          ) : null}
          <button type="button" className="button-link" aria-expanded={editing} onClick={() => setEditing(editing ? null : item.id)}>
            {editing ? 'Done' : 'Edit'}
          </button>
          <button type="button" className="button-icon" aria-label={`Remove item: ${name}`} title="Remove item" onClick={() => removeItem(sectionId, item.id)}>
            <span aria-hidden="true">×</span>
          </button>
        </span>
      </div>
      {broken ? (
        <p className="item-flag" role="note">
          Quote no longer matches its source
        </p>
      ) : null}
      {editing ? (
        <ItemEditor item={item} broken={broken} />
      ) : (
        <>
          {item.kind === 'quote' ? <blockquote className="item-text">{item.text}</blockquote> : <p className="item-text">{item.text || <em>Empty note</em>}</p>}
          {item.kind === 'figure' && item.what ? <p className="item-speaker">{item.what}</p> : null}
          <ItemCrossCheck item={item} />
          {item.speaker && item.speakerUnconfirmed ? (
            <p className="item-speaker item-speaker-unsure">
              Speaker? {[item.speaker, item.role].filter(Boolean).join(', ')}{' '}
              <button type="button" className="button-link" aria-label={`Confirm speaker: ${item.speaker}`} onClick={() => updateItem(item.id, { speakerUnconfirmed: false })}>
                Confirm
              </button>{' '}
              <button type="button" className="button-link" aria-label={`Change speaker: ${item.speaker}`} onClick={() => setEditing(item.id)}>
                Change
              </button>
            </p>
          ) : item.speaker ? (
            <p className="item-speaker">{[item.speaker, item.role].filter(Boolean).join(', ')}</p>
          ) : null}
          {item.source ? (
            <p className="item-source" title={`Source: ${sourceLine(item.source)}`}>
              {shortSourceLine(item.source)}
            </p>
          ) : null}
          {item.note ? <p className="item-note">{item.note}</p> : null}
        </>
      )}
    </Root>
  );
});
