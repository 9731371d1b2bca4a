import type { ClipboardEvent } from 'react';
import { useEffect, useMemo, useState } from 'react';
import { useApp, useAppShallow } from '../../app/useApp';
import { Pane } from '../../ui/Pane';
import { AddFromWeb } from './AddFromWeb';
import { ArticleFilters } from './ArticleFilters';
import { ArticleList } from './ArticleList';
import { DropZone } from './DropZone';
import { ImportStatus } from './ImportStatus';
import { visibleArticles } from './inboxView';
import { PasteDialog } from './PasteDialog';
import { readTransfer } from './transfer';
import { useTakeIncoming } from './useTakeIncoming';

/** Typing places: a paste there is text for that field, not an article. */
function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) return !['button', 'checkbox', 'radio', 'file', 'submit', 'reset', 'range', 'color'].includes(target.type);
  return target instanceof HTMLSelectElement;
}

/** The Inbox: bring articles in (files, pastes, web addresses, drops), find them again, pick one to read. */
export function InboxPane() {
  const take = useTakeIncoming();
  const [pasting, setPasting] = useState(false);
  const briefingId = useApp((s) => s.briefing?.id ?? null);
  const loadUsage = useApp((s) => s.loadUsage);
  const focus = useApp((s) => s.inboxFocus);
  useEffect(() => {
    if (focus?.target === 'paste') setPasting(true);
  }, [focus]);
  const view = useAppShallow((s) => ({
    articles: s.articles,
    query: s.inboxQuery,
    searchHits: s.searchHits,
    filter: s.inboxFilter,
    sort: s.inboxSort,
    usage: s.articleUsage,
  }));
  const shown = useMemo(
    () =>
      visibleArticles(view.articles, {
        query: view.query,
        hits: view.searchHits && view.searchHits.query === view.query ? view.searchHits.ids : null,
        filter: view.filter,
        sort: view.sort,
        usage: view.usage,
      }),
    [view.articles, view.query, view.searchHits, view.filter, view.sort, view.usage],
  );

  // "Used" marks are relative to the briefing being edited: ask again when another one opens.
  useEffect(() => {
    void loadUsage();
  }, [briefingId, loadUsage]);

  const onPaste = (event: ClipboardEvent) => {
    if (isTextField(event.target)) return;
    const incoming = readTransfer(event.clipboardData);
    if (!incoming) return;
    event.preventDefault();
    take(incoming);
  };

  return (
    <Pane label="Inbox" className="pane-inbox">
      {/* Focusable, so that a click anywhere in the Inbox and then Ctrl/Cmd+V pastes an article. */}
      <div className="inbox" tabIndex={-1} onPaste={onPaste}>
        <DropZone onPasteArticle={() => setPasting(true)} />
        {pasting ? <PasteDialog onClose={() => setPasting(false)} /> : null}
        <AddFromWeb />
        <ImportStatus />
        <ArticleFilters shown={shown.length} total={view.articles.length} />
        <ArticleList articles={shown} total={view.articles.length} />
      </div>
    </Pane>
  );
}
