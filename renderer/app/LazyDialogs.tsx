import { lazy, Suspense, useRef } from 'react';
import { useApp } from './useApp';

// Not on the first screen: each dialog's code (the template manager and export with them) is fetched the first
// time it opens, then kept.
const LibraryDialog = lazy(() => import('../features/library/LibraryDialog').then((m) => ({ default: m.LibraryDialog })));
const TemplatesDialog = lazy(() => import('../features/templates/TemplatesDialog').then((m) => ({ default: m.TemplatesDialog })));
const ExportDialog = lazy(() => import('../features/export/ExportDialog').then((m) => ({ default: m.ExportDialog })));
const SourcesDialog = lazy(() => import('../features/sources/SourcesDialog').then((m) => ({ default: m.SourcesDialog })));
const SettingsDialog = lazy(() => import('../features/settings/SettingsDialog').then((m) => ({ default: m.SettingsDialog })));

/** True from the first time `open` is true: a dialog once loaded stays mounted and opens and closes itself. */
function useOpenedOnce(open: boolean): boolean {
  const opened = useRef(false);
  if (open) opened.current = true;
  return opened.current;
}

export function LazyDialogs() {
  const library = useOpenedOnce(useApp((s) => s.libraryOpen));
  const templates = useOpenedOnce(useApp((s) => s.templatesOpen));
  const exporting = useOpenedOnce(useApp((s) => s.exportDialogOpen));
  const sources = useOpenedOnce(useApp((s) => s.sourcesOpen));
  const settings = useOpenedOnce(useApp((s) => s.settingsOpen));
  return (
    <Suspense fallback={null}>
      {library ? <LibraryDialog /> : null}
      {templates ? <TemplatesDialog /> : null}
      {exporting ? <ExportDialog /> : null}
      {sources ? <SourcesDialog /> : null}
      {settings ? <SettingsDialog /> : null}
    </Suspense>
  );
}
