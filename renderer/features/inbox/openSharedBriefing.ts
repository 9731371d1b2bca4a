import type { AppApi } from '../../../shared/ipc/contract';
import type { BriefingSummary } from '../../../shared/model/briefing';
import { call } from '../../app/api';
import { toBase64 } from '../../app/base64';
import type { AppState } from '../../app/store';

export const SHARED_BRIEFING_EXTENSION = '.briefing';

export const isSharedBriefing = (file: File) => file.name.toLowerCase().endsWith(SHARED_BRIEFING_EXTENSION);

/** A briefing arrived (a `.briefing` file dropped, picked or opened with the app): its articles and the briefing show at once. */
export async function showArrivedBriefing(state: () => AppState, briefing: BriefingSummary): Promise<void> {
  await Promise.all([state().loadArticles(), state().refreshLibrary()]);
  if (await state().openBriefing(briefing.id)) state().notify('info', `Opened the shared briefing “${briefing.title}”.`);
}

/** A `.briefing` file a colleague shared: checked by the core, its articles added, the briefing opened. */
export async function openSharedBriefing(api: AppApi, state: () => AppState, file: File): Promise<void> {
  const data = toBase64(new Uint8Array(await file.arrayBuffer()));
  const result = await call(api, 'importBriefingBundle', { fileName: file.name, data });
  if (!result.ok) {
    state().notify('error', `${file.name}: ${result.message}`);
    return;
  }
  await showArrivedBriefing(state, result.value);
}
