import { commands } from '../../app/commands';
import { useApp } from '../../app/useApp';
import { Dialog } from '../../ui/Dialog';
import { ShortcutKeys } from './ShortcutKeys';

/** Keys that are not commands of the table but that the analyst should know. */
const MORE_KEYS: readonly { label: string; keys: string[] }[] = [
  { label: 'Pick up the focused section or item to move it (its drag handle)', keys: ['Space', 'Enter'] },
  { label: 'Move what you picked up', keys: ['↑', '↓'] },
  { label: 'Drop it there', keys: ['Space', 'Enter'] },
  { label: 'Cancel the move, close an editor or a dialog', keys: ['Escape'] },
];

/** Every keyboard shortcut of the command table, and the keys for moving things without a mouse. */
export function ShortcutsSheet() {
  const open = useApp((s) => s.shortcutsOpen);
  const close = useApp((s) => s.setShortcutsOpen);
  if (!open) return null;
  return (
    <Dialog title="Keyboard shortcuts" onClose={() => close(false)} className="dialog-shortcuts">
      <table className="shortcuts-table">
        <caption className="visually-hidden">Commands and their keys</caption>
        <thead>
          <tr>
            <th scope="col">Command</th>
            <th scope="col">Keys</th>
          </tr>
        </thead>
        <tbody>
          {commands.map((command) => (
            <tr key={command.name}>
              <th scope="row">{command.label}</th>
              <td>{command.shortcuts.length ? <ShortcutKeys shortcuts={command.shortcuts} /> : <span className="shortcut-none">Command palette</span>}</td>
            </tr>
          ))}
          {MORE_KEYS.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td>
                {row.keys.map((key, index) => (
                  <span key={key}>
                    {index > 0 ? ' or ' : null}
                    <kbd>{key}</kbd>
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
