import type { Item, Section } from '../../../shared/model/briefing';
import { VirtualList } from '../../ui/VirtualList';
import { ItemCard } from './ItemCard';

/** Sections with more items than this render only the items in view (a 500-item briefing stays smooth). */
export const VIRTUALISE_ITEMS_FROM = 60;

const ITEM_ESTIMATE = 104;

/** Everything above a section's list inside the pane moves it: the pane's children and the list of sections. */
const watchAbove = (list: HTMLUListElement, scrollBox: HTMLElement): Element[] => {
  const sections = list.closest('.section-list');
  return [...Array.from(scrollBox.children), ...(sections ? [sections] : [])];
};

const itemKey = (item: Item) => item.id;

function VirtualItems(props: { section: Section; label: string }) {
  const { section } = props;
  return (
    <VirtualList
      items={section.items}
      keyOf={itemKey}
      estimate={ITEM_ESTIMATE}
      overscan={6}
      label={`Items in ${props.label}`}
      className="item-list"
      slotClassName="item-slot"
      watch={watchAbove}
      render={(item) => <ItemCard item={item} sectionId={section.id} as="div" />}
    />
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
