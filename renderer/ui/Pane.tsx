import type { ReactNode } from 'react';

/** One of the window's panes: a landmark named by its label, with a header row for its controls. */
export function Pane(props: { label: string; className?: string; actions?: ReactNode; children: ReactNode }) {
  return (
    <section aria-label={props.label} className={`pane ${props.className ?? ''}`}>
      <header className="pane-header">
        <h2 className="pane-title">{props.label}</h2>
        {props.actions ? <div className="pane-actions">{props.actions}</div> : null}
      </header>
      <div className="pane-body">{props.children}</div>
    </section>
  );
}
