import { useEffect, useId, useState } from 'react';
import { QuotaWarning } from '../settings/QuotaWarning';
import type { Briefing } from '../../../shared/model/briefing';
import { exportedBriefing, isExported } from '../../../shared/model/briefing';
import { contentsPlace } from '../../../shared/docx/contentsPlan';
import type { ExportOptions } from '../../../shared/model/exportOptions';
import { useApp } from '../../app/useApp';
import { Dialog } from '../../ui/Dialog';
import type { ExportStep } from './exportSlice';
import { exportOptionsOf } from './exportSlice';
import { ExportStyleFields } from './ExportStyleFields';
import { UNMARKED_WARNING } from '../../../shared/model/settings';
import { WordTemplateFields } from './WordTemplateFields';

const STEP_TEXT: Record<ExportStep, string> = {
  idle: '',
  saving: 'Saving the latest changes…',
  building: 'Building the document…',
  done: '',
  failed: '',
};

const SOURCE_TEXT: Record<ExportOptions['sourceStyle'], string> = { footnotes: 'as footnotes', endnotes: 'as endnotes', list: 'in a closing list' };

/** What the document will hold, top to bottom: cover, contents, each section with its item count, sources. */
export function outlineOf(briefing: Briefing, options: ExportOptions): string[] {
  const lines: string[] = [];
  if (options.cover) lines.push('Cover page');
  const place = contentsPlace(exportedBriefing(briefing), options);
  if (place === 'cover') lines.push('Contents (linked, on the cover)');
  else if (options.contents === 'linked' && place === 'page') lines.push('Contents (linked)');
  else if (options.contents === 'linked') lines.push('No contents: too short to need them without a cover');
  else if (options.contents === 'field') lines.push('Contents (Word field with page numbers)');
  for (const section of briefing.sections) {
    const n = section.items.length;
    const title = section.title.trim() || 'Untitled section';
    lines.push(isExported(section) ? `${title} — ${n === 1 ? '1 item' : `${n} items`}` : `${title} — empty, left out`);
  }
  const cited = briefing.sections.some((s) => s.items.some((i) => i.source));
  lines.push(cited ? `Sources ${SOURCE_TEXT[options.sourceStyle]}` : 'No sources to cite');
  return lines;
}

/**
 * The marking the document will carry, and a warning when it would carry none: the briefing's own marking, else the
 * organisation's default (set here once, for every briefing).
 */
function MarkingField(props: { marking: string; onChange: (marking: string) => void }) {
  const markingId = useId();
  const defaultId = useId();
  const defaultMarking = useApp((s) => s.settings?.defaultClassification ?? '');
  const saveSettings = useApp((s) => s.saveSettings);
  const saveDefault = (marking: string) => saveSettings({ defaultClassification: marking.trim() || null });
  const [editingDefault, setEditingDefault] = useState(false);
  const [draft, setDraft] = useState('');
  const unmarked = !props.marking.trim() && !defaultMarking;
  const defaultForm = (
    <form
      className="marking-default"
      onSubmit={(event) => {
        event.preventDefault();
        void saveDefault(draft).then(() => setEditingDefault(false));
      }}
    >
      <label htmlFor={defaultId}>Organisation default marking</label>
      <input id={defaultId} type="text" value={draft} placeholder="e.g. OFFICIAL" onChange={(e) => setDraft(e.target.value)} />
      <button type="submit" className="button button-small">
        Set as default
      </button>
    </form>
  );
  return (
    <div className="field marking-field">
      <label htmlFor={markingId}>Classification marking</label>
      <input
        id={markingId}
        type="text"
        value={props.marking}
        placeholder={defaultMarking ? `${defaultMarking} (organisation default)` : 'e.g. OFFICIAL-SENSITIVE'}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {unmarked ? (
        <div className="export-warning" role="note" aria-label="Unmarked">
          <p>{UNMARKED_WARNING}</p>
          {defaultForm}
        </div>
      ) : !props.marking.trim() ? (
        <p className="field-hint">
          Marked {defaultMarking}, your organisation’s default.{' '}
          <button type="button" className="button-link" onClick={() => {
              setDraft(defaultMarking);
              setEditingDefault(!editingDefault);
            }}>
            Change the default
          </button>
        </p>
      ) : null}
      {editingDefault && !unmarked ? defaultForm : null}
    </div>
  );
}

/** Export…: the options (saved with the briefing, undoable), an outline preview, progress and the outcome; Word, Markdown, email. */
export function ExportDialog() {
  const open = useApp((s) => s.exportDialogOpen);
  const hide = useApp((s) => s.hideExportDialog);
  const briefing = useApp((s) => s.briefing);
  const step = useApp((s) => s.exportStep);
  const outcome = useApp((s) => s.exportOutcome);
  const exporting = useApp((s) => s.exporting);
  const setOptions = useApp((s) => s.setExportOptions);
  const setClassification = useApp((s) => s.setClassification);
  const exportWord = useApp((s) => s.exportWord);
  const exportMarkdown = useApp((s) => s.exportMarkdown);
  const exportPdf = useApp((s) => s.exportPdf);
  const copy = useApp((s) => s.copyForEmail);
  const loadSettings = useApp((s) => s.loadSettings);
  const defaultMarking = useApp((s) => s.settings?.defaultClassification ?? '');
  useEffect(() => {
    if (open) void loadSettings();
  }, [open, loadSettings]);
  if (!open || !briefing) return null;
  const options = exportOptionsOf(briefing);
  const marking = options.classification || briefing.classification;
  const printed = marking || defaultMarking;
  return (
    <Dialog title="Export" onClose={hide} className="dialog-export">
      <div className="export-layout">
        <div className="export-options">
          <QuotaWarning />
          <MarkingField marking={marking} onChange={setClassification} />
          <ExportStyleFields legend="Document" options={options} onChange={setOptions} look={false} />
          <WordTemplateFields options={options} onChange={setOptions} />
        </div>
        <section className="export-preview" aria-label="Outline preview">
          <h3>Outline</h3>
          {printed ? <p className="export-marking">{printed}</p> : <p className="export-marking is-missing">Unmarked</p>}
          <p className="export-title">{briefing.title || 'Untitled briefing'}</p>
          <ol className="export-outline">
            {outlineOf(briefing, options).map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ol>
        </section>
      </div>
      <div className="export-progress" aria-live="polite">
        {step === 'saving' || step === 'building' ? (
          <>
            <progress aria-label="Export progress" value={step === 'saving' ? 1 : 2} max={3} />
            <span>{STEP_TEXT[step]}</span>
          </>
        ) : null}
        {outcome && step !== 'failed' ? <p className="export-outcome">{outcome}</p> : null}
      </div>
      {outcome && step === 'failed' ? (
        <p className="field-error" role="alert">
          {outcome}
        </p>
      ) : null}
      <div className="dialog-actions">
        <button type="button" className="button button-primary" disabled={exporting} onClick={() => void exportWord()}>
          Export Word document
        </button>
        <button type="button" className="button" disabled={exporting} onClick={() => void exportMarkdown()}>
          Export Markdown
        </button>
        <button type="button" className="button" disabled={exporting} onClick={() => void exportPdf()}>
          Export PDF
        </button>
        <button type="button" className="button" onClick={() => void copy()}>
          Copy for email
        </button>
      </div>
    </Dialog>
  );
}
