import { extname } from 'node:path';
import { effectiveMarking, UNMARKED_WARNING } from '../../shared/model/settings';
import { overQuotaSources, quotaWarning } from '../../shared/model/attribution';
import type { BriefingRef, ImportOutcome, In, Method, Out } from '../../shared/ipc/contract';
import { dispatch } from '../../shared/ipc/dispatch';
import type { Briefing } from '../../shared/model/briefing';
import { AppError } from '../../shared/model/errors';
import { ExportOptionsSchema } from '../../shared/model/exportOptions';
import { MAX_WORD_TEMPLATE_BYTES } from '../../shared/model/limits';
import { writeFileAtomic } from '../services/atomicWrite';
import { importPaths } from '../services/importPaths';
import type { Core } from '../services/openCore';
import { openCore } from '../services/openCore';
import { readCapped } from '../services/readCapped';
import type { CliContext, OptionSpec, OptionValues } from './cliContext';
import { text, UsageError } from './cliContext';

/** Runs a command's work on the core over the library (`$BRIEFWRIGHT_HOME`, else the app's), closing it after. */
export async function withCore<T>(ctx: CliContext, work: (core: Core) => Promise<T>): Promise<T> {
  const core = openCore({ env: ctx.env, onProblem: (p) => ctx.stderr.write(`Moved aside an unreadable file: ${p.file} (${p.reason})\n`) });
  try {
    return await work(core);
  } finally {
    await core.close();
  }
}

/** One method of the contract through the same `dispatch` as the window and the browser host; a failure throws its AppError. */
export async function call<M extends Method>(core: Core, method: M, input: In<M>): Promise<Out<M>> {
  const result = await dispatch(core.handlers, method, input);
  if (!result.ok) throw new AppError(result.code, result.message);
  return result.value as Out<M>;
}

/** Imports article files from disk through `importFiles`: one outcome per file, in order. */
export function importFiles(core: Core, files: string[]): Promise<ImportOutcome[]> {
  return importPaths(files, (payloads) => call(core, 'importFiles', { files: payloads }));
}

/** The lines `import` and `build` print per file: one per article of a multi-article file ("file #3"). */
export function outcomeLine(file: string, outcome: ImportOutcome): string {
  if (outcome.parts) return outcome.parts.map((p) => outcomeLine(`${file} #${p.part}`, p.ok ? { name: file, ...p } : { name: file, ...p })).join('');
  return outcome.ok ? `imported  ${file}: ${outcome.article.title ?? '(untitled)'}\n` : `failed    ${file}: ${outcome.error.message} [${outcome.error.code}]\n`;
}

/** Ids of every article the outcomes brought in (each article of a multi-article file too). */
export function importedIds(outcomes: ImportOutcome[]): string[] {
  return outcomes.flatMap((o) => (o.parts ? o.parts.flatMap((p) => (p.ok ? [p.article.id] : [])) : o.ok ? [o.article.id] : []));
}

/** Writes the briefing to `out` in the format its extension names (.md, .pdf, else Word), through the contract's export methods. */
export async function exportTo(core: Core, ref: BriefingRef, out: string): Promise<{ warnings: string[] }> {
  const kind = extname(out).toLowerCase();
  const method = kind === '.md' ? 'exportMarkdown' : kind === '.pdf' ? 'exportPdf' : 'exportDocx';
  const file = await call(core, method, ref);
  await writeFileAtomic(out, file.data ?? new Uint8Array());
  // What the export dialog warns of, the command line says too.
  const settings = await call(core, 'getSettings', {});
  const { quoteWordLimit } = settings;
  const briefing = 'briefing' in ref ? ref.briefing : await call(core, 'getBriefing', { id: ref.briefingId });
  const quota = quotaWarning(overQuotaSources(briefing, quoteWordLimit), quoteWordLimit);
  const unmarked = effectiveMarking(briefing, settings).trim() ? null : `${UNMARKED_WARNING} (--classification TEXT, or the default in Organisation settings)`;
  return { warnings: [quota, unmarked].filter((w): w is string => !!w) };
}

/** The export dialog's options as flags (`export` and `build` take the same), and the briefing field each sets. */
const VALUED: Record<string, string> = {
  classification: 'classification',
  'prepared-by': 'preparedBy',
  'prepared-for': 'preparedFor',
  contents: 'contents',
  sources: 'sourceStyle',
  figures: 'figuresAs',
};

export const EXPORT_OPTIONS: OptionSpec = {
  ...Object.fromEntries(Object.keys(VALUED).map((flag) => [flag, { type: 'string' }])),
  cover: { type: 'boolean' },
  'no-cover': { type: 'boolean' },
  'word-template': { type: 'string' },
};

/** The flags laid over the briefing's own export style; a Word template file is added to the library first. */
export async function withExportFlags(briefing: Briefing, values: OptionValues, core: Core): Promise<Briefing> {
  const chosen: Record<string, unknown> = {};
  for (const [flag, field] of Object.entries(VALUED)) if (text(values, flag) !== undefined) chosen[field] = values[flag];
  if (values.cover) chosen.cover = true;
  if (values['no-cover']) chosen.cover = false;
  const merged = ExportOptionsSchema.safeParse({ ...(briefing.exportOptions ?? {}), ...chosen });
  if (!merged.success) {
    const issue = merged.error.issues[0];
    throw new UsageError(`--${Object.keys(VALUED).find((k) => VALUED[k] === issue?.path[0]) ?? issue?.path.join('.')}: ${issue?.message}`);
  }
  const exportOptions = merged.data;
  const wordTemplate = text(values, 'word-template');
  if (wordTemplate !== undefined) {
    const name = wordTemplate.split(/[\\/]/).pop() ?? wordTemplate;
    exportOptions.wordTemplateId = (await call(core, 'addWordTemplate', { name, data: await readCapped(wordTemplate, MAX_WORD_TEMPLATE_BYTES) })).id;
  }
  const classification = text(values, 'classification') ?? briefing.classification;
  return { ...briefing, exportOptions, classification };
}
