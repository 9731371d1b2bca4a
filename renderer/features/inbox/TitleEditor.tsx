import type { FormEvent } from 'react';
import { useEffect, useRef, useState } from 'react';

/** An inline form to give an article the title the analyst wants (for one whose title was made up). */
export function TitleEditor(props: { title: string; onSave: (title: string) => void; onCancel: () => void }) {
  const [value, setValue] = useState(props.title);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.select();
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const title = value.trim();
    if (title) props.onSave(title);
  };
  return (
    <form className="title-editor" aria-label="Edit title" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && props.onCancel()}>
      <input ref={input} aria-label="Article title" value={value} maxLength={1000} onChange={(e) => setValue(e.target.value)} />
      <button type="submit" className="button" disabled={!value.trim()}>
        Save
      </button>
      <button type="button" className="button" onClick={props.onCancel}>
        Cancel
      </button>
    </form>
  );
}
