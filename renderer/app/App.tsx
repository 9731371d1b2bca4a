import type { DragEvent } from 'react';
import { useEffect, useState } from 'react';
import type { AppApi } from '../../shared/ipc/contract';
import { BriefingPane } from '../features/briefing/BriefingPane';
import { EditorDndContext } from '../features/briefing/EditorDndContext';
import { CommandPalette } from '../features/commands/CommandPalette';
import { HeaderCommands } from '../features/commands/HeaderCommands';
import { ShortcutsSheet } from '../features/commands/ShortcutsSheet';
import { InboxPane } from '../features/inbox/InboxPane';
import { ReaderPane } from '../features/reader/ReaderPane';
import { getApi } from './api';
import { LazyDialogs } from './LazyDialogs';
import { StatusArea } from './StatusArea';
import type { AppStore } from './store';
import { createAppStore } from './store';
import { StoreContext } from './useApp';
import { useDesktopEvents } from './useDesktopEvents';
import { useShortcuts } from './useShortcuts';
import { useSourcesWatch } from '../features/sources/useSourcesWatch';

/** A file dropped outside the Inbox's drop zone must not make the window open it. */
function ignoreStrayDrop(event: DragEvent) {
  event.preventDefault();
}

export function App(props: { api?: AppApi; store?: AppStore }) {
  const [store] = useState(() => props.store ?? createAppStore({ api: props.api ?? getApi() }));
  useShortcuts(store);
  useDesktopEvents(store);
  useSourcesWatch(store);

  useEffect(() => {
    const state = store.getState();
    void state.loadArticles();
    void state.loadSettings();
    if (!state.briefing) void state.openLatestBriefing();
  }, [store]);

  useEffect(() => {
    // Leaving or hiding the page with a change not yet on disk: save it now. (No "leave page?" prompt:
    // in Electron that would silently keep the window from closing.)
    const flush = () => {
      if (store.getState().saveStatus !== 'saved') void store.getState().flushSave();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [store]);

  return (
    <StoreContext.Provider value={store}>
      <div className="app" onDragOver={ignoreStrayDrop} onDrop={ignoreStrayDrop}>
        <header className="app-header">
          <h1 className="brand">Briefwright</h1>
          <StatusArea />
          <HeaderCommands />
        </header>
        <EditorDndContext>
          <main className="panes">
            <InboxPane />
            <ReaderPane />
            <BriefingPane />
          </main>
        </EditorDndContext>
        <LazyDialogs />
        <CommandPalette />
        <ShortcutsSheet />
      </div>
    </StoreContext.Provider>
  );
}
