import { todayIso } from '../../../shared/model/newBriefing';
import { titlePreview } from './templateForm';
import { useId, useState } from 'react';
import type { Template, TemplateSummary } from '../../../shared/model/template';
import { useApp } from '../../app/useApp';

type Mode = 'idle' | 'renaming' | 'confirm-delete';

/** One template in the manager: start a briefing from it; the analyst's own can also be edited, renamed and deleted. */
export function TemplateRow(props: { template: TemplateSummary; date?: string; onEdit: (template: Template) => void }) {
  const { template, onEdit } = props;
  const start = useApp((s) => s.startFromTemplate);
  const rename = useApp((s) => s.renameTemplate);
  const duplicate = useApp((s) => s.duplicateTemplate);
  const remove = useApp((s) => s.deleteTemplate);
  const exportFile = useApp((s) => s.exportTemplate);
  const load = useApp((s) => s.loadTemplate);
  const [mode, setMode] = useState<Mode>('idle');
  const [name, setName] = useState(template.name);
  const inputId = useId();

  const submitRename = async () => {
    const wanted = name.trim();
    if (!wanted || wanted === template.name) {
      setMode('idle');
      return;
    }
    if (await rename(template.id, wanted)) setMode('idle');
  };

  return (
    <li className="template-row">
      <div className="template-row-main">
        <span className="template-name">{template.name}</span>
        {template.builtIn ? <span className="badge">Built-in</span> : null}
        <span className="template-meta">
          {template.sectionCount === 1 ? '1 section' : `${template.sectionCount} sections`} ·{' '}
          <span title={`Title pattern: ${template.titlePattern}`}>today: “{titlePreview(template.titlePattern, todayIso()).title ?? template.titlePattern}”</span>
        </span>
        {template.description ? <span className="template-description">{template.description}</span> : null}
      </div>
      {mode === 'renaming' ? (
        <form
          className="template-rename"
          onSubmit={(event) => {
            event.preventDefault();
            void submitRename();
          }}
        >
          <label htmlFor={inputId}>New name for {template.name}</label>
          <input id={inputId} type="text" value={name} autoFocus onChange={(e) => setName(e.target.value)} />
          <button type="submit" className="button">
            Save name
          </button>
          <button type="button" className="button button-quiet" onClick={() => setMode('idle')}>
            Cancel
          </button>
        </form>
      ) : mode === 'confirm-delete' ? (
        <div className="template-confirm" role="group" aria-label={`Delete ${template.name}?`}>
          <span>Delete “{template.name}” for good? Briefings made from it keep their sections.</span>
          <button type="button" className="button button-danger" onClick={() => void remove(template.id)}>
            Yes, delete {template.name}
          </button>
          <button type="button" className="button button-quiet" autoFocus onClick={() => setMode('idle')}>
            Keep it
          </button>
        </div>
      ) : (
        <div className="template-actions">
          <button type="button" className="button button-primary" aria-label={`New briefing from ${template.name}`} onClick={() => void start(template.id, props.date)}>
            New briefing
          </button>
          {!template.builtIn ? (
            <>
              <button
                type="button"
                className="button button-quiet"
                aria-label={`Edit ${template.name}`}
                onClick={async () => {
                  const full = await load(template.id);
                  if (full) onEdit(full);
                }}
              >
                Edit
              </button>
              <button
                type="button"
                className="button button-quiet"
                aria-label={`Rename ${template.name}`}
                onClick={() => {
                  setName(template.name);
                  setMode('renaming');
                }}
              >
                Rename
              </button>
            </>
          ) : null}
          <button type="button" className="button button-quiet" aria-label={`Duplicate ${template.name}`} onClick={() => void duplicate(template.id)}>
            Duplicate
          </button>
          <button type="button" className="button button-quiet" aria-label={`Export ${template.name}`} onClick={() => void exportFile(template.id)}>
            Export
          </button>
          {!template.builtIn ? (
            <button type="button" className="button button-quiet" aria-label={`Delete ${template.name}`} onClick={() => setMode('confirm-delete')}>
              Delete
            </button>
          ) : null}
        </div>
      )}
    </li>
  );
}
