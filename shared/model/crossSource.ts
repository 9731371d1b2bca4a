import { z } from 'zod';

/** What reading across the sources found (see shared/compare): the answer of `compareSources`. */
const StorySchema = z.object({
  id: z.string(),
  articleIds: z.array(z.string()),
  earliestId: z.string(),
  fullestId: z.string(),
  sources: z.number().int(),
});

const FigureMentionSchema = z.object({
  articleId: z.string(),
  text: z.string(),
  sentence: z.string(),
  paragraph: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
});

const FigurePairSchema = z.object({ storyId: z.string(), a: FigureMentionSchema, b: FigureMentionSchema, similarity: z.number() });

const QuoteMentionSchema = z.object({
  articleId: z.string(),
  text: z.string(),
  speaker: z.string().nullable(),
  paragraph: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
});

export const CrossSourceReportSchema = z.object({
  stories: z.array(StorySchema),
  conflicts: z.array(FigurePairSchema.extend({ sure: z.boolean() })),
  agreements: z.array(FigurePairSchema),
  quoteDifferences: z.array(
    z.object({
      storyId: z.string(),
      a: QuoteMentionSchema,
      b: QuoteMentionSchema,
      similarity: z.number(),
      diff: z.array(z.object({ op: z.enum(['same', 'removed', 'added']), text: z.string() })),
    }),
  ),
  speakers: z.array(
    z.object({
      speaker: z.string(),
      role: z.string().nullable(),
      count: z.number().int(),
      articles: z.number().int(),
      quotes: z.array(z.object({ articleId: z.string(), quote: z.number().int(), text: z.string() })),
    }),
  ),
  /** Against the previous edition: articles not yet briefed, and stories briefed before with new articles since. */
  newArticleIds: z.array(z.string()),
  developingStoryIds: z.array(z.string()),
  /** The previous edition compared against (the latest earlier briefing, from the same template where there is one). */
  previousBriefing: z.object({ id: z.string(), title: z.string(), date: z.string() }).nullable(),
});
export type CrossSourceReport = z.infer<typeof CrossSourceReportSchema>;

/** The analyst's corrections to story grouping, kept in the library as `stories.json`. */
export const STORY_LINKS_SCHEMA_VERSION = 1;
const Pair = z.tuple([z.string(), z.string()]);
export const StoryLinksSchema = z.object({
  schemaVersion: z.literal(STORY_LINKS_SCHEMA_VERSION),
  together: z.array(Pair).max(10_000),
  apart: z.array(Pair).max(10_000),
});
export type StoryLinks = z.infer<typeof StoryLinksSchema>;
