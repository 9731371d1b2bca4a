import type { MouseEvent } from 'react';
import { useId } from 'react';
import type { Article } from '../../../shared/model/article';
import { useApp } from '../../app/useApp';
import { shorten } from '../../ui/format';
import type { Passage } from './passage';
import { itemFromPassage } from './passage';
import { useTargetSection } from './useTargetSection';
import { BY_RULES, routeAccepted } from '../templates/routeAccepted';

type SelectionHandle = { passage: Passage | null; capture: () => Passage | null; clear: () => void };

/** The Reader's toolbar: choose a section of the briefing and add the selected passage to it. */
export function AddToSection(props: { article: Article; selection: SelectionHandle }) {
  const { article, selection } = props;
  const selectId = useId();
  const { sections, target, setTarget, hasRules, byRules, routeByRules } = useTargetSection();
  const briefing = useApp((s) => s.briefing);
  const addItem = useApp((s) => s.addItem);
  const notify = useApp((s) => s.notify);

  const add = (passage: Passage | null) => {
    if (!passage) {
      notify('info', 'Select a passage in the article first, then choose Add to section.');
      return;
    }
    if (!target) {
      notify('info', 'Add a section to the briefing first.');
      return;
    }
    const item = itemFromPassage(article, passage);
    const [{ sectionId }] = routeAccepted(briefing ?? { sections: [] }, [item], article, target.id, byRules);
    const label = sections.find((section) => section.id === sectionId)?.label ?? target.label;
    addItem(sectionId, item);
    selection.clear();
    document.getSelection()?.removeAllRanges();
    const cut = passage.trimmed ? ' Only its first paragraph was taken: select one paragraph at a time.' : '';
    notify('info', `Added ${item.kind === 'quote' ? 'a quote' : 'an excerpt'} to “${label}”.${cut}`);
  };

  // Pressing the button must not move the selection away from the article text.
  const keepSelection = (event: MouseEvent) => {
    selection.capture();
    event.preventDefault();
  };

  return (
    <div className="reader-toolbar">
      <div className="field-inline">
        <label htmlFor={selectId}>Section</label>
        <select
          id={selectId}
          value={byRules ? BY_RULES : (target?.id ?? '')}
          onChange={(event) => (event.target.value === BY_RULES ? routeByRules() : setTarget(event.target.value))}
          disabled={sections.length === 0}
        >
          {sections.length === 0 ? <option value="">No sections</option> : null}
          {hasRules && sections.length > 0 ? <option value={BY_RULES}>Where the template’s rules say</option> : null}
          {sections.map((section) => (
            <option key={section.id} value={section.id}>
              {section.label}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="button button-primary" onMouseDown={keepSelection} onClick={() => add(selection.capture())}>
        Add to section
      </button>
      <p className="reader-selection">
        {selection.passage ? `Selected: “${shorten(selection.passage.text, 60)}”` : 'Select a passage to add it.'}
      </p>
    </div>
  );
}
