import { z } from 'zod';
import { isBytes } from '../model/base64';
import { ArticleSchema, ArticleSummarySchema } from '../model/article';
import type { BriefingSummary } from '../model/briefing';
import { BriefingSchema, BriefingSummarySchema } from '../model/briefing';
import type { PageCommandName } from '../commands/commandList';
import { ERROR_CODES } from '../model/errors';
import { SafeIdSchema } from '../model/ids';
import { TemplateSchema, TemplateSummarySchema } from '../model/template';
import { CrossSourceReportSchema } from '../model/crossSource';
import { SettingsSchema } from '../model/settings';
import type { MethodName } from './methods';
import { channelOf, METHOD_NAMES } from './methods';
import type { Result } from './result';

/** Every id the contract takes matches the library's id rule, so none can name a property every object has. */
const Id = SafeIdSchema;
const Empty = z.object({}).strict();

/** A file's bytes. They travel as they are over IPC and in-process; only the HTTP edge turns them into base64 (see wire.ts). */
export const BytesSchema = z.custom<Uint8Array>(isBytes, { message: 'expected the bytes of a file' });

export const FilePayloadSchema = z.object({
  name: z.string().min(1).max(1000),
  data: BytesSchema,
});
export type FilePayload = z.infer<typeof FilePayloadSchema>;

export const ArticleMetadataPatchSchema = z
  .object({
    title: z.string().max(1000).nullable(),
    byline: z.string().max(1000).nullable(),
    publication: z.string().max(1000).nullable(),
    published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
    url: z.string().max(4000).nullable(),
    language: z.string().max(20).nullable(),
  })
  .partial()
  .strict();
export type ArticleMetadataPatch = z.infer<typeof ArticleMetadataPatchSchema>;

export const WordTemplateInfoSchema = z.object({ id: z.string(), fileName: z.string(), placeholders: z.array(z.string()) });
export type WordTemplateInfo = z.infer<typeof WordTemplateInfoSchema>;

export const UsageSchema = z.object({
  /** Per article id, the briefings (newest first) that hold an item from it. */
  articles: z.record(z.string(), z.array(z.object({ id: z.string(), title: z.string(), date: z.string() }))),
  /** Keys `articleId:paragraph:start:end` of every passage already used (see `passageKey`). */
  passages: z.array(z.string()),
});
export type Usage = z.infer<typeof UsageSchema>;

/** The key of a passage, shared by items and suggestions, for "already used" marks. */
export function passageKey(span: { articleId: string; paragraph: number; start: number; end: number }): string {
  return `${span.articleId}:${span.paragraph}:${span.start}:${span.end}`;
}

/** A saved briefing; with `conflict` when it had changed elsewhere, so this version was saved as `copy` beside `current`. */
export const SaveBriefingOutcomeSchema = BriefingSummarySchema.extend({
  conflict: z.object({ current: BriefingSummarySchema, copy: BriefingSummarySchema }).optional(),
});
export type SaveBriefingOutcome = z.infer<typeof SaveBriefingOutcomeSchema>;

const ErrorInfoSchema = z.object({ code: z.enum(ERROR_CODES), message: z.string() });

/** One article found inside a multi-article file (a news-database export), by its place in the file (1 = first). */
export const PartOutcomeSchema = z.discriminatedUnion('ok', [
  z.object({ part: z.number().int().min(1), ok: z.literal(true), article: ArticleSummarySchema, duplicate: z.boolean() }),
  z.object({ part: z.number().int().min(1), ok: z.literal(false), error: ErrorInfoSchema }),
]);
export type PartOutcome = z.infer<typeof PartOutcomeSchema>;

export const ImportOutcomeSchema = z.discriminatedUnion('ok', [
  z.object({
    name: z.string(),
    ok: z.literal(true),
    /** The article; for a multi-article file, its first readable one. */
    article: ArticleSummarySchema,
    /** The same article was already in the library: nothing new was stored (for a multi-article file: none of its articles was new). */
    duplicate: z.boolean(),
    /** A multi-article file: every article found in it, each imported or failed alone ("37 articles from one file"). */
    parts: z.array(PartOutcomeSchema).optional(),
  }),
  z.object({
    name: z.string(),
    ok: z.literal(false),
    error: ErrorInfoSchema,
    parts: z.array(PartOutcomeSchema).optional(),
  }),
]);
export type ImportOutcome = z.infer<typeof ImportOutcomeSchema>;

/**
 * Which briefing to export: one in the library by id (the window, the host, `briefwright build`), or a
 * briefing given whole, exported as it is and stored nowhere (`briefwright export BRIEFING.json`).
 */
export const BriefingRefSchema = z.union([z.object({ briefingId: Id }).strict(), z.object({ briefing: BriefingSchema }).strict()]);
export type BriefingRef = z.infer<typeof BriefingRefSchema>;

/** A news feed's item as the feed lists it (nothing fetched yet); `isNew` when it was not in the feed the last time it was read. */
export const FeedItemSchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  link: z.string().nullable(),
  published: z.string().nullable(),
  byline: z.string().nullable(),
  isNew: z.boolean(),
});
export type FeedItemListing = z.infer<typeof FeedItemSchema>;
export const FeedListingSchema = z.object({
  /** The feed's address when it was read from one (then it is remembered in the library). */
  url: z.string().nullable(),
  title: z.string().nullable(),
  format: z.enum(['rss', 'atom', 'json']),
  items: z.array(FeedItemSchema),
});
export type FeedListing = z.infer<typeof FeedListingSchema>;
export const SavedFeedSchema = z.object({ url: z.string(), title: z.string().nullable(), lastChecked: z.string() });
export type SavedFeed = z.infer<typeof SavedFeedSchema>;

/** A briefing in the trash: its summary and when it was deleted. */
export const TrashedBriefingSchema = BriefingSummarySchema.extend({ deletedAt: z.string() });
export type TrashedBriefing = z.infer<typeof TrashedBriefingSchema>;

export const ExportedFileSchema = z.object({
  fileName: z.string(),
  /** The file's bytes when the caller must save it itself (the browser host, the CLI). */
  data: BytesSchema.nullable(),
  /** Where the desktop app saved it after the save dialog. */
  savedPath: z.string().nullable(),
  canceled: z.boolean(),
});
export type ExportedFile = z.infer<typeof ExportedFileSchema>;

/** A template as the template manager sends it to be saved: without an id it is a new one. */
export const TemplateDraftSchema = TemplateSchema.omit({ schemaVersion: true, id: true, createdAt: true, updatedAt: true }).extend({
  id: Id.optional(),
});
export type TemplateDraft = z.input<typeof TemplateDraftSchema>;

/**
 * The one contract between the UI and the core: every method, its input and its output.
 * Electron main, the browser host and the CLI serve exactly these; the channel is `app:<method>`.
 */
export const contract = {
  listArticles: { input: Empty, output: z.array(ArticleSummarySchema) },
  getArticle: { input: z.object({ id: Id }).strict(), output: ArticleSchema },
  importFiles: {
    input: z.object({ files: z.array(FilePayloadSchema).min(1).max(1000) }).strict(),
    output: z.array(ImportOutcomeSchema),
  },
  /** Pasted text, or pasted HTML (a selection dragged or copied from a browser); `html` wins when both come. */
  importText: {
    input: z.object({ text: z.string().max(60_000_000), html: z.string().max(60_000_000).optional(), name: z.string().max(300).optional() }).strict(),
    output: ImportOutcomeSchema,
  },
  /** A web address typed, pasted or dragged in: fetched by the Node side with a timeout and a size cap. */
  importUrl: { input: z.object({ url: z.string().min(1).max(4000) }).strict(), output: ImportOutcomeSchema },
  /**
   * A news feed (RSS, Atom, JSON Feed) from its address (fetched under the same limits and address rules as
   * `importUrl`, then remembered with what it held) or from a file: its items, none of them fetched. The analyst
   * imports the ones picked through `importUrl`.
   */
  readFeed: {
    input: z.union([z.object({ url: z.string().min(1).max(4000) }).strict(), z.object({ file: FilePayloadSchema }).strict()]),
    output: FeedListingSchema,
  },
  /** The feeds read before, most recently read first. */
  listFeeds: { input: Empty, output: z.array(SavedFeedSchema) },
  /** The analyst corrects metadata; each corrected field then says it came from the analyst. */
  updateArticle: {
    input: z.object({ id: Id, patch: ArticleMetadataPatchSchema }).strict(),
    output: ArticleSchema,
  },
  deleteArticle: { input: z.object({ id: Id }).strict(), output: z.object({ deleted: z.boolean() }) },
  listBriefings: { input: Empty, output: z.array(BriefingSummarySchema) },
  getBriefing: { input: z.object({ id: Id }).strict(), output: BriefingSchema },
  createBriefing: {
    input: z.object({ title: z.string().max(500).optional(), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional() }).strict(),
    output: BriefingSchema,
  },
  /**
   * Saves a briefing. `baseUpdatedAt` is the `updatedAt` of the version the edit started from: when the briefing
   * on disk has moved on since (another window saved), this save is kept as a copy and `conflict` says so.
   */
  saveBriefing: { input: z.object({ briefing: BriefingSchema, baseUpdatedAt: z.string().max(40).optional() }).strict(), output: SaveBriefingOutcomeSchema },
  exportDocx: { input: BriefingRefSchema, output: ExportedFileSchema },
  /** The organisation's own Word template (.docx/.dotx with {{title}}, {{body}}… placeholders), kept in the library. */
  addWordTemplate: { input: FilePayloadSchema.strict(), output: WordTemplateInfoSchema },
  listWordTemplates: { input: Empty, output: z.array(WordTemplateInfoSchema) },
  /** What earlier briefings already used, so the analyst sees what is new since the last edition. */
  getUsage: { input: z.object({ excludeBriefingId: Id.optional() }).strict(), output: UsageSchema },
  /** The Inbox's search across titles, text and quote speakers: the ids of the matching articles, best match first. */
  searchArticles: { input: z.object({ query: z.string().max(500) }).strict(), output: z.array(z.string()) },
  /** The organisation's settings: default classification marking, the most words quoted from one source. */
  getSettings: { input: Empty, output: SettingsSchema },
  saveSettings: {
    input: z.object({ settings: SettingsSchema.omit({ schemaVersion: true }).partial().strict() }).strict(),
    output: SettingsSchema,
  },
  /** Reading across the recent articles (imported in the last `days`, 3 by default): stories, figures that disagree, reworded quotes, who said what, and what is new against the previous edition of `briefingId`. */
  compareSources: {
    input: z.object({ days: z.number().int().min(1).max(365).optional(), briefingId: Id.optional() }).strict(),
    output: CrossSourceReportSchema,
  },
  /** The analyst keeps two articles in one story (`together`), splits them (`apart`), or leaves it to the words (`auto`). */
  linkArticles: {
    input: z.object({ a: Id, b: Id, link: z.enum(['together', 'apart', 'auto']) }).strict(),
    output: z.object({ together: z.number().int(), apart: z.number().int() }),
  },
  // Templates (issue 7): the built-in ones are read-only; `builtIn` in the summary says which.
  listTemplates: { input: Empty, output: z.array(TemplateSummarySchema) },
  /** A template by id, or by its name or id as a person types it (the command line's `--template NAME`). */
  getTemplate: { input: z.union([z.object({ id: Id }).strict(), z.object({ name: z.string().min(1).max(200) }).strict()]), output: TemplateSchema },
  /** Creates a template (no id) or updates one of the analyst's; answers it as saved. Names are unique, ignoring case. */
  saveTemplate: { input: z.object({ template: TemplateDraftSchema }).strict(), output: TemplateSchema },
  deleteTemplate: { input: z.object({ id: Id }).strict(), output: z.object({ deleted: z.boolean() }) },
  /** A copy under a free name ("Daily brief (copy)"), or the name given. */
  duplicateTemplate: { input: z.object({ id: Id, name: z.string().max(200).optional() }).strict(), output: TemplateSchema },
  /** A template file from a colleague, as the file's bytes `data` or as its JSON `text`; checked, then added under a new id. */
  importTemplate: {
    input: z
      .object({ fileName: z.string().min(1).max(1000), data: BytesSchema.optional(), text: z.string().max(12_000_000).optional() })
      .strict()
      .refine((v) => (v.data === undefined) !== (v.text === undefined), 'give either data (bytes) or text'),
    output: TemplateSchema,
  },
  /** The template as a .json file to save or send: `data` is the file's JSON text (UTF-8). */
  exportTemplate: { input: z.object({ id: Id }).strict(), output: z.object({ fileName: z.string(), data: z.string() }) },
  /** A new briefing laid out by the template, saved in the library: title from the pattern unless given, date today unless given. */
  createBriefingFromTemplate: {
    input: z.object({ templateId: Id, title: z.string().max(500).optional(), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional() }).strict(),
    output: BriefingSchema,
  },
  saveBriefingAsTemplate: { input: z.object({ briefingId: Id, name: z.string().min(1).max(200) }).strict(), output: TemplateSchema },
  /** Adds the articles' quote and figure suggestions at or above `minConfidence` to the sections whose rules take them; saves. */
  autoPlaceSuggestions: {
    input: z.object({ briefingId: Id, articleIds: z.array(Id).min(1).max(1000), minConfidence: z.number().min(0).max(1).optional() }).strict(),
    output: z.object({ briefing: BriefingSchema, placed: z.number().int(), unplaced: z.number().int() }),
  },
  /** A briefing with the articles it quotes as one `.briefing` file for a colleague (`data` the file's bytes; the desktop saves it via a dialog). */
  exportBriefingBundle: { input: z.object({ briefingId: Id }).strict(), output: ExportedFileSchema },
  /** A `.briefing` file a colleague shared (`data` its bytes): checked, its articles added, the briefing added (as a copy if ours differs). */
  importBriefingBundle: {
    input: z.object({ fileName: z.string().min(1).max(1000), data: BytesSchema }).strict(),
    output: BriefingSummarySchema,
  },
  // The library of briefings (issue 5): copies, a trash that can be restored or emptied, "start from yesterday".
  /** A copy of the briefing under "<title> (copy)", saved in the library. */
  duplicateBriefing: { input: z.object({ id: Id }).strict(), output: BriefingSchema },
  /** Moves the briefing's file into the library's trash; nothing is lost until the trash is emptied. */
  deleteBriefing: { input: z.object({ id: Id }).strict(), output: z.object({ deleted: z.boolean() }) },
  /** The briefings in the trash, most recently deleted first. */
  listTrash: { input: Empty, output: z.array(TrashedBriefingSchema) },
  /** Puts a briefing from the trash back into the library. */
  restoreBriefing: { input: z.object({ id: Id }).strict(), output: BriefingSummarySchema },
  /** Deletes every briefing in the trash for good. */
  emptyTrash: { input: Empty, output: z.object({ removed: z.number().int() }) },
  /** A new briefing dated today with the latest briefing's sections and title pattern, empty or carrying the chosen items. */
  createBriefingFromPrevious: {
    input: z.object({ carryItemIds: z.array(Id).max(5000).optional() }).strict(),
    output: BriefingSchema,
  },
  // Other ways out (issue 6): Markdown as a file, and the briefing as HTML and plain text for "Copy for email".
  /** The briefing as a Markdown (.md) file in its export style: `data` its bytes in the browser host; the desktop saves it via a dialog. */
  exportMarkdown: { input: BriefingRefSchema, output: ExportedFileSchema },
  /** The briefing as inline-styled HTML and as plain text, for the clipboard. */
  renderEmail: { input: z.object({ briefingId: Id }).strict(), output: z.object({ html: z.string(), text: z.string() }) },
  /** The briefing as a PDF (issue 6): `data` its bytes in the browser host; the desktop saves it via a dialog. Needs LibreOffice where Electron cannot print. */
  exportPdf: { input: BriefingRefSchema, output: ExportedFileSchema },
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type In<M extends Method> = z.input<Contract[M]['input']>;
export type Out<M extends Method> = z.output<Contract[M]['output']>;

export const METHODS: readonly Method[] = METHOD_NAMES;
// Both directions: every listed name is a method, and every method is listed.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const namesMatch: Same<Method, MethodName> = true;
void namesMatch;

export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export { channelOf };

/** What the UI holds: every method, answering a Result. */
export type AppApi = { [M in Method]: (input: In<M>) => Promise<Result<Out<M>>> };

/** What the core implements: every method, given validated input, answering the value or throwing. */
export type Handlers = { [M in Method]: (input: z.output<Contract[M]['input']>) => Promise<Out<M>> };

/** What each desktop event carries (see `EVENT_NAMES` in methods.ts). */
export type EventPayloads = {
  /** A menu item or its shortcut asked the page to perform a command of shared/commands/commandList.ts. */
  command: PageCommandName;
  /** A `.briefing` file was opened (double-click, Open Shared Briefing…, a second launch): show this briefing. */
  briefingOpened: BriefingSummary;
  /** Article files were opened with the app or through Import Articles…: refresh the Inbox, report failures. */
  articlesImported: ImportOutcome[];
};

/** The desktop-only part of `window.api`: subscriptions to events from main, each answering an unsubscribe. */
export type DesktopEvents = {
  onCommand(callback: (name: PageCommandName) => void): () => void;
  onBriefingOpened(callback: (briefing: BriefingSummary) => void): () => void;
  onArticlesImported(callback: (outcomes: ImportOutcome[]) => void): () => void;
};

/** `window.api` in the desktop app; the browser host's client is a plain `AppApi`. */
export type DesktopApi = AppApi & DesktopEvents;
