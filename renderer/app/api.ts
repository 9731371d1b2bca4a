import type { AppApi, In, Method, Out } from '../../shared/ipc/contract';
import { METHOD_NAMES } from '../../shared/ipc/methods';
import type { Result } from '../../shared/ipc/result';
import { err } from '../../shared/ipc/result';
import { fromWireJson, toWireJson } from '../../shared/ipc/wire';

const TOKEN_KEY = 'briefwright.token';
/** Browsers cap the bodies of all pending keepalive requests at 64 KiB. */
const KEEPALIVE_LIMIT = 60_000;

/** Where the browser host's token lives once it has been taken out of the address bar. */
export type TokenStore = Pick<Storage, 'getItem' | 'setItem'>;

/**
 * Takes `?token=…` out of the page address (so it is not bookmarked, shared or left in history),
 * keeps it in sessionStorage and answers the token to use: the fresh one, else the stored one.
 */
export function takeToken(location: Location, history: History, storage: TokenStore): string | null {
  const url = new URL(location.href);
  const fresh = url.searchParams.get('token');
  if (fresh) {
    storage.setItem(TOKEN_KEY, fresh);
    url.searchParams.delete('token');
    history.replaceState(history.state, '', `${url.pathname}${url.search}${url.hash}`);
    return fresh;
  }
  return storage.getItem(TOKEN_KEY);
}

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/** What the analyst reads when an HTTP answer is not a Result. */
function describeStatus(status: number): Result<never> {
  if (status === 401) {
    return err('forbidden', 'This page no longer has its access key. Open the address that `npm run serve` printed again.');
  }
  if (status === 403) return err('forbidden', 'Briefwright refused this request because it came from another site.');
  if (status === 413) return err('too-large', 'These files are too large to send at once. Try fewer files at a time.');
  return err('internal', `Briefwright's host answered with an error (HTTP ${status}). Your work is safe; please try again.`);
}

/** The browser host's transport: `POST /api/<method>` with a JSON body and the bearer token. */
export function createHttpApi(options: { token: string | null; baseUrl?: string; fetch?: typeof fetch }): AppApi {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const base = options.baseUrl ?? '';
  const call = async (method: Method, input: unknown): Promise<Result<unknown>> => {
    let response: Response;
    const body = toWireJson(input);
    try {
      response = await doFetch(`${base}/api/${method}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
        },
        body,
        // A small save may outlive the page, so closing the tab right after an edit still saves it.
        keepalive: method === 'saveBriefing' && body.length < KEEPALIVE_LIMIT,
      });
    } catch {
      return err('internal', "Briefwright's host is not answering. Check that it is still running, then try again.");
    }
    let answer: unknown = null;
    try {
      answer = fromWireJson(await response.text());
    } catch {
      answer = null;
    }
    if (isResult(answer)) return answer;
    return describeStatus(response.status);
  };
  const api = {} as Record<Method, (input: unknown) => Promise<Result<unknown>>>;
  for (const method of METHOD_NAMES) api[method] = (input) => call(method, input);
  return api as unknown as AppApi;
}

/** The Electron preload's `window.api` when there is one, else the HTTP client of the browser host (the App asks once). */
export function getApi(): AppApi {
  const fromPreload = (globalThis as { api?: AppApi }).api;
  return fromPreload ?? createHttpApi({ token: takeToken(window.location, window.history, window.sessionStorage) });
}

/** Calls one method and answers its Result; a transport that throws becomes an `internal` error. */
export async function call<M extends Method>(api: AppApi, method: M, input: In<M>): Promise<Result<Out<M>>> {
  try {
    return await (api[method] as (i: In<M>) => Promise<Result<Out<M>>>)(input);
  } catch {
    return err('internal', 'Something went wrong talking to Briefwright. Your work is safe; please try again.');
  }
}
