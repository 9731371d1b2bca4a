import { readFile } from 'node:fs/promises';
import { BriefingSchema } from '../../shared/model/briefing';
import { describeError } from '../../shared/model/errors';
import { writeFileAtomic } from '../services/atomicWrite';
import { renderDocx } from '../services/exportBriefing';
import type { CliContext } from './cliContext';
import { cliLibrary, parseArgs } from './cliContext';

export async function exportCommand(args: string[], ctx: CliContext): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs(args, ['out'], []);
  } catch (error) {
    ctx.stderr.write(`briefwright export: ${(error as Error).message}\n`);
    return 2;
  }
  const [briefingFile] = parsed.positional;
  const out = parsed.options.out;
  if (!briefingFile || typeof out !== 'string' || parsed.positional.length > 1) {
    ctx.stderr.write('briefwright export: usage: briefwright export BRIEFING.json --out FILE.docx\n');
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
  const briefing = BriefingSchema.safeParse(json);
  if (!briefing.success) {
    ctx.stderr.write(`briefwright export: ${briefingFile} is not a valid briefing file (${briefing.error.issues[0]?.path.join('.')}: ${briefing.error.issues[0]?.message}).\n`);
    return 1;
  }
  try {
    await writeFileAtomic(out, await renderDocx(briefing.data, cliLibrary(ctx)));
  } catch (error) {
    ctx.stderr.write(`briefwright export: ${describeError(error).message}\n`);
    return 1;
  }
  ctx.stdout.write(`wrote ${out}\n`);
  return 0;
}
