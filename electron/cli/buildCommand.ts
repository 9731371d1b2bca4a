import { briefingFromTemplate } from '../../shared/templates/briefingFromTemplate';
import { DEFAULT_MIN_CONFIDENCE } from '../../shared/templates/placeSuggestions';
import type { CliContext, OptionValues } from './cliContext';
import { readArgs, text, UsageError } from './cliContext';
import { call, EXPORT_OPTIONS, exportTo, importedIds, importFiles, outcomeLine, withCore, withExportFlags } from './cliCore';
import { resolveTemplate } from './resolveTemplate';

function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return day.getUTCMonth() === Number(match[2]) - 1 && day.getUTCDate() === Number(match[3]);
}

function checkedArgs(values: OptionValues, files: string[]) {
  const template = text(values, 'template')?.trim();
  const out = text(values, 'out')?.trim();
  const date = text(values, 'date');
  const confidence = text(values, 'min-confidence');
  if (!template) throw new UsageError('--template is required.');
  if (!out) throw new UsageError('--out is required.');
  if (files.length === 0) throw new UsageError('name at least one article file.');
  if (date !== undefined && !isRealDate(date)) throw new UsageError(`--date must be a date as YYYY-MM-DD, not "${date}".`);
  const minConfidence = confidence === undefined ? DEFAULT_MIN_CONFIDENCE : Number(confidence);
  if (!(minConfidence >= 0 && minConfidence <= 1) || confidence?.trim() === '') {
    throw new UsageError(`--min-confidence must be a number from 0 to 1, not "${String(confidence)}".`);
  }
  return { template, out, date, minConfidence };
}

/**
 * `briefwright build`: imports the files, lays out a briefing from the template, with --auto places the
 * suggestions by the template's routing rules, saves the briefing in the library and writes the file —
 * each step through the contract's methods, as the window does it.
 */
export async function buildCommand(args: string[], ctx: CliContext): Promise<number> {
  const { values, positional: files } = readArgs(args, {
    template: { type: 'string' },
    title: { type: 'string' },
    date: { type: 'string' },
    auto: { type: 'boolean' },
    'min-confidence': { type: 'string' },
    out: { type: 'string' },
    ...EXPORT_OPTIONS,
  });
  const build = checkedArgs(values, files);
  return withCore(ctx, async (core) => {
    const template = await resolveTemplate(build.template, core);
    const outcomes = await importFiles(core, files);
    for (const [index, outcome] of outcomes.entries()) ctx.stdout.write(outcomeLine(files[index], outcome));
    const articleIds = importedIds(outcomes);
    if (articleIds.length === 0) {
      ctx.stderr.write('briefwright build: no article could be imported, so no briefing was made.\n');
      return 1;
    }
    const laidOut = briefingFromTemplate(template, { title: text(values, 'title'), date: build.date });
    let briefing = await withExportFlags(laidOut, values, core);
    await call(core, 'saveBriefing', { briefing });
    if (values.auto) {
      const placement = await call(core, 'autoPlaceSuggestions', { briefingId: briefing.id, articleIds, minConfidence: build.minConfidence });
      briefing = placement.briefing;
      ctx.stdout.write(`placed    ${placement.placed} suggestions at confidence ${build.minConfidence} or more`);
      ctx.stdout.write(placement.unplaced > 0 ? `; ${placement.unplaced} matched no section and were left out\n` : '\n');
      for (const section of briefing.sections) ctx.stdout.write(`          ${section.title}: ${section.items.length}\n`);
    }
    ctx.stdout.write(`saved     "${briefing.title}" in the library (${briefing.id})\n`);
    const { warnings } = await exportTo(core, { briefingId: briefing.id }, build.out);
    for (const warning of warnings) ctx.stderr.write(`warning: ${warning}\n`);
    ctx.stdout.write(`wrote     ${build.out}\n`);
    return outcomes.every((o) => o.ok) ? 0 : 1;
  });
}
