/**
 * Saved pages and bundles of articles: a browser's "save as single file" (.mht/.mhtml: multipart MIME
 * holding the page's HTML, quoted-printable or base64), and a .zip of article files (behind every guard
 * of the .docx reader: sizes declared and inflated, entry count, encrypted entries; no archive inside).
 */
import { AppError } from '../model/errors';
import type { MimePart } from './mime';
import { leafParts, parsePart, partText } from './mime';
import type { ZipEntry } from './zipGuard';
import { entryData, guardZip } from './zipGuard';

/** Text that is a saved single-file page: MIME headers announcing multipart/related. */
export function looksMhtml(text: string): boolean {
  const head = text.slice(0, 4096);
  return /^content-type:\s*multipart\/related/im.test(head) && /^mime-version:/im.test(head);
}

/** The HTML of a saved single-file page and the address it was saved from. */
export function mhtmlPage(text: string): { html: string; url: string | null } {
  const root = parsePart(text);
  const parts = leafParts(root);
  const type = (p: MimePart) => (p.headers.get('content-type') ?? '').toLowerCase();
  const page = parts.find((p) => type(p).startsWith('text/html')) ?? parts.find((p) => type(p).startsWith('application/xhtml'));
  if (!page) throw new AppError('no-text', 'This saved page holds no web page (no HTML part).');
  const location = page.headers.get('content-location') ?? root.headers.get('snapshot-content-location') ?? null;
  const url = location && /^https?:\/\//i.test(location.trim()) ? location.trim() : null;
  return { html: partText(page), url };
}

/** Entries of a zip that are not articles: folders, the Mac's resource forks, hidden files. */
const NOT_AN_ARTICLE = /(^|\/)(__MACOSX|\.)[^/]*|\/$/;

/** The article files inside a .zip, after the zip guards, each with its bytes; archives inside are refused one by one. */
export function zipArticles(bytes: Uint8Array, maxUnpacked: number): { name: string; read: () => Uint8Array; nested: boolean }[] {
  const entries: ZipEntry[] = guardZip(bytes, maxUnpacked);
  return entries
    .filter((e) => !NOT_AN_ARTICLE.test(e.name) && e.size > 0)
    .map((e) => ({ name: e.name.split('/').pop() ?? e.name, read: () => entryData(bytes, e), nested: /\.(zip|jar|7z|rar|gz|tgz)$/i.test(e.name) }));
}
