/** What a paste or a drop brings, in the order the Inbox prefers: files, a web address, a page selection, text. */
export type Incoming =
  | { kind: 'files'; files: File[] }
  | { kind: 'url'; url: string }
  | { kind: 'text'; text: string; html?: string }
  | null;

/** A single http(s) address and nothing else. */
export function webAddressIn(text: string): string | null {
  const trimmed = text.trim();
  if (!/^https?:\/\/\S+$/i.test(trimmed)) return null;
  try {
    return new URL(trimmed).href;
  } catch {
    return null;
  }
}

/** The first address of a `text/uri-list` (lines starting with # are comments). */
function firstUri(list: string): string | null {
  for (const line of list.split(/\r?\n/)) {
    if (line.trim() && !line.startsWith('#')) return webAddressIn(line);
  }
  return null;
}

/** Reads a clipboard or drag DataTransfer: files win; then a link; then HTML (a browser selection); then plain text. */
export function readTransfer(data: Pick<DataTransfer, 'getData' | 'types'> & { files?: ArrayLike<File> | null }): Incoming {
  const files = Array.from(data.files ?? []);
  if (files.length > 0) return { kind: 'files', files };
  const types = Array.from(data.types ?? []);
  const get = (type: string) => (types.includes(type) ? data.getData(type) : '');
  const uri = firstUri(get('text/uri-list'));
  if (uri) return { kind: 'url', url: uri };
  const text = get('text/plain');
  const address = webAddressIn(text);
  if (address) return { kind: 'url', url: address };
  const html = get('text/html');
  if (html.trim()) return { kind: 'text', text, html };
  if (text.trim()) return { kind: 'text', text };
  return null;
}

/** Whether a drag carries anything the Inbox can take. */
export function canTake(types: readonly string[]): boolean {
  return types.some((t) => t === 'Files' || t === 'text/uri-list' || t === 'text/html' || t === 'text/plain');
}
