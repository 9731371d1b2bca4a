import { useState } from 'react';
import type { Briefing } from '../../../shared/model/briefing';
import { useApp } from '../../app/useApp';
import { shorten } from '../../ui/format';
import { sectionLabel } from '../briefing/briefingOps';

/** "Start from yesterday": the last briefing's sections come along; the analyst ticks the items to carry forward. */
export function StartFromPrevious(props: { previous: Briefing }) {
  const { previous } = props;
  const start = useApp((s) => s.startFromPrevious);
  const [carry, setCarry] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) => {
    const next = new Set(carry);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setCarry(next);
  };
  const withItems = previous.sections.filter((section) => section.items.length > 0);
  return (
    <div className="start-previous" role="group" aria-label="Start from yesterday">
      <p>
        A new briefing for today with the sections of “{previous.title}” ({previous.date}). Tick the items to carry forward; the rest start empty.
      </p>
      {withItems.length === 0 ? <p className="section-empty">The last briefing has no items to carry.</p> : null}
      {withItems.map((section) => (
        <fieldset key={section.id} className="carry-section">
          <legend>{sectionLabel(section)}</legend>
          {section.items.map((item) => (
            <label key={item.id} className="carry-item">
              <input type="checkbox" checked={carry.has(item.id)} onChange={() => toggle(item.id)} />
              <span>{shorten(item.text, 90) || 'Empty note'}</span>
            </label>
          ))}
        </fieldset>
      ))}
      <button type="button" className="button button-primary" onClick={() => void start([...carry])}>
        Create today’s briefing
      </button>
    </div>
  );
}
