import { useId, useState } from 'react';
import type { BriefingSummary } from '../../../shared/model/briefing';
import { useApp } from '../../app/useApp';
import { Dialog } from '../../ui/Dialog';
import { StartFromPrevious } from './StartFromPrevious';
import { TrashList } from './TrashList';

function BriefingRow(props: { briefing: BriefingSummary; isOpen: boolean }) {
  const { briefing, isOpen } = props;
  const open = useApp((s) => s.openFromLibrary);
  const rename = useApp((s) => s.renameBriefing);
  const duplicate = useApp((s) => s.duplicateBriefing);
  const trash = useApp((s) => s.trashBriefing);
  const [renaming, setRenaming] = useState(false);
  const [title, setTitle] = useState(briefing.title);
  const inputId = useId();
  const name = briefing.title || 'Untitled briefing';

  const submit = async () => {
    setRenaming(false);
    if (title.trim() && title !== briefing.title) await rename(briefing.id, title.trim());
  };

  return (
    <li className={`library-row${isOpen ? ' is-open' : ''}`} aria-current={isOpen ? 'true' : undefined}>
      {renaming ? (
        <form
          className="library-rename"
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <label htmlFor={inputId} className="visually-hidden">
            New title for {name}
          </label>
          <input id={inputId} type="text" value={title} autoFocus onChange={(e) => setTitle(e.target.value)} />
          <button type="submit" className="button">
            Save title
          </button>
          <button type="button" className="button button-quiet" onClick={() => setRenaming(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <div className="library-row-main">
          <span className="library-title">{name}</span>
          <span className="library-meta">
            {briefing.date} · {briefing.itemCount === 1 ? '1 item' : `${briefing.itemCount} items`}
            {isOpen ? ' · open now' : ''}
          </span>
        </div>
      )}
      {!renaming ? (
        <div className="library-actions">
          <button type="button" className="button" aria-label={`Open ${name}`} disabled={isOpen} onClick={() => void open(briefing.id)}>
            Open
          </button>
          <button
            type="button"
            className="button button-quiet"
            aria-label={`Rename ${name}`}
            onClick={() => {
              setTitle(briefing.title);
              setRenaming(true);
            }}
          >
            Rename
          </button>
          <button type="button" className="button button-quiet" aria-label={`Duplicate ${name}`} onClick={() => void duplicate(briefing.id)}>
            Duplicate
          </button>
          <button type="button" className="button button-quiet" aria-label={`Move ${name} to trash`} onClick={() => void trash(briefing.id)}>
            Move to trash
          </button>
        </div>
      ) : null}
    </li>
  );
}

/** The library of briefings: newest first; open, rename, duplicate, move to the trash; start a new one. */
export function LibraryDialog() {
  const openNow = useApp((s) => s.libraryOpen);
  const hide = useApp((s) => s.hideLibrary);
  const briefings = useApp((s) => s.libraryBriefings);
  const currentId = useApp((s) => s.briefing?.id ?? null);
  const newBriefing = useApp((s) => s.newBriefing);
  const loadPrevious = useApp((s) => s.loadPreviousBriefing);
  const previous = useApp((s) => s.previousBriefing);
  if (!openNow) return null;
  return (
    <Dialog title="Briefings" onClose={hide} className="dialog-library">
      <div className="library-toolbar">
        <button type="button" className="button button-primary" onClick={() => void newBriefing()}>
          New briefing
        </button>
        <button type="button" className="button" onClick={() => void loadPrevious()} aria-expanded={previous !== null}>
          Start from yesterday
        </button>
      </div>
      {previous ? <StartFromPrevious previous={previous} /> : null}
      <h3 className="library-heading">All briefings</h3>
      {briefings.length === 0 ? (
        <p className="section-empty">No briefings yet.</p>
      ) : (
        <ul className="library-list" aria-label="All briefings">
          {briefings.map((briefing) => (
            <BriefingRow key={`${briefing.id}:${briefing.title}`} briefing={briefing} isOpen={briefing.id === currentId} />
          ))}
        </ul>
      )}
      <TrashList />
    </Dialog>
  );
}
