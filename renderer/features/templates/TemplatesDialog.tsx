import { useId, useRef, useState } from 'react';
import type { Template } from '../../../shared/model/template';
import { todayIso } from '../../../shared/model/newBriefing';
import { useApp } from '../../app/useApp';
import { Dialog } from '../../ui/Dialog';
import { TemplateEditor } from './TemplateEditor';
import { TemplateRow } from './TemplateRow';

/** "Save as template": the open briefing's sections, marking and export style under a name. */
function SaveAsTemplate() {
  const briefingTitle = useApp((s) => s.briefing?.title ?? null);
  const saveAs = useApp((s) => s.saveBriefingAsTemplate);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const id = useId();
  if (briefingTitle === null) return null;
  return (
    <form
      className="template-save-as"
      onSubmit={async (event) => {
        event.preventDefault();
        if (!name.trim() || busy) return;
        setBusy(true);
        if (await saveAs(name.trim())) setName('');
        setBusy(false);
      }}
    >
      <label htmlFor={id}>Name for a template made from “{briefingTitle || 'Untitled briefing'}”</label>
      <input id={id} type="text" value={name} placeholder="e.g. Ukraine daily" onChange={(e) => setName(e.target.value)} />
      <button type="submit" className="button" disabled={!name.trim() || busy}>
        Save as template
      </button>
    </form>
  );
}

/** A template file from a colleague: checked by the core; a bad one says why, and nothing changes. */
function ImportTemplate() {
  const importFile = useApp((s) => s.importTemplateFile);
  const error = useApp((s) => s.templateImportError);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  return (
    <div className="template-import">
      <label htmlFor={id} className="button">
        Import template
      </label>
      <input
        id={id}
        ref={input}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        onChange={async (event) => {
          const file = event.target.files?.[0];
          if (file) await importFile(file);
          if (input.current) input.current.value = '';
        }}
      />
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The template manager: built-in and own templates; new briefing from one, save as, edit, rename, duplicate, delete, export, import. */
export function TemplatesDialog() {
  const open = useApp((s) => s.templatesOpen);
  const hide = useApp((s) => s.hideTemplates);
  const templates = useApp((s) => s.templateList);
  const [editing, setEditing] = useState<Template | null>(null);
  const [date, setDate] = useState(todayIso);
  const dateId = useId();
  if (!open) return null;
  const close = () => {
    setEditing(null);
    hide();
  };
  return (
    <Dialog title="Templates" onClose={close} className="dialog-templates">
      {editing ? (
        <TemplateEditor key={editing.id} template={editing} onDone={() => setEditing(null)} />
      ) : (
        <>
          <div className="template-toolbar">
            <SaveAsTemplate />
            <ImportTemplate />
          </div>
          <div className="field-inline template-date">
            <label htmlFor={dateId}>Date of a new briefing</label>
            <input id={dateId} type="date" value={date} required onChange={(e) => setDate(e.target.value)} />
          </div>
          <ul className="template-list" aria-label="All templates">
            {templates.map((template) => (
              <TemplateRow key={`${template.id}:${template.name}`} template={template} date={date || undefined} onEdit={setEditing} />
            ))}
          </ul>
        </>
      )}
    </Dialog>
  );
}
