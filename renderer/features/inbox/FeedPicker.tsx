import { useEffect, useState } from 'react';
import type { FeedListing } from '../../../shared/ipc/contract';
import { useApp } from '../../app/useApp';

/** A feed's items with a box each (the new ones ticked); "Import selected" fetches each like a web address. */
export function FeedPicker(props: { url: string; onDone: () => void }) {
  const listFeed = useApp((s) => s.listFeed);
  const importUrls = useApp((s) => s.importUrls);
  const [feed, setFeed] = useState<FeedListing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [picked, setPicked] = useState<Set<string>>(new Set());
  useEffect(() => {
    let current = true;
    listFeed(props.url).then(
      (listing) => {
        if (!current) return;
        setFeed(listing);
        setPicked(new Set(listing.items.filter((i) => i.isNew && i.link).map((i) => i.link!)));
      },
      (e: unknown) => current && setError((e as Error).message),
    );
    return () => {
      current = false;
    };
  }, [listFeed, props.url]);
  if (error) return <p className="feed-error" role="alert">{error}</p>;
  if (!feed) return <p className="feed-loading">Reading the feed…</p>;
  const toggle = (link: string) => setPicked((now) => {
    const next = new Set(now);
    if (next.has(link)) next.delete(link);
    else next.add(link);
    return next;
  });
  const newCount = feed.items.filter((i) => i.isNew).length;
  return (
    <fieldset className="feed-picker">
      <legend>{feed.title ?? props.url}: {newCount} new since last time</legend>
      <ul>
        {feed.items.map((item) => (
          <li key={item.id}>
            <label>
              <input type="checkbox" disabled={!item.link} checked={!!item.link && picked.has(item.link)} onChange={() => item.link && toggle(item.link)} />
              {item.title ?? item.link ?? '(untitled)'}
              {item.published ? <span className="feed-date"> {item.published}</span> : null}
              {item.isNew ? <span className="feed-new"> new</span> : null}
            </label>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button"
        disabled={picked.size === 0}
        onClick={() => {
          void importUrls([...picked]);
          props.onDone();
        }}
      >
        Import {picked.size} selected
      </button>
      <button type="button" className="button-quiet" onClick={props.onDone}>
        Close
      </button>
    </fieldset>
  );
}
