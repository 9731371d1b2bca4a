import { useEffect } from 'react';
import type { AppStore } from '../../app/store';

/** Reads across the sources again whenever the library's articles change (debounced), so marks stay current. */
export function useSourcesWatch(store: AppStore, delayMs = 400) {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = store.getState().articles;
    const unsubscribe = store.subscribe((state) => {
      if (state.articles === last) return;
      last = state.articles;
      clearTimeout(timer);
      timer = setTimeout(() => void store.getState().refreshSources(), delayMs);
    });
    if (last.length > 0) void store.getState().refreshSources();
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [store, delayMs]);
}
