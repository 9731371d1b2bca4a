import type { KeyboardEvent, ReactNode } from 'react';
import { useEffect, useRef } from 'react';

const FOCUSABLE = 'button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog named by its title: it takes the focus when it opens, keeps Tab inside, closes on Escape,
 * and gives the focus back to where it was.
 */
export function Dialog(props: { title: string; onClose: () => void; children: ReactNode; className?: string; initialFocus?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const { onClose, initialFocus } = props;

  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    const root = ref.current;
    const first =
      (initialFocus ? root?.querySelector<HTMLElement>(initialFocus) : null) ??
      root?.querySelector<HTMLElement>(`.dialog-body :is(${FOCUSABLE})`) ??
      root?.querySelector<HTMLElement>(FOCUSABLE) ??
      root;
    first?.focus();
    return () => {
      if (before && document.contains(before)) before.focus();
    };
  }, [initialFocus]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'Tab' || !ref.current) return;
    const focusable = Array.from(ref.current.querySelectorAll<HTMLElement>(FOCUSABLE));
    if (focusable.length === 0) return;
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <div className="dialog-backdrop" onMouseDown={(event) => event.target === event.currentTarget && onClose()}>
      <div ref={ref} role="dialog" aria-modal="true" aria-label={props.title} tabIndex={-1} className={`dialog ${props.className ?? ''}`} onKeyDown={onKeyDown}>
        <header className="dialog-header">
          <h2 className="dialog-title">{props.title}</h2>
          <button type="button" className="button-icon" aria-label="Close" onClick={onClose}>
            <span aria-hidden="true">×</span>
          </button>
        </header>
        <div className="dialog-body">{props.children}</div>
      </div>
    </div>
  );
}
