import { toArticle } from '../../shared/ingest/ingest';
import { looksHtml } from '../../shared/ingest/detectFormat';
import { readHtml } from '../../shared/ingest/readHtml';
import { readText } from '../../shared/ingest/readText';
import type { Article } from '../../shared/model/article';

/** For the readers' tests: a text (or an HTML page in it) → Article, without suggestions. */
export function ingestText(text: string, options: { name?: string; now?: Date } = {}): Promise<Article> {
  return toArticle(looksHtml(text) ? readHtml(text) : readText(text), { fileName: options.name ?? 'Pasted text', format: 'paste' }, options.now);
}

/** For the readers' tests: an HTML page, with the address it came from when given → Article. */
export function ingestHtml(html: string, options: { url?: string; name?: string; now?: Date } = {}): Promise<Article> {
  return toArticle(readHtml(html, { url: options.url }), { fileName: options.name ?? options.url ?? 'Pasted page', format: options.url ? 'url' : 'paste' }, options.now);
}
