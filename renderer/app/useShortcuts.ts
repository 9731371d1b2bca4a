import { useEffect } from 'react';
import type { DesktopEvents } from '../../shared/ipc/contract';
import { commandContext, commands, isBareKey, matchesShortcut } from './commands';
import type { AppStore } from './store';

/** Whether the key press happens where the analyst types text. */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Binds the command table's shortcuts to the window while the app is mounted, and performs the commands the
 * desktop app's menus send (`window.api.onCommand`). A bare key ("?") never fires while typing in a field.
 */
export function useShortcuts(store: AppStore): void {
  useEffect(() => {
    const run = (name: string) => {
      const command = commands.find((c) => c.name === name);
      const context = commandContext(store);
      if (command?.enabled(context)) command.perform(context);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      for (const command of commands) {
        const shortcut = command.shortcuts.find((s) => matchesShortcut(event, s));
        if (!shortcut) continue;
        if (isBareKey(shortcut) && typingIn(event.target)) return;
        event.preventDefault();
        run(command.name);
        return;
      }
    };
    window.addEventListener('keydown', onKeyDown);
    const desktop = (globalThis as { api?: Partial<DesktopEvents> }).api;
    const unsubscribe = desktop?.onCommand?.((name) => run(name));
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      unsubscribe?.();
    };
  }, [store]);
}
