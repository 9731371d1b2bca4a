import { useEffect } from 'react';
import { commandContext, commandForKey } from './commands';
import type { AppStore } from './store';

/** Binds the command table's shortcuts to the window while the app is mounted. */
export function useShortcuts(store: AppStore): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const command = commandForKey(event);
      if (!command) return;
      event.preventDefault();
      const context = commandContext(store);
      if (command.enabled(context)) command.perform(context);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
