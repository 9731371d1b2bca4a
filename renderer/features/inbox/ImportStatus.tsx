import { memo, useId } from 'react';
import { useAppShallow } from '../../app/useApp';
import type { ImportEntry, ImportStatusKind } from './importRun';
import { countByStatus, partsText } from './importRun';

const STATUS_TEXT: Record<ImportStatusKind, string> = {
  queued: 'Waiting',
  importing: 'Importing…',
  imported: 'Imported',
  duplicate: 'Already in the library',
  failed: 'Not imported',
  canceled: 'Canceled',
};

const ImportRow = memo(function ImportRow({ entry }: { entry: ImportEntry }) {
  return (
    <li className={`import-row is-${entry.status}`} data-status={entry.status} data-code={entry.code}>
      <span className="file-name">{entry.name}</span>
      <span className="import-row-status">{STATUS_TEXT[entry.status]}</span>
      {partsText(entry) ? <span className="import-row-parts">{partsText(entry)}</span> : null}
      {entry.message ? <span className="failure-message">{entry.message}</span> : null}
    </li>
  );
});

/** The current or last import: a progress bar, counts, Cancel while it runs, and every file with its status. */
export function ImportStatus() {
  const { run, cancel, toggle, dismiss } = useAppShallow((s) => ({
    run: s.importRun,
    cancel: s.cancelImport,
    toggle: s.toggleImportDetails,
    dismiss: s.dismissImport,
  }));
  const listId = useId();
  if (!run) return null;
  const total = run.entries.length;
  // Once done, the files that need the analyst's attention come first.
  const shown = run.running ? run.entries : [...run.entries.filter((e) => e.status === 'failed'), ...run.entries.filter((e) => e.status !== 'failed')];
  const counts = countByStatus(run.entries);
  const tally = [
    counts.imported > 0 ? `${counts.imported} imported` : '',
    counts.duplicate > 0 ? `${counts.duplicate} already in the library` : '',
    counts.failed > 0 ? `${counts.failed} failed` : '',
    counts.canceled > 0 ? `${counts.canceled} canceled` : '',
  ].filter(Boolean);

  return (
    <div className={`import-status${counts.failed > 0 ? ' has-failures' : ''}`}>
      <div className="import-progress">
        <progress value={run.done} max={Math.max(total, 1)} aria-label="Import progress" aria-valuetext={`${run.done} of ${total}`} />
        <span className="import-count">
          {run.running ? (run.canceled ? 'Canceling… ' : 'Importing… ') : 'Done: '}
          {run.done} of {total} {total === 1 ? 'file' : 'files'}
        </span>
        {tally.length > 0 ? <span className="import-tally">{tally.join(' · ')}</span> : null}
      </div>
      <div className="import-actions">
        {run.running ? (
          <button type="button" className="button" onClick={cancel} disabled={run.canceled}>
            Cancel import
          </button>
        ) : null}
        <button type="button" className="button-quiet" aria-expanded={run.expanded} aria-controls={listId} onClick={toggle}>
          {run.expanded ? 'Hide details' : 'Show details'}
        </button>
        {run.running ? null : (
          <button type="button" className="button-quiet" onClick={dismiss} aria-label="Dismiss import status">
            Dismiss
          </button>
        )}
      </div>
      <ul id={listId} className="import-list" aria-label="Import status" hidden={!run.expanded}>
        {shown.map((entry) => (
          <ImportRow key={entry.key} entry={entry} />
        ))}
      </ul>
    </div>
  );
}
