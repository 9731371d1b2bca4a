import type { AppApi } from '../../../shared/ipc/contract';
import type { BriefingSummary } from '../../../shared/model/briefing';
import { call } from '../../app/api';
import { BRIEFING_FILE_EXTENSION } from '../../../shared/model/limits';
import type { AppState } from '../../app/store';

export const isSharedBriefing = (file: File) => file.name.toLowerCase().endsWith(`.${BRIEFING_FILE_EXTENSION}`);

/** A briefing arrived (a `.briefing` file dropped, picked or opened with the app): its articles and the briefing show at once. */
export async function showArrivedBriefing(state: () => AppState, briefing: BriefingSummary): Promise<void> {
  await Promise.all([state().loadArticles(), state().refreshLibrary()]);
  if (await state().openBriefing(briefing.id)) state().notify('info', `Opened the shared briefing “${briefing.title}”.`);
}

/** A `.briefing` file a colleague shared: checked by the core, its articles added, the briefing opened. */
export async function openSharedBriefing(api: AppApi, state: () => AppState, file: File): Promise<void> {
  const data = new Uint8Array(await file.arrayBuffer());
  const result = await call(api, 'importBriefingBundle', { fileName: file.name, data });
  if (!result.ok) {
    state().notify('error', `${file.name}: ${result.message}`);
    return;
  }
  await showArrivedBriefing(state, result.value);
}
