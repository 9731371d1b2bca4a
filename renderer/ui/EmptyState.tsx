import type { ReactNode } from 'react';

/** A quiet hint where content will appear. */
export function EmptyState(props: { title: string; children?: ReactNode }) {
  return (
    <div className="empty-state">
      <p className="empty-title">{props.title}</p>
      {props.children ? <p className="empty-hint">{props.children}</p> : null}
    </div>
  );
}
