import type { FormEvent } from 'react';
import { useEffect, useRef, useState } from 'react';
import { useApp } from '../../app/useApp';
import { FeedPicker } from './FeedPicker';

/** "Add from web address": the core fetches the page and imports it. */
export function AddFromWeb() {
  const importUrl = useApp((s) => s.importUrl);
  const [address, setAddress] = useState('');
  const [feedUrl, setFeedUrl] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const focus = useApp((s) => s.inboxFocus);
  useEffect(() => {
    if (focus?.target === 'address') field.current?.focus();
  }, [focus]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!address.trim()) return;
    void importUrl(address);
    setAddress('');
  };
  return (
    <form className="add-from-web" aria-label="Add from web address" onSubmit={submit}>
      <label className="field-label">
        <span className="visually-hidden">Web address</span>
        <input
          ref={field}
          type="text"
          autoComplete="url"
          spellCheck={false}
          inputMode="url"
          className="web-address"
          placeholder="Add from web address: https://…"
          value={address}
          onChange={(event) => setAddress(event.target.value)}
        />
      </label>
      <button type="submit" className="button" disabled={!address.trim()}>
        Fetch
      </button>
      <button type="button" className="button-quiet" disabled={!address.trim()} onClick={() => setFeedUrl(address.trim())}>
        List feed items
      </button>
      {feedUrl ? <FeedPicker key={feedUrl} url={feedUrl} onDone={() => setFeedUrl(null)} /> : null}
    </form>
  );
}
