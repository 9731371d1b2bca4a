import { z } from 'zod';
import { ExportOptionsSchema } from './exportOptions';
import { newId } from './hash';
import { SafeIdSchema } from './ids';
import { capRoutingPhrases, RoutingRuleSchema } from './routingRule';

/**
 * Version history of the template file:
 * 1 — the first draft of the format: `title` for the title pattern, one flat `keywords` (and `kinds`) list per
 *     section, the export style under `style`.
 * 2 — `titlePattern`; per section a list of routing `rules` (keywords, speakers, publications, kinds);
 *     the export style under `exportOptions`.
 */
export const TEMPLATE_SCHEMA_VERSION = 2;


export const TemplateSectionSchema = z.object({
  id: SafeIdSchema.default(() => newId('tsec')),
  title: z.string().trim().min(1, 'a section needs a title').max(300),
  /** Standing text that opens the section in every briefing made from the template. */
  intro: z.string().max(20_000).default(''),
  rules: z.array(RoutingRuleSchema).max(50).default([]),
});
export type TemplateSection = z.output<typeof TemplateSectionSchema>;

export const TemplateSchema = z.object({
  schemaVersion: z.literal(TEMPLATE_SCHEMA_VERSION),
  id: SafeIdSchema,
  name: z.string().trim().min(1, 'a template needs a name').max(200),
  description: z.string().max(2000).default(''),
  /** The title of each briefing, with date tokens: "Ukraine Daily — {date:d MMMM yyyy}". */
  titlePattern: z.string().trim().min(1, 'a template needs a title pattern').max(300),
  classification: z.string().max(200).default(''),
  sections: z.array(TemplateSectionSchema).min(1, 'a template needs at least one section').max(100).superRefine(capRoutingPhrases),
  /** The export style (fonts, colours, cover, contents, sources, header and footer, logo) and default options. */
  exportOptions: ExportOptionsSchema.prefault({}),
  createdAt: z.string().max(40).default(''),
  updatedAt: z.string().max(40).default(''),
});
export type Template = z.output<typeof TemplateSchema>;
export type TemplateInput = z.input<typeof TemplateSchema>;

export const TemplateSummarySchema = TemplateSchema.pick({ id: true, name: true, description: true, titlePattern: true, updatedAt: true }).extend({
  builtIn: z.boolean(),
  sectionCount: z.number().int(),
});
export type TemplateSummary = z.output<typeof TemplateSummarySchema>;

export function summariseTemplate(template: Template, builtIn: boolean): TemplateSummary {
  const { id, name, description, titlePattern, updatedAt } = template;
  return { id, name, description, titlePattern, updatedAt, builtIn, sectionCount: template.sections.length };
}

type Doc = Record<string, unknown>;
const isDoc = (value: unknown): value is Doc => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Each step turns a document of version n into version n + 1; it sees raw JSON, so it checks what it reads. */
const MIGRATIONS: Record<number, (doc: Doc) => Doc> = {
  1: ({ title, style, sections, ...rest }) => ({
    ...rest,
    schemaVersion: 2,
    titlePattern: title,
    exportOptions: style ?? {},
    sections: list(sections).map((section) => {
      if (!isDoc(section)) return section;
      const { keywords, kinds, ...kept } = section;
      const rule = { keywords: list(keywords), kinds: list(kinds) };
      return { ...kept, rules: rule.keywords.length + rule.kinds.length > 0 ? [rule] : [] };
    }),
  }),
};

/** The schemaVersion a raw document says it has, or null when it has none that makes sense. */
export function templateVersionOf(raw: unknown): number | null {
  const version = isDoc(raw) ? raw.schemaVersion : undefined;
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : null;
}

/** Brings a raw template document of any older version up to the current one; anything else passes unchanged. */
export function migrateTemplate(raw: unknown): unknown {
  let version = templateVersionOf(raw);
  if (!isDoc(raw) || version === null) return raw;
  let doc: Doc = raw;
  while (version < TEMPLATE_SCHEMA_VERSION && MIGRATIONS[version]) {
    doc = MIGRATIONS[version](doc);
    version += 1;
  }
  return doc;
}

/** A template as stored: older versions are migrated as they are read. */
export const StoredTemplateSchema = z.preprocess(migrateTemplate, TemplateSchema);
