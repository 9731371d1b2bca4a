import type { Item } from '../../../shared/model/briefing';
import { shorten, sourceLine } from '../../ui/format';

const KIND_LABEL: Record<Item['kind'], string> = { quote: 'Quote', figure: 'Figure', excerpt: 'Excerpt', note: 'Note' };

/** One item of a section: its text, where it came from, and a remove button. */
export function ItemCard(props: { item: Item; onRemove: () => void }) {
  const { item } = props;
  return (
    <li className={`item-card item-${item.kind}`}>
      <div className="item-head">
        <span className="item-kind">{KIND_LABEL[item.kind]}</span>
        <button type="button" className="button-icon" aria-label={`Remove item: ${shorten(item.text)}`} title="Remove item" onClick={props.onRemove}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {item.kind === 'quote' ? <blockquote className="item-text">{item.text}</blockquote> : <p className="item-text">{item.text}</p>}
      {item.speaker ? <p className="item-speaker">{[item.speaker, item.role].filter(Boolean).join(', ')}</p> : null}
      {item.source ? <p className="item-source">Source: {sourceLine(item.source)}</p> : null}
      {item.note ? <p className="item-note">{item.note}</p> : null}
    </li>
  );
}
