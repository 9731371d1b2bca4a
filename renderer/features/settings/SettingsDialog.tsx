import { useEffect, useId, useState } from 'react';
import { useApp } from '../../app/useApp';
import { Dialog } from '../../ui/Dialog';

/** The organisation's settings: the default classification marking and the most words quoted from one source. */
export function SettingsDialog() {
  const open = useApp((s) => s.settingsOpen);
  const settings = useApp((s) => s.settings);
  const close = useApp((s) => s.closeSettings);
  const save = useApp((s) => s.saveSettings);
  const [marking, setMarking] = useState('');
  const [limit, setLimit] = useState('');
  const markingId = useId();
  const limitId = useId();
  useEffect(() => {
    if (!settings) return;
    setMarking(settings.defaultClassification ?? '');
    setLimit(settings.quoteWordLimit === null ? '' : String(settings.quoteWordLimit));
  }, [settings]);
  if (!open) return null;
  const limitValue = limit.trim() === '' ? null : Number(limit);
  const limitValid = limitValue === null || (Number.isInteger(limitValue) && limitValue >= 1 && limitValue <= 100_000);
  return (
    <Dialog title="Organisation settings" onClose={close} className="settings-dialog">
      <form
        className="dialog-body settings-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!limitValid) return;
          void save({ defaultClassification: marking.trim() || null, quoteWordLimit: limitValue }).then((ok) => ok && close());
        }}
      >
        <label htmlFor={markingId}>Default classification marking</label>
        <input id={markingId} type="text" value={marking} maxLength={200} placeholder="e.g. OFFICIAL-SENSITIVE" onChange={(e) => setMarking(e.target.value)} />
        <p className="field-hint">Printed in every header and footer of a briefing that sets no marking of its own.</p>
        <label htmlFor={limitId}>Most words quoted from one source</label>
        <input id={limitId} type="number" inputMode="numeric" min={1} max={100000} value={limit} placeholder="No limit" aria-invalid={!limitValid} onChange={(e) => setLimit(e.target.value)} />
        <p className="field-hint">{limitValid ? 'Fair dealing or licence terms: the briefing pane and the export warn above it. Leave empty for no limit.' : 'Enter a whole number of words from 1 to 100,000, or leave it empty.'}</p>
        <div className="dialog-actions">
          <button type="submit" className="button button-primary" disabled={!limitValid}>
            Save settings
          </button>
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
