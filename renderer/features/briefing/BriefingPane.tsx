import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useMemo } from 'react';
import { useApp } from '../../app/useApp';
import { useCommand } from '../../app/useCommand';
import { EmptyState } from '../../ui/EmptyState';
import { Pane } from '../../ui/Pane';
import { BriefingHeader } from './BriefingHeader';
import { BriefingOutline, useDenseBriefing } from './BriefingOutline';
import { BriefingToolbar } from './BriefingToolbar';
import { QuotaWarning } from '../settings/QuotaWarning';
import { SectionCard } from './SectionCard';

function SectionList() {
  const sections = useApp((s) => s.briefing?.sections);
  const addSection = useCommand('addSection');
  const ids = useMemo(() => (sections ?? []).map((section) => section.id), [sections]);
  if (!sections) return null;
  return (
    <>
      {sections.length === 0 ? (
        <EmptyState title="No sections">Add a section to start collecting passages.</EmptyState>
      ) : (
        <SortableContext id="sections" items={ids} strategy={verticalListSortingStrategy}>
          <ol className="section-list" aria-label="Sections">
            {sections.map((section, index) => (
              <SectionCard key={section.id} section={section} index={index} count={sections.length} />
            ))}
          </ol>
        </SortableContext>
      )}
      <button type="button" className="button button-add" onClick={addSection.run} disabled={!addSection.enabled}>
        Add section
      </button>
    </>
  );
}

/** The Briefing: title, date and sections of the document being built, saved as it changes. */
export function BriefingPane() {
  const loaded = useApp((s) => s.briefing !== null);
  const failed = useApp((s) => s.openFailed);
  const retry = useApp((s) => s.openLatestBriefing);
  const [dense, setDense] = useDenseBriefing();
  return (
    <Pane label="Briefing" className={`pane-briefing${dense ? ' is-dense' : ''}`} actions={<BriefingToolbar />}>
      {loaded ? (
        <>
          <BriefingOutline dense={dense} onDense={setDense} />
          <BriefingHeader />
          <QuotaWarning />
          <SectionList />
        </>
      ) : failed ? (
        <EmptyState title="Your briefing could not be opened">
          <button type="button" className="button" onClick={() => void retry()}>
            Try again
          </button>
        </EmptyState>
      ) : (
        <EmptyState title="Opening your briefing…" />
      )}
    </Pane>
  );
}
