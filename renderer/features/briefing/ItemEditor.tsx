import { useEffect, useId, useRef } from 'react';
import type { Item } from '../../../shared/model/briefing';
import { ITEM_KINDS } from '../../../shared/model/briefing';
import { cutQuote } from '../../../shared/model/quoteIntegrity';
import { useApp } from '../../app/useApp';

const KIND_NAMES: Record<Item['kind'], string> = { quote: 'Quote', figure: 'Figure', excerpt: 'Excerpt', note: 'Note' };

/**
 * Edits an item in place. Each change is saved as it is typed (one undo step per field while typing).
 * A quote can be trimmed by selecting words and cutting them: the cut is marked with an ellipsis and the
 * original words are kept, so a quote changed in any other way is flagged.
 */
export function ItemEditor(props: { item: Item; broken: boolean }) {
  const { item } = props;
  const update = useApp((s) => s.updateItem);
  const setEditing = useApp((s) => s.setEditingItem);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const ids = { text: useId(), note: useId(), kind: useId(), speaker: useId(), role: useId(), what: useId() };

  useEffect(() => {
    textRef.current?.focus();
  }, []);

  const cutSelection = () => {
    const area = textRef.current;
    if (!area || area.selectionStart === area.selectionEnd) return;
    const { selectionStart, selectionEnd } = area;
    update(item.id, { text: cutQuote(item.text, selectionStart, selectionEnd) });
    area.focus();
  };

  const original = item.originalText;
  return (
    <div
      className="item-editor"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          setEditing(null);
        }
      }}
    >
      <div className="field">
        <label htmlFor={ids.text}>{item.kind === 'quote' ? 'Quote text' : item.kind === 'note' ? 'Note text' : 'Item text'}</label>
        <textarea id={ids.text} ref={textRef} rows={3} value={item.text} onChange={(e) => update(item.id, { text: e.target.value })} />
      </div>
      {item.kind === 'quote' ? (
        <div className="item-editor-row">
          <button type="button" className="button" onMouseDown={(e) => e.preventDefault()} onClick={cutSelection}>
            Cut selected words
          </button>
          {original !== undefined && original !== item.text ? (
            <button type="button" className="button button-quiet" onClick={() => update(item.id, { text: original })}>
              Restore original words
            </button>
          ) : null}
          {props.broken ? (
            <button type="button" className="button button-quiet" onClick={() => update(item.id, { kind: 'excerpt' })}>
              Keep as paraphrase
            </button>
          ) : null}
        </div>
      ) : null}
      {item.kind === 'quote' ? (
        <div className="item-editor-row">
          <div className="field">
            <label htmlFor={ids.speaker}>Speaker</label>
            <input id={ids.speaker} type="text" value={item.speaker ?? ''} onChange={(e) => update(item.id, { speaker: e.target.value || null })} />
          </div>
          <div className="field">
            <label htmlFor={ids.role}>Role</label>
            <input id={ids.role} type="text" value={item.role ?? ''} onChange={(e) => update(item.id, { role: e.target.value || null })} />
          </div>
        </div>
      ) : null}
      {item.kind === 'figure' ? (
        <div className="field">
          <label htmlFor={ids.what}>What it measures</label>
          <input id={ids.what} type="text" value={item.what ?? ''} onChange={(e) => update(item.id, { what: e.target.value || null })} />
        </div>
      ) : null}
      {item.kind !== 'note' ? (
        <div className="field">
          <label htmlFor={ids.note}>Analyst’s note</label>
          <textarea id={ids.note} rows={2} value={item.note} onChange={(e) => update(item.id, { note: e.target.value })} />
        </div>
      ) : null}
      <div className="field field-inline">
        <label htmlFor={ids.kind}>Kind</label>
        <select id={ids.kind} value={item.kind} onChange={(e) => update(item.id, { kind: e.target.value as Item['kind'] })}>
          {ITEM_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_NAMES[kind]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
