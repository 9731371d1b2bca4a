import type { ChangeEvent, DragEvent } from 'react';
import { useId, useState } from 'react';
import { useApp } from '../../app/useApp';
import { ACCEPTED_EXTENSIONS } from './readFiles';

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/** Where files are dropped, with the "Add files" picker as the keyboard way in. */
export function DropZone() {
  const importFiles = useApp((s) => s.importFiles);
  const [over, setOver] = useState(false);
  const inputId = useId();

  const onDragOver = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const files = Array.from(event.dataTransfer.files ?? []);
    if (files.length > 0) void importFiles(files);
  };
  const onPick = (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []);
    event.target.value = '';
    if (files.length > 0) void importFiles(files);
  };

  return (
    <div
      className={`drop-zone${over ? ' is-over' : ''}`}
      onDragOver={onDragOver}
      onDragEnter={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      data-testid="drop-zone"
    >
      <p className="drop-title">Drop articles here</p>
      <p className="drop-hint">Text, Markdown, web pages, Word, PDF or e-mail</p>
      <input
        id={inputId}
        className="visually-hidden file-input"
        type="file"
        multiple
        accept={ACCEPTED_EXTENSIONS.join(',')}
        onChange={onPick}
      />
      <label htmlFor={inputId} className="button button-primary">
        Add files
      </label>
    </div>
  );
}
