import type { KeyboardEvent } from 'react';
import { useId, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import type { Command } from '../../app/commands';
import { commandContext, commands } from '../../app/commands';
import { useApp, useAppStore } from '../../app/useApp';
import { Dialog } from '../../ui/Dialog';
import { ShortcutKeys } from './ShortcutKeys';

/** Commands whose label holds every word typed, in the table's order. */
export function filterCommands(list: readonly Command[], query: string): Command[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return list.filter((command) => command.name !== 'commandPalette' && words.every((word) => command.label.toLowerCase().includes(word)));
}

/** The command palette (Ctrl/Cmd+K): type to filter the command table, arrows to choose, Enter to run. */
export function CommandPalette() {
  const open = useApp((s) => s.paletteOpen);
  if (!open) return null;
  return <PaletteDialog />;
}

function PaletteDialog() {
  const store = useAppStore();
  const close = useApp((s) => s.setPaletteOpen);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const inputId = useId();
  // Re-render when the state or the history changes, so enabled states stay true.
  useStore(store);
  useStore(store.temporal);
  const context = commandContext(store);
  const found = useMemo(() => filterCommands(commands, query), [query]);
  const current = Math.min(active, Math.max(0, found.length - 1));

  const run = (command: Command | undefined) => {
    if (!command) return;
    const now = commandContext(store);
    if (!command.enabled(now)) return;
    close(false);
    command.perform(now);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((current + 1) % Math.max(1, found.length));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((current - 1 + found.length) % Math.max(1, found.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      run(found[current]);
    }
  };

  const optionId = (index: number) => `${listId}-${index}`;
  return (
    <Dialog title="Command palette" onClose={() => close(false)} className="dialog-palette">
      <label htmlFor={inputId} className="visually-hidden">
        Command
      </label>
      <input
        id={inputId}
        type="text"
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={found.length > 0 ? optionId(current) : undefined}
        placeholder="Type a command"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label="Commands" className="palette-list">
        {found.map((command, index) => {
          const enabled = command.enabled(context);
          return (
            <li
              key={command.name}
              id={optionId(index)}
              role="option"
              aria-selected={index === current}
              aria-disabled={!enabled || undefined}
              className={`palette-option${index === current ? ' is-active' : ''}${enabled ? '' : ' is-disabled'}`}
              onMouseEnter={() => setActive(index)}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => run(command)}
            >
              <span>{command.label}</span>
              <ShortcutKeys shortcuts={command.shortcuts} />
            </li>
          );
        })}
        {found.length === 0 ? <li className="section-empty">No command matches.</li> : null}
      </ul>
    </Dialog>
  );
}
