import { z } from 'zod';
import type { Article } from './article';
import { IsoDateSchema } from './article';
import { ExportOptionsSchema } from './exportOptions';
import { SafeIdSchema } from './ids';
import { capRoutingPhrases, RoutingRuleSchema } from './routingRule';

export const BRIEFING_SCHEMA_VERSION = 1;

export const ITEM_KINDS = ['quote', 'figure', 'excerpt', 'note'] as const;
export const ItemKindSchema = z.enum(ITEM_KINDS);
export type ItemKind = z.infer<typeof ItemKindSchema>;

/** Where an item came from: the article, the paragraph and the character offsets inside it. */
export const ProvenanceSchema = z.object({
  articleId: SafeIdSchema,
  paragraph: z.number().int().min(0),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  /** Copied at pick time so an export names its source even if the article is later removed. */
  title: z.string().nullable().default(null),
  publication: z.string().nullable().default(null),
  published: IsoDateSchema.nullable().default(null),
  url: z.string().nullable().default(null),
  /** The source's copyright line and news-database document id, when the article carried them. */
  copyright: z.string().nullable().optional(),
  documentId: z.string().nullable().optional(),
});
export type Provenance = z.infer<typeof ProvenanceSchema>;

/** Where a span of an article comes from, as an item keeps it: the article, paragraph, offsets and the article's metadata at pick time. */
export function provenanceOf(
  article: Pick<Article, 'id' | 'title' | 'publication' | 'published' | 'url' | 'copyright' | 'documentId'>,
  span: { paragraph: number; start: number; end: number },
): Provenance {
  const { title, publication, published, url, copyright, documentId } = article;
  return {
    articleId: article.id,
    paragraph: span.paragraph,
    start: span.start,
    end: span.end,
    title,
    publication,
    published,
    url,
    ...(copyright ? { copyright } : {}),
    ...(documentId ? { documentId } : {}),
  };
}

export const ItemSchema = z.object({
  id: SafeIdSchema,
  kind: ItemKindSchema,
  text: z.string(),
  note: z.string().default(''),
  speaker: z.string().nullable().default(null),
  role: z.string().nullable().default(null),
  /** The analysis was unsure of the speaker and the analyst has not confirmed it: Word names nobody until they do. */
  speakerUnconfirmed: z.boolean().optional(),
  /** For figures: what the number measures. */
  what: z.string().nullable().default(null),
  source: ProvenanceSchema.nullable().default(null),
  /** A quote's words as first picked, kept when the analyst edits or trims it (see quoteIntegrity.ts). */
  originalText: z.string().optional(),
});
export type Item = z.infer<typeof ItemSchema>;

export const SectionSchema = z.object({
  id: SafeIdSchema,
  title: z.string(),
  summary: z.string().default(''),
  /** The template's sample text for the summary: shown as a placeholder while the summary is empty, never exported. */
  hint: z.string().max(20_000).optional(),
  /** Exported even while it has no items and no summary (empty sections are left out otherwise). */
  keepWhenEmpty: z.boolean().optional(),
  items: z.array(ItemSchema).default([]),
  /** From the template the briefing was made from: which suggestions belong here (see shared/templates/routing.ts). */
  rules: z.array(RoutingRuleSchema).max(50).optional(),
});
export type Section = z.infer<typeof SectionSchema>;

export const BriefingSchema = z.object({
  schemaVersion: z.literal(BRIEFING_SCHEMA_VERSION),
  id: SafeIdSchema,
  title: z.string(),
  date: IsoDateSchema,
  classification: z.string().default(''),
  /** The briefing in a sentence or two, for the cover page. */
  summary: z.string().max(20_000).optional(),
  sections: z.array(SectionSchema).superRefine(capRoutingPhrases),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** The template the briefing was made from, if any. */
  templateId: z.string().max(200).nullable().optional(),
  /** The export style it carries (from its template): the Word export uses it. */
  exportOptions: ExportOptionsSchema.optional(),
});
export type Briefing = z.infer<typeof BriefingSchema>;

/** Whether a section goes into an export: it has items or a summary, or the analyst chose to keep it while empty. */
export function isExported(section: Section): boolean {
  return section.items.length > 0 || section.summary.trim() !== '' || section.keepWhenEmpty === true;
}

/** The briefing as exported: without the sections left empty (unless kept). */
export function exportedBriefing(briefing: Briefing): Briefing {
  return briefing.sections.every(isExported) ? briefing : { ...briefing, sections: briefing.sections.filter(isExported) };
}

export const BriefingSummarySchema = BriefingSchema.pick({
  id: true,
  title: true,
  date: true,
  updatedAt: true,
}).extend({ itemCount: z.number().int(), sectionCount: z.number().int() });
export type BriefingSummary = z.infer<typeof BriefingSummarySchema>;

export function summariseBriefing(briefing: Briefing): BriefingSummary {
  const { id, title, date, updatedAt } = briefing;
  const itemCount = briefing.sections.reduce((n, s) => n + s.items.length, 0);
  return { id, title, date, updatedAt, itemCount, sectionCount: briefing.sections.length };
}

/** The speaker an export may name: nobody while the analysis's guess awaits the analyst's confirmation. */
export function firmSpeaker(item: Pick<Item, 'speaker' | 'role' | 'speakerUnconfirmed'>): { speaker: string | null; role: string | null } {
  if (item.speakerUnconfirmed && item.speaker) return { speaker: 'Unattributed', role: null };
  return { speaker: item.speaker, role: item.role };
}
