import type { WebContents } from 'electron';
import { ipcMain } from 'electron';
import type { Handlers } from '../../shared/ipc/contract';
import { channelOf, METHODS } from '../../shared/ipc/contract';
import { dispatch } from '../../shared/ipc/dispatch';
import { err } from '../../shared/ipc/result';
import { isTrustedSender } from './securityPolicy';

/** Registers every method of the contract through one helper: sender checked, input validated, a Result back. */
export function registerHandlers(handlers: Handlers, trusted: () => WebContents | null): void {
  for (const method of METHODS) {
    ipcMain.handle(channelOf(method), async (event, input: unknown) => {
      if (!isTrustedSender(event, trusted)) return err('forbidden', 'This request did not come from the Briefwright window.');
      return dispatch(handlers, method, input);
    });
  }
}
