import { useEffect } from 'react';
import type { DesktopEvents } from '../../shared/ipc/contract';
import { showArrivedBriefing } from '../features/inbox/openSharedBriefing';
import type { AppStore } from './store';

/**
 * What the desktop app's main process tells the page: a `.briefing` file opened with the app, article files
 * opened with it or through its menu. In the browser host there are no such events and this does nothing.
 */
export function useDesktopEvents(store: AppStore): void {
  useEffect(() => {
    const desktop = (globalThis as { api?: Partial<DesktopEvents> }).api;
    const offBriefing = desktop?.onBriefingOpened?.((briefing) => void showArrivedBriefing(store.getState, briefing));
    const offArticles = desktop?.onArticlesImported?.((outcomes) => {
      void store.getState().loadArticles();
      const failed = outcomes.filter((o) => !o.ok);
      if (failed.length > 0) {
        store.getState().notify('error', failed.map((o) => (o.ok ? '' : `${o.name}: ${o.error.message}`)).join(' '));
      } else {
        store.getState().notify('info', `Imported ${outcomes.length} article${outcomes.length === 1 ? '' : 's'}.`);
      }
    });
    return () => {
      offBriefing?.();
      offArticles?.();
    };
  }, [store]);
}
