import { afterEach, describe, expect, it } from 'vitest';
import { createHttpApi, getApi, takeToken } from './api';

afterEach(() => {
  sessionStorage.clear();
  history.replaceState(null, '', '/');
});

type Sent = { url: string; init: RequestInit };

/** A stand-in for the browser host's HTTP answer, recording what the page sent. */
function host(answer: (sent: Sent) => Response | Promise<Response>) {
  const sent: Sent[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    const request = { url, init };
    sent.push(request);
    return answer(request);
  }) as unknown as typeof globalThis.fetch;
  return { sent, fetch };
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('takeToken', () => {
  it('takes the token out of the address bar, keeps it for the session and leaves the rest of the address', () => {
    history.replaceState(null, '', '/?token=abc123&view=reader#top');
    expect(takeToken(location, history, sessionStorage)).toBe('abc123');
    expect(location.search).toBe('?view=reader');
    expect(location.hash).toBe('#top');
    expect(sessionStorage.getItem('briefwright.token')).toBe('abc123');
    // A reload has no token in the address: the stored one is used.
    expect(takeToken(location, history, sessionStorage)).toBe('abc123');
  });

  it('answers null when there is no token anywhere', () => {
    expect(takeToken(location, history, sessionStorage)).toBeNull();
  });
});

describe('the HTTP client', () => {
  it('posts the input as JSON to /api/<method> with the bearer token and answers the Result', async () => {
    const { sent, fetch } = host(() => json({ ok: true, value: [] }));
    const api = createHttpApi({ token: 'tok', fetch });
    expect(await api.listArticles({})).toEqual({ ok: true, value: [] });
    await api.getArticle({ id: 'art_1' });
    expect(sent.map((s) => s.url)).toEqual(['/api/listArticles', '/api/getArticle']);
    expect(sent[1].init.method).toBe('POST');
    expect(JSON.parse(String(sent[1].init.body))).toEqual({ id: 'art_1' });
    expect((sent[1].init.headers as Record<string, string>).Authorization).toBe('Bearer tok');
  });

  it('passes the core error through unchanged', async () => {
    const { fetch } = host(() => json({ ok: false, code: 'not-found', message: 'That article is not in the library.' }, 404));
    const api = createHttpApi({ token: 'tok', fetch });
    expect(await api.getArticle({ id: 'x' })).toEqual({ ok: false, code: 'not-found', message: 'That article is not in the library.' });
  });

  it('explains a refused token, and a host that does not answer, in plain words', async () => {
    const refused = createHttpApi({ token: 'old', fetch: host(() => new Response('Unauthorized', { status: 401 })).fetch });
    const denied = await refused.listBriefings({});
    expect(denied).toMatchObject({ ok: false, code: 'forbidden' });
    expect(!denied.ok && denied.message).toMatch(/access key/);

    const gone = createHttpApi({
      token: 'tok',
      fetch: host(() => {
        throw new TypeError('Failed to fetch');
      }).fetch,
    });
    const down = await gone.listBriefings({});
    expect(down).toMatchObject({ ok: false, code: 'internal' });
    expect(!down.ok && down.message).toMatch(/not answering/);
  });
});

describe('getApi', () => {
  it('uses the preload API when Electron provides one', () => {
    const preload = createHttpApi({ token: null });
    (globalThis as { api?: unknown }).api = preload;
    try {
      expect(getApi()).toBe(preload);
    } finally {
      delete (globalThis as { api?: unknown }).api;
    }
  });

  it('falls back to the HTTP client, taking the token from the address', () => {
    history.replaceState(null, '', '/?token=t0k');
    const api = getApi();
    expect(typeof api.importFiles).toBe('function');
    expect(location.search).toBe('');
    expect(sessionStorage.getItem('briefwright.token')).toBe('t0k');
  });
});
