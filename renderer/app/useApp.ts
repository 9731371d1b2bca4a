import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { TemporalState } from 'zundo';
import type { AppState, AppStore, Tracked } from './store';

export const StoreContext = createContext<AppStore | null>(null);

export function useAppStore(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore must be used inside <StoreContext.Provider>.');
  return store;
}

/** Selects one field (or a derived primitive) from the store. */
export function useApp<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStore(), selector);
}

/** Selects several fields at once, re-rendering only when one of them changes. */
export function useAppShallow<T extends object>(selector: (state: AppState) => T): T {
  return useStore(useAppStore(), useShallow(selector));
}

/** Reads the undo history (pastStates, futureStates) of the briefing. */
export function useTemporal<T>(selector: (state: TemporalState<Tracked>) => T): T {
  return useStore(useAppStore().temporal, selector);
}
