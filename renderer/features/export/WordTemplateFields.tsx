import { useEffect, useId } from 'react';
import type { ExportOptions } from '../../../shared/model/exportOptions';
import { toBase64 } from '../../../shared/model/base64';
import { useApp } from '../../app/useApp';
import { readPayload } from '../inbox/readFiles';

/** What the chosen template offers: the placeholders it fills, or that only its styles are used. */
export function placeholderText(placeholders: string[]): string {
  if (placeholders.length === 0) return 'No placeholders: its styles are used';
  return `Uses ${placeholders.map((p) => `{{${p}}}`).join(', ')}`;
}

/** The organisation's Word template, the header and footer text and the cover logo, saved with the briefing's export options. */
export function WordTemplateFields(props: { options: ExportOptions; onChange: (patch: Partial<ExportOptions>) => void }) {
  const { options, onChange } = props;
  const templates = useApp((s) => s.wordTemplates);
  const error = useApp((s) => s.wordTemplateError);
  const load = useApp((s) => s.loadWordTemplates);
  const add = useApp((s) => s.addWordTemplate);
  const ids = { select: useId(), upload: useId(), header: useId(), footer: useId(), logo: useId() };
  useEffect(() => void load(), [load]);
  const chosen = templates.find((t) => t.id === options.wordTemplateId);
  return (
    <fieldset className="export-style">
      <legend>Organisation Word template</legend>
      <div className="field">
        <label htmlFor={ids.select}>Word template</label>
        <select id={ids.select} value={options.wordTemplateId ?? ''} onChange={(e) => onChange({ wordTemplateId: e.target.value || null })}>
          <option value="">None (Briefwright&apos;s own layout)</option>
          {options.wordTemplateId && !chosen ? <option value={options.wordTemplateId}>{options.wordTemplateId}</option> : null}
          {templates.map((t) => (
            <option key={t.id} value={t.id}>
              {t.fileName}
            </option>
          ))}
        </select>
        {chosen ? <p className="field-hint">{placeholderText(chosen.placeholders)}</p> : null}
      </div>
      <div className="field">
        <label htmlFor={ids.upload}>Add Word template</label>
        <input
          id={ids.upload}
          type="file"
          accept=".docx,.dotx"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void readPayload(file).then(add);
          }}
        />
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={ids.header}>Header text</label>
        <input id={ids.header} type="text" value={options.headerText} onChange={(e) => onChange({ headerText: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={ids.footer}>Footer text</label>
        <input id={ids.footer} type="text" value={options.footerText} onChange={(e) => onChange({ footerText: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={ids.logo}>Logo (PNG)</label>
        <input
          id={ids.logo}
          type="file"
          accept=".png,image/png"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void file.arrayBuffer().then((buffer) => onChange({ logoPng: toBase64(new Uint8Array(buffer)) }));
          }}
        />
        {options.logoPng ? (
          <p className="field-hint">
            A logo is on the cover.{' '}
            <button type="button" className="button" onClick={() => onChange({ logoPng: null })}>
              Remove logo
            </button>
          </p>
        ) : null}
      </div>
    </fieldset>
  );
}
