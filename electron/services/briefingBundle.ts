import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import type { Article } from '../../shared/model/article';
import { ArticleSchema } from '../../shared/model/article';
import type { Briefing, BriefingSummary } from '../../shared/model/briefing';
import { BriefingSchema, summariseBriefing } from '../../shared/model/briefing';
import { articleIdOf, legacyArticleIdOf } from '../../shared/ingest/articleId';
import { AppError } from '../../shared/model/errors';
import { newId } from '../../shared/model/hash';
import { BRIEFING_FILE_EXTENSION, MAX_BUNDLE_BYTES } from '../../shared/model/limits';
import { docxFileName } from './exportBriefing';
import type { Library } from './library';

/**
 * A `.briefing` file: one briefing with the articles its items quote, to hand to a colleague.
 * Plain JSON (UTF-8), with a format tag and its own schema version so a later Briefwright can read it.
 */
export const BUNDLE_FORMAT = 'briefwright-briefing';
export const BUNDLE_SCHEMA_VERSION = 1;

const BundleSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  schemaVersion: z.literal(BUNDLE_SCHEMA_VERSION),
  exportedAt: z.string(),
  briefing: BriefingSchema,
  articles: z.array(ArticleSchema).max(10_000),
});
export type BriefingBundle = z.infer<typeof BundleSchema>;

/** The ids of the articles a briefing's items came from, in order of first use. */
function quotedArticleIds(briefing: Briefing): string[] {
  const ids = new Set<string>();
  for (const section of briefing.sections) for (const item of section.items) if (item.source) ids.add(item.source.articleId);
  return [...ids];
}

export function bundleFileName(briefing: Briefing): string {
  return docxFileName(briefing).replace(/\.docx$/, `.${BRIEFING_FILE_EXTENSION}`);
}

/** The briefing and every article it quotes that is still in the library, as the bytes of a `.briefing` file. */
export async function exportBundle(library: Library, briefingId: string, now = new Date()): Promise<{ fileName: string; bytes: Uint8Array }> {
  const briefing = await library.briefings.get(briefingId);
  const articles: Article[] = [];
  for (const id of quotedArticleIds(briefing)) {
    const article = await library.articles.read(id).catch(() => null);
    if (article) articles.push(article);
  }
  const bundle: BriefingBundle = { format: BUNDLE_FORMAT, schemaVersion: BUNDLE_SCHEMA_VERSION, exportedAt: now.toISOString(), briefing, articles };
  return { fileName: bundleFileName(briefing), bytes: new TextEncoder().encode(`${JSON.stringify(bundle, null, 1)}\n`) };
}

/** Reads and checks a `.briefing` file, saying in the analyst's words what is wrong with one that will not do. */
export function parseBundle(fileName: string, bytes: Uint8Array, maxBytes = MAX_BUNDLE_BYTES): BriefingBundle {
  if (bytes.byteLength > maxBytes) {
    throw new AppError('too-large', `“${fileName}” is larger than ${Math.round(maxBytes / 1e6)} MB, more than a shared briefing can be.`);
  }
  if (bytes.byteLength === 0) throw new AppError('empty', `“${fileName}” is empty.`);
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new AppError('invalid-file', `“${fileName}” is not a Briefwright briefing file. Choose a .briefing file shared from Briefwright.`);
  }
  const head = typeof raw === 'object' && raw !== null ? (raw as { format?: unknown; schemaVersion?: unknown }) : {};
  if (head.format !== BUNDLE_FORMAT) {
    throw new AppError('invalid-file', `“${fileName}” is not a Briefwright briefing file. Choose a .briefing file shared from Briefwright.`);
  }
  if (typeof head.schemaVersion === 'number' && head.schemaVersion > BUNDLE_SCHEMA_VERSION) {
    throw new AppError('invalid-file', `“${fileName}” was shared from a newer Briefwright. Update Briefwright to open it.`);
  }
  const parsed = BundleSchema.safeParse(raw);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') || 'the file';
    throw new AppError('corrupt', `“${fileName}” is damaged (${where}) and cannot be opened. Ask for the file to be shared again.`);
  }
  return parsed.data;
}

/**
 * The bundle with every article under the id its words give. A file may claim any id for an article; one whose
 * words do not give that id is stored under its own, and the briefing's items follow it, so a shared file can
 * never put words under the id of an article it does not hold.
 */
export async function withContentIds(bundle: BriefingBundle): Promise<BriefingBundle> {
  const moved = new Map<string, string>();
  const articles: Article[] = [];
  for (const article of bundle.articles) {
    const id = await articleIdOf(article.paragraphs);
    // An article shared from a library written before ids were SHA-256 keeps the id its words gave then.
    if (article.id === id || article.id === legacyArticleIdOf(article.paragraphs)) {
      articles.push(article);
      continue;
    }
    moved.set(article.id, id);
    articles.push({ ...article, id });
  }
  if (moved.size === 0) return bundle;
  const sections = bundle.briefing.sections.map((section) => ({
    ...section,
    items: section.items.map((item) => {
      const to = item.source ? moved.get(item.source.articleId) : undefined;
      return to && item.source ? { ...item, source: { ...item.source, articleId: to } } : item;
    }),
  }));
  return { ...bundle, articles, briefing: { ...bundle.briefing, sections } };
}

/**
 * Adds a shared briefing to the library. Articles the library lacks are added exactly as shared (the
 * items' offsets point into their paragraphs); articles it has are kept. A briefing is never
 * overwritten: if the library holds a different briefing under the same id, the shared one arrives
 * as a copy under a new id.
 */
export async function importBundle(
  library: Library,
  bundle: BriefingBundle,
  onArticleAdded: (article: Article) => void = () => undefined,
): Promise<BriefingSummary> {
  bundle = await withContentIds(bundle);
  for (const article of bundle.articles) {
    if (await library.articles.has(article.id)) continue;
    await library.articles.write(article);
    onArticleAdded(article);
  }
  const incoming = bundle.briefing;
  const existing = await library.briefings.read(incoming.id).catch(() => null);
  if (existing && isDeepStrictEqual(existing, incoming)) return summariseBriefing(existing);
  const briefing: Briefing = existing ? { ...incoming, id: newId('brf'), title: `${incoming.title} (copy)` } : incoming;
  await library.briefings.write(briefing);
  return summariseBriefing(briefing);
}
