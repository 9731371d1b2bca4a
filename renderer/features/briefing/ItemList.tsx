import type { Virtualizer } from '@tanstack/react-virtual';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import type { RefObject } from 'react';
import { useLayoutEffect, useRef, useState } from 'react';
import type { Section } from '../../../shared/model/briefing';
import { ItemCard } from './ItemCard';

/** Sections with more items than this render only the items in view (a 500-item briefing stays smooth). */
export const VIRTUALISE_ITEMS_FROM = 60;

const ITEM_ESTIMATE = 104;

/** The scroll box the briefing lives in: the pane's body. */
function scrollParent(element: HTMLElement | null): HTMLElement | null {
  return (element?.closest('.pane-body') as HTMLElement | null) ?? null;
}

/** The scroll box's size; until it has been laid out (height 0), the window's height stands in. */
function observeRect(instance: Virtualizer<HTMLElement, Element>, cb: (rect: { width: number; height: number }) => void) {
  return observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : { width: rect.width, height: window.innerHeight }));
}

function measureItem(element: Element): number {
  const height = element.getBoundingClientRect().height;
  return height > 0 ? height : ITEM_ESTIMATE;
}

/** Where the list starts inside the scroll box; followed as everything above it grows and shrinks. */
function useScrollMargin(listRef: RefObject<HTMLUListElement | null>): number {
  const [margin, setMargin] = useState(0);
  useLayoutEffect(() => {
    const list = listRef.current;
    const parent = scrollParent(list);
    if (!list || !parent) return;
    const measure = () => setMargin(list.getBoundingClientRect().top - parent.getBoundingClientRect().top + parent.scrollTop);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    for (const child of Array.from(parent.children)) observer.observe(child);
    const sections = list.closest('.section-list');
    if (sections) observer.observe(sections);
    return () => observer.disconnect();
  }, [listRef]);
  return margin;
}

function VirtualItems(props: { section: Section; label: string }) {
  const { section } = props;
  const listRef = useRef<HTMLUListElement>(null);
  const margin = useScrollMargin(listRef);
  const virtualizer = useVirtualizer({
    count: section.items.length,
    getScrollElement: () => scrollParent(listRef.current),
    observeElementRect: observeRect,
    estimateSize: () => ITEM_ESTIMATE,
    measureElement: measureItem,
    overscan: 6,
    scrollMargin: margin,
    getItemKey: (index) => section.items[index].id,
  });
  return (
    <ul ref={listRef} className="item-list is-virtual" aria-label={`Items in ${props.label}`} style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((row) => {
        const item = section.items[row.index];
        return (
          <li
            key={row.key}
            ref={virtualizer.measureElement}
            data-index={row.index}
            aria-setsize={section.items.length}
            aria-posinset={row.index + 1}
            className="item-slot"
            style={{ transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)` }}
          >
            <ItemCard item={item} sectionId={section.id} as="div" />
          </li>
        );
      })}
    </ul>
  );
}

/** The items of one section, in order; a long section renders only what is in view. */
export function ItemList(props: { section: Section; label: string }) {
  const { section } = props;
  if (section.items.length >= VIRTUALISE_ITEMS_FROM) return <VirtualItems {...props} />;
  return (
    <ul className="item-list" aria-label={`Items in ${props.label}`}>
      {section.items.map((item) => (
        <ItemCard key={item.id} item={item} sectionId={section.id} />
      ))}
    </ul>
  );
}
