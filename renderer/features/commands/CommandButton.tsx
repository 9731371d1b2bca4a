import { shortcutText } from '../../app/commands';
import { useCommand } from '../../app/useCommand';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** A toolbar button for a command of the table: its label, its shortcuts as a hint, enabled when the command is. */
export function CommandButton(props: { name: string; className?: string; busy?: boolean }) {
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
