import type { Autosave } from './autosave';

type Answer<T> = { ok: true; value: T } | { ok: false; message: string };
type Notify = (tone: 'info' | 'error', text: string) => void;

/** Runs a core call; on failure tells the analyst what failed ("<what>: <reason>") and answers null. */
export async function attempt<T>(notify: Notify, what: string, run: () => Promise<Answer<T>>): Promise<T | null> {
  const result = await run();
  if (!result.ok) {
    notify('error', `${what}: ${result.message}`);
    return null;
  }
  return result.value;
}

/** Saves the open briefing first, so what the core reads or copies holds the latest edits; says so when it cannot. */
export async function saveFirst(autosave: Autosave, notify: Notify): Promise<boolean> {
  if (await autosave.flush()) return true;
  notify('error', 'The open briefing has changes that could not be saved. Try again once saving works.');
  return false;
}
