import { useState } from 'react';
import { useApp } from '../../app/useApp';

/** The trash: briefings deleted but not gone; each can be restored, or the whole trash emptied for good. */
export function TrashList() {
  const trash = useApp((s) => s.trash);
  const restore = useApp((s) => s.restoreBriefing);
  const empty = useApp((s) => s.emptyTrash);
  const [confirming, setConfirming] = useState(false);
  return (
    <section className="library-trash" aria-label="Trash">
      <h3 className="library-heading">Trash</h3>
      {trash.length === 0 ? (
        <p className="section-empty">The trash is empty.</p>
      ) : (
        <>
          <ul className="library-list" aria-label="Briefings in the trash">
            {trash.map((briefing) => (
              <li key={briefing.id} className="library-row">
                <div className="library-row-main">
                  <span className="library-title">{briefing.title || 'Untitled briefing'}</span>
                  <span className="library-meta">
                    {briefing.date} · deleted {new Date(briefing.deletedAt).toLocaleString()}
                  </span>
                </div>
                <div className="library-actions">
                  <button type="button" className="button" aria-label={`Restore ${briefing.title || 'Untitled briefing'}`} onClick={() => void restore(briefing.id)}>
                    Restore
                  </button>
                </div>
              </li>
            ))}
          </ul>
          {confirming ? (
            <div className="library-confirm" role="group" aria-label="Empty the trash?">
              <span>
                Delete {trash.length === 1 ? 'this briefing' : `these ${trash.length} briefings`} for good? This cannot be undone.
              </span>
              <button
                type="button"
                className="button button-danger"
                onClick={() => {
                  setConfirming(false);
                  void empty();
                }}
              >
                Delete for good
              </button>
              <button type="button" className="button button-quiet" onClick={() => setConfirming(false)}>
                Keep them
              </button>
            </div>
          ) : (
            <button type="button" className="button button-quiet" onClick={() => setConfirming(true)}>
              Empty trash
            </button>
          )}
        </>
      )}
    </section>
  );
}
