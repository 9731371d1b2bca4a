import { useId, useState } from 'react';
import type { ExportOptions } from '../../../shared/model/exportOptions';
import { newId } from '../../../shared/model/hash';
import { todayIso } from '../../../shared/model/newBriefing';
import type { Template, TemplateSection } from '../../../shared/model/template';
import { useApp } from '../../app/useApp';
import { ExportStyleFields } from '../export/ExportStyleFields';
import { keywordsOf, takesTheRest, titlePreview, withKeywords, withTheRest } from './templateForm';

function SectionFields(props: { section: TemplateSection; index: number; count: number; onChange: (section: TemplateSection) => void; onRemove: () => void }) {
  const { section, index, onChange } = props;
  const n = index + 1;
  const [keywords, setKeywords] = useState(() => keywordsOf(section.rules));
  const id = useId();
  return (
    <li className="template-section">
      <div className="field">
        <label htmlFor={`${id}-title`}>Title of section {n}</label>
        <input id={`${id}-title`} type="text" value={section.title} onChange={(e) => onChange({ ...section, title: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-intro`}>Standing intro of section {n}</label>
        <textarea id={`${id}-intro`} rows={2} value={section.intro} onChange={(e) => onChange({ ...section, intro: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-keywords`}>Routing keywords of section {n}</label>
        <input
          id={`${id}-keywords`}
          type="text"
          value={keywords}
          aria-describedby={`${id}-keywords-hint`}
          onChange={(e) => {
            setKeywords(e.target.value);
            onChange({ ...section, rules: withKeywords(section.rules, e.target.value) });
          }}
        />
        <p id={`${id}-keywords-hint`} className="field-hint">
          Separated by commas; a * ends a word any way (sanction*). Accepted suggestions with these words go here.
        </p>
      </div>
      <label className="field-check">
        <input type="checkbox" checked={takesTheRest(section.rules)} onChange={(e) => onChange({ ...section, rules: withTheRest(section.rules, e.target.checked) })} />
        Section {n} takes everything no other section takes
      </label>
      <button type="button" className="button button-quiet" onClick={props.onRemove} disabled={props.count <= 1}>
        Remove section {n}
      </button>
    </li>
  );
}

/** Edits one of the analyst's own templates: name, description, title pattern (with a live preview), marking, sections, style. */
export function TemplateEditor(props: { template: Template; onDone: () => void }) {
  const save = useApp((s) => s.saveTemplateEdits);
  const [draft, setDraft] = useState<Template>(props.template);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const id = useId();
  const preview = titlePreview(draft.titlePattern, todayIso());
  const setOptions = (patch: Partial<ExportOptions>) => setDraft((d) => ({ ...d, exportOptions: { ...d.exportOptions, ...patch } }));
  const setSection = (index: number, section: TemplateSection) => setDraft((d) => ({ ...d, sections: d.sections.map((s, i) => (i === index ? section : s)) }));

  const submit = async () => {
    if (preview.error) {
      setError(preview.error);
      return;
    }
    setSaving(true);
    const { schemaVersion: _v, createdAt: _c, updatedAt: _u, ...fields } = draft;
    void [_v, _c, _u];
    const result = await save(fields);
    setSaving(false);
    if (!result.ok) setError(result.message);
    else props.onDone();
  };

  return (
    <form
      className="template-editor"
      aria-label={`Edit template ${props.template.name}`}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-name`}>Template name</label>
        <input id={`${id}-name`} type="text" value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-description`}>Description</label>
        <textarea id={`${id}-description`} rows={2} value={draft.description} onChange={(e) => setDraft({ ...draft, description: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-pattern`}>Title pattern</label>
        <input
          id={`${id}-pattern`}
          type="text"
          value={draft.titlePattern}
          aria-invalid={preview.error ? true : undefined}
          aria-describedby={`${id}-preview`}
          onChange={(e) => setDraft({ ...draft, titlePattern: e.target.value })}
        />
        <p id={`${id}-preview`} className={preview.error ? 'field-error' : 'field-hint'} aria-live="polite">
          {preview.error ? preview.error : `Today’s briefing would be called “${preview.title}”.`}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-marking`}>Classification marking</label>
        <input id={`${id}-marking`} type="text" value={draft.classification} onChange={(e) => setDraft({ ...draft, classification: e.target.value })} />
      </div>
      <fieldset className="template-sections">
        <legend>Sections</legend>
        <ol>
          {draft.sections.map((section, index) => (
            <SectionFields
              key={section.id}
              section={section}
              index={index}
              count={draft.sections.length}
              onChange={(next) => setSection(index, next)}
              onRemove={() => setDraft((d) => ({ ...d, sections: d.sections.filter((_, i) => i !== index) }))}
            />
          ))}
        </ol>
        <button
          type="button"
          className="button"
          onClick={() => setDraft((d) => ({ ...d, sections: [...d.sections, { id: newId('tsec'), title: 'New section', intro: '', rules: [] }] }))}
        >
          Add a section to the template
        </button>
      </fieldset>
      <ExportStyleFields legend="Export style" options={draft.exportOptions} onChange={setOptions} />
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="dialog-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          Save template
        </button>
        <button type="button" className="button button-quiet" onClick={props.onDone}>
          Cancel editing
        </button>
      </div>
    </form>
  );
}
