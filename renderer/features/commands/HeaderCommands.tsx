import { CommandButton } from './CommandButton';

/** The window's own commands: the command palette and the shortcuts sheet. */
export function HeaderCommands() {
  return (
    <div className="header-commands">
      <CommandButton name="openSources" className="button button-quiet" />
      <CommandButton name="commandPalette" className="button button-quiet" />
      <CommandButton name="shortcuts" className="button button-quiet" />
    </div>
  );
}
