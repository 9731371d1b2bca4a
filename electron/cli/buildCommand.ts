import { describeError } from '../../shared/model/errors';
import { briefingFromTemplate } from '../../shared/templates/briefingFromTemplate';
import { DEFAULT_MIN_CONFIDENCE, placeSuggestions } from '../../shared/templates/placeSuggestions';
import { renderDocx } from '../services/exportBriefing';
import { TemplateStore } from '../services/templates';
import type { CliContext } from './cliContext';
import { cliLibrary, parseArgs } from './cliContext';
import { importFromDisk } from './importFromDisk';
import { writeOut } from './writeOut';
import { resolveTemplate } from './resolveTemplate';

const USAGE = 'usage: briefwright build --template NAME|FILE [--title T] [--date YYYY-MM-DD] [--auto] [--min-confidence X] --out FILE.docx FILE...';

function isRealDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return day.getUTCMonth() === Number(match[2]) - 1 && day.getUTCDate() === Number(match[3]);
}

type BuildArgs = { template: string; out: string; files: string[]; title?: string; date?: string; auto: boolean; minConfidence: number };

function readBuildArgs(args: string[]): BuildArgs | string {
  let parsed;
  try {
    parsed = parseArgs(args, ['template', 'title', 'date', 'min-confidence', 'out'], ['auto']);
  } catch (error) {
    return (error as Error).message;
  }
  const { template, title, date, out } = parsed.options;
  const confidence = parsed.options['min-confidence'];
  if (typeof template !== 'string' || !template.trim()) return `--template is required. ${USAGE}`;
  if (typeof out !== 'string' || !out.trim()) return `--out is required. ${USAGE}`;
  if (parsed.positional.length === 0) return `name at least one article file. ${USAGE}`;
  if (typeof date === 'string' && !isRealDate(date)) return `--date must be a date as YYYY-MM-DD, not "${date}".`;
  const minConfidence = typeof confidence === 'string' ? Number(confidence) : DEFAULT_MIN_CONFIDENCE;
  if (!(minConfidence >= 0 && minConfidence <= 1) || (typeof confidence === 'string' && !confidence.trim())) {
    return `--min-confidence must be a number from 0 to 1, not "${String(confidence)}".`;
  }
  return {
    template,
    out,
    files: parsed.positional,
    title: typeof title === 'string' ? title : undefined,
    date: typeof date === 'string' ? date : undefined,
    auto: parsed.options.auto === true,
    minConfidence,
  };
}

/**
 * `briefwright build`: imports the files, lays out a briefing from the template, with --auto places the
 * suggestions by the template's routing rules, saves the briefing in the library and writes the .docx.
 */
export async function buildCommand(args: string[], ctx: CliContext): Promise<number> {
  const build = readBuildArgs(args);
  if (typeof build === 'string') {
    ctx.stderr.write(`briefwright build: ${build}\n`);
    return 2;
  }
  const library = cliLibrary(ctx);
  let template;
  try {
    template = await resolveTemplate(build.template, new TemplateStore(library.root));
  } catch (error) {
    ctx.stderr.write(`briefwright build: ${describeError(error).message}\n`);
    return 1;
  }
  const entries = await importFromDisk(build.files, library);
  const articles = [];
  for (const entry of entries) {
    if (entry.ok) articles.push(entry.article);
    ctx.stdout.write(entry.ok ? `imported  ${entry.file}: ${entry.article.title ?? '(untitled)'}\n` : `failed    ${entry.file}: ${entry.error.message} [${entry.error.code}]\n`);
  }
  if (articles.length === 0) {
    ctx.stderr.write('briefwright build: no article could be imported, so no briefing was made.\n');
    return 1;
  }
  try {
    let briefing = briefingFromTemplate(template, { title: build.title, date: build.date });
    if (build.auto) {
      const placement = placeSuggestions(briefing, articles, { minConfidence: build.minConfidence });
      briefing = placement.briefing;
      ctx.stdout.write(`placed    ${placement.placed} suggestions at confidence ${build.minConfidence} or more`);
      ctx.stdout.write(placement.unplaced > 0 ? `; ${placement.unplaced} matched no section and were left out\n` : '\n');
      for (const section of briefing.sections) ctx.stdout.write(`          ${section.title}: ${section.items.length}\n`);
    }
    await library.briefings.write(briefing);
    ctx.stdout.write(`saved     "${briefing.title}" in the library (${briefing.id})\n`);
    await writeOut(build.out, await renderDocx(briefing, library));
  } catch (error) {
    ctx.stderr.write(`briefwright build: ${describeError(error).message}\n`);
    return 1;
  }
  ctx.stdout.write(`wrote     ${build.out}\n`);
  return entries.every((e) => e.ok) ? 0 : 1;
}
