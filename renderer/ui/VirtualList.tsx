import type { Virtualizer } from '@tanstack/react-virtual';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import type { ReactNode } from 'react';
import { useLayoutEffect, useRef, useState } from 'react';

/** The scroll box a pane's lists live in: the pane's body. */
function scrollParent(element: HTMLElement | null): HTMLElement | null {
  return (element?.closest('.pane-body') as HTMLElement | null) ?? null;
}

/** The scroll box's size; until it has been laid out (height 0), the window's height stands in. */
function observeRect(instance: Virtualizer<HTMLElement, Element>, cb: (rect: { width: number; height: number }) => void) {
  return observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : { width: rect.width, height: window.innerHeight }));
}

export interface VirtualListProps<T> {
  items: readonly T[];
  keyOf: (item: T) => string;
  /** A row's height before it has been measured. */
  estimate: number;
  overscan: number;
  label: string;
  className: string;
  slotClassName: string;
  /** The boxes whose changing size moves the list inside its scroll box (controls above it come and go). */
  watch: (list: HTMLUListElement, scrollBox: HTMLElement) => Element[];
  render: (item: T, index: number) => ReactNode;
}

/**
 * A long list that renders only the rows in view, inside its pane's scroll box (a library of 1,000 articles,
 * a 500-item section). Rows keep their list semantics for assistive technology (aria-setsize / posinset).
 */
export function VirtualList<T>(props: VirtualListProps<T>) {
  const { items, estimate, watch } = props;
  const listRef = useRef<HTMLUListElement>(null);
  const [margin, setMargin] = useState(0);
  useLayoutEffect(() => {
    const list = listRef.current;
    const parent = scrollParent(list);
    if (!list || !parent) return;
    const measure = () => setMargin(list.getBoundingClientRect().top - parent.getBoundingClientRect().top + parent.scrollTop);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    for (const box of watch(list, parent)) observer.observe(box);
    return () => observer.disconnect();
  }, [watch]);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollParent(listRef.current),
    observeElementRect: observeRect,
    estimateSize: () => estimate,
    measureElement: (element) => element.getBoundingClientRect().height || estimate,
    overscan: props.overscan,
    scrollMargin: margin,
    getItemKey: (index) => props.keyOf(items[index]),
  });
  return (
    <ul ref={listRef} className={`${props.className} is-virtual`} aria-label={props.label} style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((row) => (
        <li
          key={row.key}
          ref={virtualizer.measureElement}
          data-index={row.index}
          aria-setsize={items.length}
          aria-posinset={row.index + 1}
          className={props.slotClassName}
          style={{ transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)` }}
        >
          {props.render(items[row.index], row.index)}
        </li>
      ))}
    </ul>
  );
}
