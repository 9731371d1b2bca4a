import { useEffect, useState } from 'react';
import { useApp } from '../../app/useApp';

const DENSE_KEY = 'briefwright.briefingDense';

/** Whether the briefing pane shows items compactly; remembered on this computer. */
export function useDenseBriefing(): [boolean, (dense: boolean) => void] {
  const [dense, setDense] = useState(() => {
    try {
      return globalThis.localStorage?.getItem(DENSE_KEY) === '1';
    } catch {
      return false;
    }
  });
  useEffect(() => {
    try {
      globalThis.localStorage?.setItem(DENSE_KEY, dense ? '1' : '0');
    } catch {
      // A locked-down profile without storage: the choice lasts for this window only.
    }
  }, [dense]);
  return [dense, setDense];
}

/**
 * The briefing's outline, like Word's navigation pane: each section with its item count, a click away; and the
 * switch to the compact view, where each item takes a line or two.
 */
export function BriefingOutline(props: { dense: boolean; onDense: (dense: boolean) => void }) {
  const sections = useApp((s) => s.briefing?.sections);
  if (!sections) return null;
  const jump = (sectionId: string) => {
    const card = document.querySelector<HTMLElement>(`[data-section-id="${CSS.escape(sectionId)}"]`);
    card?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    card?.querySelector<HTMLElement>('.input-section')?.focus({ preventScroll: true });
  };
  return (
    <div className="briefing-outline-bar">
      <nav aria-label="Outline" className="briefing-outline">
        {sections.map((section) => (
          <button key={section.id} type="button" className="outline-entry" onClick={() => jump(section.id)}>
            <span className="outline-title">{section.title.trim() || 'Untitled section'}</span>
            <span className="outline-count">{section.items.length}</span>
          </button>
        ))}
      </nav>
      <button type="button" className="button-quiet outline-dense" aria-pressed={props.dense} onClick={() => props.onDense(!props.dense)}>
        Compact
      </button>
    </div>
  );
}
