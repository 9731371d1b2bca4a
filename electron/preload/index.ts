import { contextBridge, ipcRenderer } from 'electron';
import type { AppApi } from '../../shared/ipc/contract';
import { channelOf, METHOD_NAMES } from '../../shared/ipc/methods';

/**
 * Turns the contract into `window.api`: one function per method, each an `invoke` on its own channel.
 * No raw ipcRenderer reaches the page.
 */
const api = Object.fromEntries(METHOD_NAMES.map((method) => [method, (input: unknown) => ipcRenderer.invoke(channelOf(method), input ?? {})])) as AppApi;

contextBridge.exposeInMainWorld('api', api);
