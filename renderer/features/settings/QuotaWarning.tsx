import '../sources/sources.css';
import { useMemo } from 'react';
import { overQuotaSources, quotaWarning } from '../../../shared/model/attribution';
import { useApp } from '../../app/useApp';

/** Warns when the open briefing quotes more words from one source than the organisation allows. */
export function QuotaWarning() {
  const sections = useApp((s) => s.briefing?.sections);
  const limit = useApp((s) => s.settings?.quoteWordLimit ?? null);
  const text = useMemo(() => (sections ? quotaWarning(overQuotaSources({ sections }, limit), limit) : null), [sections, limit]);
  if (!text) return null;
  return (
    <p className="quota-warning" role="status">
      {text}
    </p>
  );
}
