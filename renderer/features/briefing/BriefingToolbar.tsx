import type { SaveStatus } from '../../app/autosave';
import { useApp } from '../../app/useApp';
import { CommandButton } from '../commands/CommandButton';

const SAVE_TEXT: Record<SaveStatus, string> = {
  saved: 'Saved',
  unsaved: 'Saving…',
  saving: 'Saving…',
  error: 'Not saved',
};

/** Undo, redo, the save state and the export. */
export function BriefingToolbar() {
  const status = useApp((s) => s.saveStatus);
  const exporting = useApp((s) => s.exporting);
  return (
    <>
      <span className={`save-status save-${status}`}>{SAVE_TEXT[status]}</span>
      <CommandButton name="openLibrary" className="button button-quiet" />
      <CommandButton name="undo" className="button button-quiet" />
      <CommandButton name="redo" className="button button-quiet" />
      <CommandButton name="openTemplates" className="button button-quiet" />
      <CommandButton name="exportDocx" className="button button-primary" busy={exporting} />
      <CommandButton name="openExport" className="button" />
    </>
  );
}
