import { z } from 'zod';
import { SafeIdSchema } from './ids';
import { FIELD_LIMITS, safeField } from './safeText';

/** A metadata field from a file: whatever it held, kept without direction controls and at most `max` long. */
const field = (max: number) => z.string().transform((text) => safeField(text, max));

export const ARTICLE_SCHEMA_VERSION = 1;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

/** Where the character range of a suggestion or an item sits in an article. */
export const SpanSchema = z.object({
  paragraph: z.number().int().min(0),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});
export type Span = z.infer<typeof SpanSchema>;

export const QuoteSuggestionSchema = SpanSchema.extend({
  text: z.string(),
  speaker: z.string().nullable(),
  role: z.string().nullable(),
  confidence: z.number().min(0).max(1),
  /** How likely the speaker is right (0..1); below SPEAKER_SURE the UI asks the analyst to confirm it. */
  speakerConfidence: z.number().min(0).max(1).optional(),
});
/** A speaker given with at least this confidence is shown as firm; below it, as a question to confirm. */
export const SPEAKER_SURE = 0.8;
export type QuoteSuggestion = z.infer<typeof QuoteSuggestionSchema>;

export const FigureSuggestionSchema = SpanSchema.extend({
  text: z.string(),
  value: z.number().nullable(),
  unit: z.string().nullable(),
  what: z.string().nullable(),
  /** How sure the analysis is that `what` names what the figure measures (0 for articles analysed before it said). */
  whatConfidence: z.number().min(0).max(1).default(0),
  confidence: z.number().min(0).max(1),
});
export type FigureSuggestion = z.infer<typeof FigureSuggestionSchema>;

export const SOURCE_FORMATS = ['txt', 'md', 'html', 'docx', 'pdf', 'eml', 'rtf', 'mhtml', 'zip', 'paste', 'url'] as const;
export const SourceFormatSchema = z.enum(SOURCE_FORMATS);
export type SourceFormat = z.infer<typeof SourceFormatSchema>;

/** The origin of a title made from the article's first sentence because the article has no headline. */
export const MADE_UP_TITLE = 'made-up';

/** Which metadata field came from where ("json-ld", "og", "meta", "header-line", "first-line", "analyst", …). */
export const MetadataOriginSchema = z.record(z.string(), z.string());

export const ArticleSchema = z.object({
  schemaVersion: z.literal(ARTICLE_SCHEMA_VERSION),
  /** Content hash of the normalised body text: the same article imported twice gets the same id. */
  id: SafeIdSchema,
  title: field(FIELD_LIMITS.title).nullable(),
  byline: field(FIELD_LIMITS.byline).nullable(),
  /** The writer's role as the byline gave it ("Industry Correspondent"), apart from the name. */
  bylineRole: field(FIELD_LIMITS.bylineRole).nullable().optional(),
  publication: field(FIELD_LIMITS.publication).nullable(),
  published: isoDate.nullable(),
  url: field(FIELD_LIMITS.url).nullable(),
  language: field(FIELD_LIMITS.language).nullable(),
  paragraphs: z.array(z.string()),
  source: z.object({ fileName: field(FIELD_LIMITS.fileName), format: SourceFormatSchema }),
  origin: MetadataOriginSchema.default({}),
  importedAt: z.string(),
  quotes: z.array(QuoteSuggestionSchema).default([]),
  figures: z.array(FigureSuggestionSchema).default([]),
  /** The source's copyright line (news-database exports carry one per article). */
  copyright: field(FIELD_LIMITS.copyright).nullable().optional(),
  /** The news database's id of the document (Factiva's accession number, a Nexis urn): the same document from two exports is one article. */
  documentId: field(FIELD_LIMITS.documentId).nullable().optional(),
  /** Ids of other articles that tell the same story (one wire story in two outlets). */
  nearDuplicates: z.array(z.string()).optional(),
});
export type Article = z.infer<typeof ArticleSchema>;

/** What the Inbox lists: enough to show and sort without loading every body. */
export const ArticleSummarySchema = ArticleSchema.pick({
  id: true,
  title: true,
  byline: true,
  publication: true,
  published: true,
  importedAt: true,
  nearDuplicates: true,
  documentId: true,
}).extend({
  paragraphCount: z.number().int(),
  /** The article gave no headline: its title was made from its first sentence (origin.title 'made-up') until the analyst edits it. */
  titleMadeUp: z.boolean().optional(),
  /** The article's language ("fr"): optional, so summaries kept by an earlier version still read. */
  language: z.string().nullable().optional(),
});
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;

export function summariseArticle(article: Article): ArticleSummary {
  const { id, title, byline, publication, published, importedAt, nearDuplicates, documentId } = article;
  return {
    id,
    title,
    byline,
    publication,
    published,
    importedAt,
    nearDuplicates: nearDuplicates ?? [],
    ...(documentId ? { documentId } : {}),
    paragraphCount: article.paragraphs.length,
    ...(article.origin.title === MADE_UP_TITLE ? { titleMadeUp: true } : {}),
    ...(article.language ? { language: article.language } : {}),
  };
}

export { isoDate as IsoDateSchema };
