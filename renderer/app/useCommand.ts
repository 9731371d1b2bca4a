import { useCallback } from 'react';
import { useStore } from 'zustand';
import { commandContext, findCommand } from './commands';
import { useAppStore } from './useApp';

/** A command for a button: its label, its shortcuts, whether it is enabled now, and a way to run it. */
export function useCommand(name: string) {
  const store = useAppStore();
  const command = findCommand(name);
  const enabledApp = useStore(store, (state) => command.enabled({ state, history: store.temporal.getState() }));
  const enabledHistory = useStore(store.temporal, (history) => command.enabled({ state: store.getState(), history }));
  const run = useCallback(() => {
    const context = commandContext(store);
    if (command.enabled(context)) command.perform(context);
  }, [store, command]);
  return { label: command.label, shortcuts: command.shortcuts, enabled: enabledApp && enabledHistory, run };
}
