import { useAppShallow } from '../../app/useApp';

/** Progress while files are imported, then what could not be imported and why, file by file. */
export function ImportStatus() {
  const { importing, failures, dismiss } = useAppShallow((s) => ({
    importing: s.importing,
    failures: s.importFailures,
    dismiss: s.dismissImportFailures,
  }));
  return (
    <>
      {importing ? (
        <div className="import-progress">
          <progress value={importing.done} max={importing.total} aria-label="Import progress" />
          <span>
            Importing {Math.min(importing.done + 1, importing.total)} of {importing.total}{' '}
            {importing.total === 1 ? 'file' : 'files'}…
          </span>
        </div>
      ) : null}
      {failures.length > 0 ? (
        <div className="import-failures">
          <div className="import-failures-header">
            <h3>Not imported</h3>
            {importing ? null : (
              <button type="button" className="button-quiet" onClick={dismiss} aria-label="Dismiss import problems">
                Dismiss
              </button>
            )}
          </div>
          <ul aria-label="Files not imported">
            {failures.map((failure, i) => (
              <li key={`${failure.name}-${i}`} data-code={failure.code}>
                <span className="file-name">{failure.name}</span>
                <span className="failure-message">{failure.message}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
