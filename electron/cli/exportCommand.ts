import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Briefing } from '../../shared/model/briefing';
import { BriefingSchema } from '../../shared/model/briefing';
import { describeError } from '../../shared/model/errors';
import { ExportOptionsSchema } from '../../shared/model/exportOptions';
import type { Library } from '../services/library';
import { writeFileAtomic } from '../services/atomicWrite';
import { renderDocx } from '../services/exportBriefing';
import { renderPdf } from '../services/exportPdf';
import { markdownFile } from '../services/textExports';
import { addWordTemplate } from '../services/wordTemplates';
import type { CliContext } from './cliContext';
import { cliLibrary, parseArgs } from './cliContext';

export const EXPORT_USAGE = `briefwright export BRIEFING.json --out FILE.docx|.md|.pdf [--classification TEXT] [--prepared-by NAME]
    [--prepared-for NAME] [--cover | --no-cover] [--contents linked|field|none] [--sources footnotes|endnotes|list]
    [--figures table|list] [--word-template FILE.docx|.dotx]`;

/** The export dialog's options as command-line flags, laid over the briefing's own export style. */
const VALUED: Record<string, string> = {
  classification: 'classification',
  'prepared-by': 'preparedBy',
  'prepared-for': 'preparedFor',
  contents: 'contents',
  sources: 'sourceStyle',
  figures: 'figuresAs',
};

async function withOptions(briefing: Briefing, options: Record<string, string | true>, library: Library): Promise<Briefing> {
  const chosen: Record<string, unknown> = {};
  for (const [flag, field] of Object.entries(VALUED)) if (typeof options[flag] === 'string') chosen[field] = options[flag];
  if (options.cover) chosen.cover = true;
  if (options['no-cover']) chosen.cover = false;
  if (typeof options['word-template'] === 'string') {
    const file = options['word-template'];
    chosen.wordTemplateId = (await addWordTemplate(library, file.split(/[\\/]/).pop() ?? file, new Uint8Array(await readFile(file)))).id;
  }
  const merged = ExportOptionsSchema.safeParse({ ...(briefing.exportOptions ?? {}), ...chosen });
  if (!merged.success) {
    const issue = merged.error.issues[0];
    throw new UsageError(`--${Object.keys(VALUED).find((k) => VALUED[k] === issue?.path[0]) ?? issue?.path.join('.')}: ${issue?.message}`);
  }
  return { ...briefing, exportOptions: merged.data, classification: typeof chosen.classification === 'string' ? chosen.classification : briefing.classification };
}

class UsageError extends Error {}

/** `briefwright export`: the Word file (or Markdown, or PDF) for a briefing file, with the export dialog's options. */
export async function exportCommand(args: string[], ctx: CliContext): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs(args, ['out', ...Object.keys(VALUED), 'word-template'], ['cover', 'no-cover']);
  } catch (error) {
    ctx.stderr.write(`briefwright export: ${(error as Error).message}\n`);
    return 2;
  }
  const [briefingFile] = parsed.positional;
  const out = parsed.options.out;
  if (!briefingFile || typeof out !== 'string' || parsed.positional.length > 1) {
    ctx.stderr.write(`briefwright export: usage: ${EXPORT_USAGE}\n`);
    return 2;
  }
  let json: unknown;
  try {
    json = JSON.parse(await readFile(briefingFile, 'utf8'));
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    ctx.stderr.write(`briefwright export: ${missing ? `there is no file at ${briefingFile}` : `${briefingFile} is not a briefing file (not JSON)`}.\n`);
    return 1;
  }
  const checked = BriefingSchema.safeParse(json);
  if (!checked.success) {
    ctx.stderr.write(`briefwright export: ${briefingFile} is not a valid briefing file (${checked.error.issues[0]?.path.join('.')}: ${checked.error.issues[0]?.message}).\n`);
    return 1;
  }
  const library = cliLibrary(ctx);
  try {
    const briefing = await withOptions(checked.data, parsed.options, library);
    const kind = extname(out).toLowerCase();
    const bytes = kind === '.md' ? markdownFile(briefing).bytes : kind === '.pdf' ? await renderPdf(briefing, library) : await renderDocx(briefing, library);
    await writeFileAtomic(out, bytes);
  } catch (error) {
    if (error instanceof UsageError) {
      ctx.stderr.write(`briefwright export: ${error.message}\n`);
      return 2;
    }
    ctx.stderr.write(`briefwright export: ${describeError(error).message}\n`);
    return 1;
  }
  ctx.stdout.write(`wrote ${out}\n`);
  return 0;
}
