import type { LookupAddress } from 'node:dns';
import { lookup as dnsLookup } from 'node:dns';
import type { IncomingMessage, RequestOptions } from 'node:http';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupOptions } from 'node:dns';
import { isIP } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { AppError } from '../../shared/model/errors';
import { MAX_FETCH_BYTES } from '../../shared/model/limits';
import { blockedReason } from './addressPolicy';

export interface FetchedPage {
  bytes: Uint8Array;
  contentType: string;
  finalUrl: string;
  /** A file name for the page, from its address, with an extension that matches its content type. */
  name: string;
}

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
  /**
   * Test-only: `host:port` pairs fetched even though they are inside the machine (a local test server).
   * Set where a core is opened, never from the contract; redirects from them are still checked at every hop.
   */
  allowFrom?: readonly string[];
}

const MAX_REDIRECTS = 5;
const REDIRECT = new Set([301, 302, 303, 307, 308]);

const EXTENSION_BY_TYPE: [RegExp, string][] = [
  [/html|xhtml/, '.html'],
  [/pdf/, '.pdf'],
  [/wordprocessingml/, '.docx'],
  [/message\/rfc822/, '.eml'],
  [/markdown/, '.md'],
  [/text\/plain/, '.txt'],
];

function nameFor(url: URL, contentType: string): string {
  const last = decodeURIComponent(url.pathname.split('/').filter(Boolean).pop() ?? '') || url.hostname;
  const ext = EXTENSION_BY_TYPE.find(([re]) => re.test(contentType))?.[1] ?? '.html';
  return last.toLowerCase().endsWith(ext) ? last : `${last}${ext}`;
}

/** Checks that an address is a web page address an analyst could mean, and normalises it. */
export function parseWebAddress(raw: string): URL {
  const text = raw.trim();
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`);
  } catch {
    throw new AppError('invalid-input', `"${text.slice(0, 200)}" is not a web address.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new AppError('invalid-input', 'Only web addresses (http or https) can be imported.');
  }
  return url;
}

function blocked(host: string, reason: string): AppError {
  return new AppError(
    'blocked-address',
    `${host} is an address inside this computer or its network (${reason}). Briefwright imports pages from the public web only.`,
  );
}

type Lookup = NonNullable<RequestOptions['lookup']>;

/**
 * Resolves a host name for the connection and refuses it when any of its addresses is not public. The check and
 * the connection use the same answer, so a name cannot resolve to a public address for the check and to a
 * private one for the connection.
 */
function guardedLookup(host: string): Lookup {
  return ((hostname: string, options: LookupOptions, callback: (error: Error | null, address: string | LookupAddress[], family?: number) => void) => {
    dnsLookup(hostname, { all: true, family: options.family ?? 0 }, (error, addresses) => {
      if (error) return callback(error, []);
      const bad = addresses.map((a) => blockedReason(a.address)).find((reason) => reason !== null);
      if (bad || addresses.length === 0) return callback(blocked(host, bad ?? 'no address'), []);
      if (options.all) return callback(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  }) as Lookup;
}

/** One request, to one checked address, without following redirects. */
function requestOnce(url: URL, signal: AbortSignal, allowFrom: readonly string[]): Promise<IncomingMessage> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  const allowed = allowFrom.includes(`${url.hostname}:${port}`);
  if (!allowed && isIP(host)) {
    const reason = blockedReason(host);
    if (reason) return Promise.reject(blocked(url.hostname, reason));
  }
  const options: RequestOptions = {
    hostname: host,
    port,
    path: `${url.pathname}${url.search}`,
    method: 'GET',
    signal,
    headers: { Accept: 'text/html,application/xhtml+xml,application/pdf,text/plain;q=0.9,*/*;q=0.5', 'User-Agent': 'Briefwright/0.1 (article import)' },
    ...(allowed ? {} : { lookup: guardedLookup(url.hostname) }),
  };
  return new Promise((resolve, reject) => {
    const request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(options, resolve);
    request.on('error', reject);
    request.end();
  });
}

/** The body as it arrives, decompressed when the server compressed it anyway. */
function bodyOf(response: IncomingMessage): AsyncIterable<Buffer> {
  const encoding = String(response.headers['content-encoding'] ?? '').toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') return response.pipe(createGunzip());
  if (encoding === 'deflate') return response.pipe(createInflate());
  if (encoding === 'br') return response.pipe(createBrotliDecompress());
  return response;
}

/**
 * Fetches a page on the Node side with a timeout and a size cap (checked as the bytes arrive, so a huge or endless
 * answer is cut off rather than read whole). Only public addresses are fetched: every hop of a redirect is resolved
 * and checked before it is connected to.
 */
export async function fetchPage(address: string, options: FetchOptions = {}): Promise<FetchedPage> {
  let url = parseWebAddress(address);
  const timeoutMs = options.timeoutMs ?? 20_000;
  const maxBytes = options.maxBytes ?? MAX_FETCH_BYTES;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const tooLarge = () => new AppError('too-large', `That page is larger than the ${Math.round(maxBytes / 1e6)} MB Briefwright fetches.`);
  try {
    let response: IncomingMessage | null = null;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      try {
        response = await requestOnce(url, controller.signal, options.allowFrom ?? []);
      } catch (error) {
        if (error instanceof AppError) throw error;
        if (controller.signal.aborted) throw new AppError('timeout', `${url.host} did not answer within ${Math.round(timeoutMs / 1000)} seconds.`);
        throw new AppError('fetch-failed', `Briefwright could not reach ${url.host}. Check the address and your connection.`, { cause: error });
      }
      const location = response.headers.location;
      if (!REDIRECT.has(response.statusCode ?? 0) || !location) break;
      response.resume();
      if (hop === MAX_REDIRECTS) throw new AppError('fetch-failed', `${url.host} redirected more than ${MAX_REDIRECTS} times.`);
      try {
        url = parseWebAddress(new URL(location, url).href);
      } catch (error) {
        throw new AppError('fetch-failed', `${url.host} redirected to an address Briefwright cannot fetch.`, { cause: error });
      }
    }
    if (!response) throw new AppError('fetch-failed', `Briefwright could not reach ${url.host}.`);
    const status = response.statusCode ?? 0;
    if (status < 200 || status > 299) {
      response.resume();
      throw new AppError('fetch-failed', `${url.host} answered "${status} ${response.statusMessage ?? ''}" for that address.`);
    }
    const declared = Number(response.headers['content-length'] ?? 0);
    if (declared > maxBytes) {
      response.destroy();
      throw tooLarge();
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    try {
      for await (const chunk of bodyOf(response)) {
        size += chunk.length;
        if (size > maxBytes) {
          response.destroy();
          throw tooLarge();
        }
        chunks.push(chunk);
      }
    } catch (error) {
      if (error instanceof AppError) throw error;
      if (controller.signal.aborted) throw new AppError('timeout', `${url.host} took longer than ${Math.round(timeoutMs / 1000)} seconds to send the page.`);
      throw new AppError('fetch-failed', `The connection to ${url.host} broke off.`, { cause: error });
    }
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    const contentType = String(response.headers['content-type'] ?? 'text/html').toLowerCase();
    return { bytes, contentType, finalUrl: url.href, name: nameFor(url, contentType) };
  } finally {
    clearTimeout(timer);
  }
}
