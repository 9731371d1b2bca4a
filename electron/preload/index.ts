import { contextBridge, ipcRenderer } from 'electron';
import type { DesktopApi, EventPayloads } from '../../shared/ipc/contract';
import type { EventName } from '../../shared/ipc/methods';
import { channelOf, eventChannelOf, EVENT_NAMES, METHOD_NAMES } from '../../shared/ipc/methods';
import { EventHub } from './eventHub';

/**
 * Turns the contract into `window.api`: one function per method, each an `invoke` on its own channel,
 * and one `on<Event>(callback)` per event from main, answering an unsubscribe. No raw ipcRenderer
 * (nor the IPC event, which carries it) reaches the page.
 */
const methods = Object.fromEntries(METHOD_NAMES.map((method) => [method, (input: unknown) => ipcRenderer.invoke(channelOf(method), input ?? {})]));

const hub = new EventHub<EventName>();
for (const name of EVENT_NAMES) ipcRenderer.on(eventChannelOf(name), (_event, payload: unknown) => hub.emit(name, payload));

const on =
  <E extends EventName>(name: E) =>
  (callback: (payload: EventPayloads[E]) => void) =>
    hub.subscribe(name, callback as (payload: unknown) => void);

const api = {
  ...methods,
  onCommand: on('command'),
  onBriefingOpened: on('briefingOpened'),
  onArticlesImported: on('articlesImported'),
} as DesktopApi;

contextBridge.exposeInMainWorld('api', api);
