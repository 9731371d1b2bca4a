import { useId } from 'react';
import { useApp } from '../../app/useApp';

/** The briefing's title and date. */
export function BriefingHeader() {
  const title = useApp((s) => s.briefing?.title ?? '');
  const date = useApp((s) => s.briefing?.date ?? '');
  const setTitle = useApp((s) => s.setBriefingTitle);
  const setDate = useApp((s) => s.setBriefingDate);
  const summary = useApp((s) => s.briefing?.summary ?? '');
  const setSummary = useApp((s) => s.setBriefingSummary);
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
      <textarea
        className="briefing-summary"
        aria-label="Briefing summary"
        placeholder="The briefing in a sentence or two (printed on the cover)"
        rows={1}
        value={summary}
        onChange={(e) => setSummary(e.target.value)}
      />
    </div>
  );
}
