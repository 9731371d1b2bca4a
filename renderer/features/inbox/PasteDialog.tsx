import type { ClipboardEvent, FormEvent, KeyboardEvent } from 'react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTakeIncoming } from './useTakeIncoming';
import { webAddressIn } from './transfer';

/**
 * A box to paste an article into. What the clipboard held as a web page (text/html) is kept and sent,
 * so the page's headline, byline and date come through, as long as the pasted text is not edited.
 */
export function PasteDialog(props: { onClose: () => void }) {
  const take = useTakeIncoming();
  const [text, setText] = useState('');
  const pasted = useRef<{ text: string; html: string } | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const titleId = useId();

  useEffect(() => area.current?.focus(), []);

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const html = event.clipboardData.getData('text/html');
    const plain = event.clipboardData.getData('text/plain');
    pasted.current = html.trim() && !text.trim() ? { text: plain, html } : null;
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    const address = webAddressIn(text);
    const html = pasted.current && pasted.current.text.trim() === text.trim() ? pasted.current.html : undefined;
    take(address ? { kind: 'url', url: address } : { kind: 'text', text, html });
    props.onClose();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      props.onClose();
    }
  };

  return (
    <form className="paste-dialog" role="dialog" aria-labelledby={titleId} onSubmit={submit} onKeyDown={onKeyDown}>
      <h3 id={titleId} className="paste-title">
        Paste article
      </h3>
      <label className="field-label">
        Article text
        <textarea
          ref={area}
          className="paste-text"
          rows={6}
          value={text}
          onPaste={onPaste}
          onChange={(event) => setText(event.target.value)}
          placeholder="Paste the article here, or a web address"
        />
      </label>
      <div className="paste-actions">
        <button type="submit" className="button button-primary" disabled={!text.trim()}>
          Import
        </button>
        <button type="button" className="button" onClick={props.onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
