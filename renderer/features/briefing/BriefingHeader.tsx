import { useId } from 'react';
import { useApp } from '../../app/useApp';

/** The briefing's title and date. */
export function BriefingHeader() {
  const title = useApp((s) => s.briefing?.title ?? '');
  const date = useApp((s) => s.briefing?.date ?? '');
  const setTitle = useApp((s) => s.setBriefingTitle);
  const setDate = useApp((s) => s.setBriefingDate);
  const titleId = useId();
  const dateId = useId();
  return (
    <div className="briefing-header">
      <div className="field">
        <label htmlFor={titleId}>Briefing title</label>
        <input id={titleId} className="input-title" type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
      </div>
      <div className="field field-date">
        <label htmlFor={dateId}>Briefing date</label>
        <input id={dateId} type="date" value={date} required onChange={(e) => setDate(e.target.value)} />
      </div>
    </div>
  );
}
