import type { RefObject } from 'react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Passage } from './passage';
import { passageFromSelection } from './passage';

/**
 * Follows the document selection and remembers the last passage selected in the article text,
 * so that moving to the section chooser or the button does not lose it.
 */
export function useReaderSelection(containerRef: RefObject<HTMLElement | null>, paragraphs: readonly string[] | null) {
  const [passage, setPassage] = useState<Passage | null>(null);
  const latest = useRef<Passage | null>(null);

  const remember = useCallback((next: Passage | null) => {
    latest.current = next;
    setPassage(next);
  }, []);

  /** Reads the selection now; keeps the remembered passage when the selection is elsewhere. */
  const capture = useCallback((): Passage | null => {
    const container = containerRef.current;
    if (!container || !paragraphs) return latest.current;
    const selection = container.ownerDocument.getSelection();
    const found = passageFromSelection(selection, container, paragraphs);
    if (found) {
      remember(found);
      return found;
    }
    const anchor = selection?.anchorNode ?? null;
    if (selection?.isCollapsed && anchor && container.contains(anchor)) {
      remember(null);
      return null;
    }
    return latest.current;
  }, [containerRef, paragraphs, remember]);

  useEffect(() => {
    remember(null);
    const doc = containerRef.current?.ownerDocument ?? document;
    const onChange = () => capture();
    doc.addEventListener('selectionchange', onChange);
    return () => doc.removeEventListener('selectionchange', onChange);
  }, [containerRef, capture, remember]);

  const clear = useCallback(() => remember(null), [remember]);
  return { passage, capture, clear };
}
