import { useEffect } from 'react';
import { useApp } from './useApp';

const INFO_VISIBLE_MS = 8000;

/** The app's one message line: news politely (role=status), problems as an alert that stays until dismissed. */
export function StatusArea() {
  const notice = useApp((s) => s.notice);
  const dismiss = useApp((s) => s.dismissNotice);

  useEffect(() => {
    if (notice?.tone !== 'info') return;
    const timer = setTimeout(dismiss, INFO_VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [notice, dismiss]);

  return (
    <div className="status-area">
      <div role="status" className="notice notice-info">
        {notice?.tone === 'info' ? notice.text : null}
      </div>
      <div role="alert" className={notice?.tone === 'error' ? 'notice notice-error' : 'notice'}>
        {notice?.tone === 'error' ? (
          <>
            <span>{notice.text}</span>
            <button type="button" className="button-quiet" onClick={dismiss} aria-label="Dismiss message">
              Dismiss
            </button>
          </>
        ) : null}
      </div>
    </div>
  );
}
