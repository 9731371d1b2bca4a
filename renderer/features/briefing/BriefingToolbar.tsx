import type { SaveStatus } from '../../app/autosave';
import { shortcutText } from '../../app/commands';
import { useApp } from '../../app/useApp';
import { useCommand } from '../../app/useCommand';

const SAVE_TEXT: Record<SaveStatus, string> = {
  saved: 'Saved',
  unsaved: 'Saving…',
  saving: 'Saving…',
  error: 'Not saved',
};

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

function CommandButton(props: { name: string; className?: string; busy?: boolean }) {
  const command = useCommand(props.name);
  const keys = command.shortcuts.map((s) => shortcutText(s, isMac)).join(' or ');
  return (
    <button
      type="button"
      className={props.className ?? 'button'}
      onClick={command.run}
      disabled={!command.enabled}
      aria-busy={props.busy || undefined}
      title={keys ? `${command.label} (${keys})` : command.label}
      aria-keyshortcuts={command.shortcuts.map((s) => s.replace('Mod', isMac ? 'Meta' : 'Control')).join(' ') || undefined}
    >
      {command.label}
    </button>
  );
}

/** Undo, redo, the save state and the export. */
export function BriefingToolbar() {
  const status = useApp((s) => s.saveStatus);
  const exporting = useApp((s) => s.exporting);
  return (
    <>
      <span className={`save-status save-${status}`}>{SAVE_TEXT[status]}</span>
      <CommandButton name="undo" className="button button-quiet" />
      <CommandButton name="redo" className="button button-quiet" />
      <CommandButton name="exportDocx" className="button button-primary" busy={exporting} />
    </>
  );
}
