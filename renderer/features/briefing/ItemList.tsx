import type { Section } from '../../../shared/model/briefing';
import { ItemCard } from './ItemCard';

/** The items of one section, in order. */
export function ItemList(props: { section: Section; label: string }) {
  const { section } = props;
  return (
    <ul className="item-list" aria-label={`Items in ${props.label}`}>
      {section.items.map((item) => (
        <ItemCard key={item.id} item={item} sectionId={section.id} />
      ))}
    </ul>
  );
}
