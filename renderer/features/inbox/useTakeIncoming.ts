import { useCallback } from 'react';
import { useAppStore } from '../../app/useApp';
import type { Incoming } from './transfer';

/** Hands what was pasted or dropped to the right import: files, a web address, or text. */
export function useTakeIncoming(): (incoming: Incoming, name?: string) => void {
  const store = useAppStore();
  return useCallback(
    (incoming, name) => {
      if (!incoming) return;
      const state = store.getState();
      if (incoming.kind === 'files') void state.importFiles(incoming.files);
      else if (incoming.kind === 'url') void state.importUrl(incoming.url);
      else void state.importText({ text: incoming.text, html: incoming.html, name });
    },
    [store],
  );
}
