import type { ChangeEvent, DragEvent } from 'react';
import { useEffect, useId, useRef, useState } from 'react';
import { useApp } from '../../app/useApp';
import { ACCEPTED_EXTENSIONS } from './readFiles';
import { canTake, readTransfer } from './transfer';
import { useTakeIncoming } from './useTakeIncoming';

/** True while a drag that started inside this page (a selection in the Reader) is under way: that is not an import. */
function useDragFromPage() {
  const fromPage = useRef(false);
  useEffect(() => {
    const start = () => (fromPage.current = true);
    const end = () => (fromPage.current = false);
    document.addEventListener('dragstart', start);
    document.addEventListener('dragend', end);
    return () => {
      document.removeEventListener('dragstart', start);
      document.removeEventListener('dragend', end);
    };
  }, []);
  return fromPage;
}

/**
 * Where files, links and browser selections are dropped, with "Add files" and "Paste article" as the
 * keyboard ways in.
 */
export function DropZone(props: { onPasteArticle: () => void }) {
  const importFiles = useApp((s) => s.importFiles);
  const take = useTakeIncoming();
  const [over, setOver] = useState(false);
  const inputId = useId();
  const fromPage = useDragFromPage();
  // Once there are articles, the list gets the height: the zone shrinks to a row of buttons (drops still land on it).
  const compact = useApp((s) => s.articles.length > 0);

  const onDragOver = (event: DragEvent) => {
    if (fromPage.current || !canTake(Array.from(event.dataTransfer?.types ?? []))) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (fromPage.current) return;
    take(readTransfer(event.dataTransfer), 'Dropped text');
  };
  const onPick = (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []);
    event.target.value = '';
    if (files.length > 0) void importFiles(files);
  };

  return (
    <div
      className={`drop-zone${over ? ' is-over' : ''}${compact ? ' is-compact' : ''}`}
      onDragOver={onDragOver}
      onDragEnter={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      data-testid="drop-zone"
    >
      {compact ? null : (
        <>
          <p className="drop-title">Drop articles here</p>
          <p className="drop-hint">Files (text, web pages, Word, PDF, e-mail), links or text from a browser</p>
        </>
      )}
      <input
        id={inputId}
        className="visually-hidden file-input"
        type="file"
        multiple
        accept={ACCEPTED_EXTENSIONS.join(',')}
        onChange={onPick}
      />
      <div className="drop-actions">
        <label htmlFor={inputId} className="button button-primary">
          Add files
        </label>
        <button type="button" className="button" onClick={props.onPasteArticle}>
          Paste article
        </button>
        {compact ? <span className="drop-hint">or drop here</span> : null}
      </div>
    </div>
  );
}
