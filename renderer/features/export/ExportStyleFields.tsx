import { useId } from 'react';
import type { ExportOptions } from '../../../shared/model/exportOptions';
import { fromColourInput, toColourInput } from '../templates/templateForm';

const CONTENTS: { value: ExportOptions['contents']; label: string }[] = [
  { value: 'linked', label: 'Linked list of sections' },
  { value: 'field', label: 'Word contents field with page numbers' },
  { value: 'none', label: 'No contents' },
];
const SOURCES: { value: ExportOptions['sourceStyle']; label: string }[] = [
  { value: 'footnotes', label: 'Footnotes' },
  { value: 'endnotes', label: 'Endnotes' },
  { value: 'list', label: 'Closing list of sources' },
];
const FIGURES: { value: ExportOptions['figuresAs']; label: string }[] = [
  { value: 'table', label: 'A table' },
  { value: 'list', label: 'A list' },
];
const COLOURS: { key: keyof ExportOptions['colours']; label: string }[] = [
  { key: 'headings', label: 'Heading colour' },
  { key: 'accent', label: 'Accent colour' },
  { key: 'marking', label: 'Marking colour' },
];

function Choice<T extends string>(props: { label: string; value: T; options: { value: T; label: string }[]; onChange: (value: T) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} value={props.value} onChange={(e) => props.onChange(e.target.value as T)}>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function Text(props: { label: string; value: string; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input id={id} type="text" value={props.value} onChange={(e) => props.onChange(e.target.value)} />
    </div>
  );
}

/**
 * The parts of the Word document and how it cites: shared by the export dialog and the template editor.
 * With `look`, also the fonts and colours (the template's house style).
 */
export function ExportStyleFields(props: { legend: string; options: ExportOptions; onChange: (patch: Partial<ExportOptions>) => void; look?: boolean }) {
  const { options, onChange } = props;
  return (
    <fieldset className="export-style">
      <legend>{props.legend}</legend>
      <Text label="Prepared by" value={options.preparedBy} onChange={(preparedBy) => onChange({ preparedBy })} />
      <Text label="Prepared for" value={options.preparedFor} onChange={(preparedFor) => onChange({ preparedFor })} />
      <label className="field-check">
        <input type="checkbox" checked={options.cover} onChange={(e) => onChange({ cover: e.target.checked })} />
        Cover page
      </label>
      <Choice label="Contents" value={options.contents} options={CONTENTS} onChange={(contents) => onChange({ contents })} />
      <Choice label="Sources as" value={options.sourceStyle} options={SOURCES} onChange={(sourceStyle) => onChange({ sourceStyle })} />
      <Choice label="Figures as" value={options.figuresAs} options={FIGURES} onChange={(figuresAs) => onChange({ figuresAs })} />
      {props.look !== false ? (
        <>
          <Text label="Body font" value={options.fonts.body} onChange={(body) => onChange({ fonts: { ...options.fonts, body } })} />
          <Text label="Headings font" value={options.fonts.headings} onChange={(headings) => onChange({ fonts: { ...options.fonts, headings } })} />
          {COLOURS.map(({ key, label }) => (
            <ColourField key={key} label={label} value={options.colours[key]} onChange={(hex) => onChange({ colours: { ...options.colours, [key]: hex } })} />
          ))}
        </>
      ) : null}
    </fieldset>
  );
}

function ColourField(props: { label: string; value: string; onChange: (hex: string) => void }) {
  const id = useId();
  return (
    <div className="field field-inline">
      <label htmlFor={id}>{props.label}</label>
      <input id={id} type="color" value={toColourInput(props.value)} onChange={(e) => props.onChange(fromColourInput(e.target.value))} />
    </div>
  );
}
