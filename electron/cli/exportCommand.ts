import { readFile } from 'node:fs/promises';
import { BriefingSchema } from '../../shared/model/briefing';
import { AppError } from '../../shared/model/errors';
import type { CliContext } from './cliContext';
import { readArgs, text, UsageError } from './cliContext';
import { EXPORT_OPTIONS, exportTo, withCore, withExportFlags } from './cliCore';

/** A briefing file from disk, checked against the schema; a missing or wrong file is an AppError. */
async function readBriefingFile(path: string) {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new AppError(missing ? 'not-found' : 'invalid-file', missing ? `there is no file at ${path}.` : `${path} is not a briefing file (not JSON).`);
  }
  const checked = BriefingSchema.safeParse(json);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new AppError('invalid-file', `${path} is not a valid briefing file (${issue?.path.join('.')}: ${issue?.message}).`);
  }
  return checked.data;
}

/** `briefwright export`: the Word file (or Markdown, or PDF) for a briefing file, with the export dialog's options; nothing is stored. */
export async function exportCommand(args: string[], ctx: CliContext): Promise<number> {
  const { values, positional } = readArgs(args, { out: { type: 'string' }, ...EXPORT_OPTIONS });
  const out = text(values, 'out');
  if (positional.length !== 1 || !out) throw new UsageError('name one briefing file and --out FILE.');
  const briefing = await readBriefingFile(positional[0]);
  const { warnings } = await withCore(ctx, async (core) => exportTo(core, { briefing: await withExportFlags(briefing, values, core) }, out));
  for (const warning of warnings) ctx.stderr.write(`warning: ${warning}\n`);
  ctx.stdout.write(`wrote ${out}\n`);
  return 0;
}
