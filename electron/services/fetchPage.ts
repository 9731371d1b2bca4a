import { AppError } from '../../shared/model/errors';
import { MAX_FETCH_BYTES } from '../../shared/model/limits';

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
  fetchImpl?: typeof fetch;
}

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

/**
 * Fetches a page on the Node side with a timeout and a size cap (checked as the bytes arrive, so a
 * huge or endless answer is cut off rather than read whole).
 */
export async function fetchPage(address: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const url = parseWebAddress(address);
  const timeoutMs = options.timeoutMs ?? 20_000;
  const maxBytes = options.maxBytes ?? MAX_FETCH_BYTES;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let response: Response;
    try {
      response = await (options.fetchImpl ?? fetch)(url, {
        signal: controller.signal,
        redirect: 'follow',
        headers: { Accept: 'text/html,application/xhtml+xml,application/pdf,text/plain;q=0.9,*/*;q=0.5', 'User-Agent': 'Briefwright/0.1 (article import)' },
      });
    } catch (error) {
      if (controller.signal.aborted) throw new AppError('timeout', `${url.host} did not answer within ${Math.round(timeoutMs / 1000)} seconds.`);
      throw new AppError('fetch-failed', `Briefwright could not reach ${url.host}. Check the address and your connection.`, { cause: error });
    }
    if (!response.ok) {
      throw new AppError('fetch-failed', `${url.host} answered "${response.status} ${response.statusText}" for that address.`);
    }
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > maxBytes) throw new AppError('too-large', `That page is larger than the ${Math.round(maxBytes / 1e6)} MB Briefwright fetches.`);
    const chunks: Uint8Array[] = [];
    let size = 0;
    const reader = response.body?.getReader();
    while (reader) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch (error) {
        if (controller.signal.aborted) throw new AppError('timeout', `${url.host} took longer than ${Math.round(timeoutMs / 1000)} seconds to send the page.`);
        throw new AppError('fetch-failed', `The connection to ${url.host} broke off.`, { cause: error });
      }
      if (chunk.done) break;
      size += chunk.value.length;
      if (size > maxBytes) {
        await reader.cancel();
        throw new AppError('too-large', `That page is larger than the ${Math.round(maxBytes / 1e6)} MB Briefwright fetches.`);
      }
      chunks.push(chunk.value);
    }
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    const contentType = (response.headers.get('content-type') ?? 'text/html').toLowerCase();
    const finalUrl = response.url || url.href;
    return { bytes, contentType, finalUrl, name: nameFor(new URL(finalUrl), contentType) };
  } finally {
    clearTimeout(timer);
  }
}
