import { shortcutText } from '../../app/commands';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** A command's shortcuts as keys, "or" between them. */
export function ShortcutKeys(props: { shortcuts: readonly string[] }) {
  if (props.shortcuts.length === 0) return null;
  return (
    <span className="shortcut-keys">
      {props.shortcuts.map((shortcut, index) => (
        <span key={shortcut}>
          {index > 0 ? ' or ' : null}
          <kbd>{shortcutText(shortcut, isMac)}</kbd>
        </span>
      ))}
    </span>
  );
}
