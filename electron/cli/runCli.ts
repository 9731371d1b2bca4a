import { buildCommand } from './buildCommand';
import { compareCommand } from './compareCommand';
import { exportCommand } from './exportCommand';
import { importCommand } from './importCommand';
import { templatesCommand } from './templatesCommand';
import type { CliContext } from './cliContext';

export const HELP = `briefwright — turn articles into a Word briefing

Usage:
  briefwright import [--json] FILE...          import articles into the library; --json prints each
                                               article (title, metadata, paragraphs, quotes, figures)
  briefwright export BRIEFING.json --out FILE.docx|.md|.pdf [--classification TEXT] [--prepared-by NAME]
                  [--prepared-for NAME] [--cover|--no-cover] [--contents linked|field|none]
                  [--sources footnotes|endnotes|list] [--figures table|list] [--word-template FILE.docx]
                                               write the Word file (or Markdown, or PDF through LibreOffice)
                                               for a briefing file from the library, with the export options
  briefwright build --template NAME|FILE [--title T] [--date YYYY-MM-DD] [--auto] [--min-confidence X]
                  --out FILE.docx FILE...      import the files, start a briefing from the template, with --auto
                                               place suggestions (confidence 0.6 or more unless given) by the
                                               template's routing rules, save it in the library, write the .docx
  briefwright compare [--json] FILE...         import the files and read across them: which tell one story,
                                               figures that disagree, quotes worded differently, who said what
  briefwright templates list [--json] | show NAME [--json] | import FILE | export NAME --out FILE
                                               the templates: built-in ones and the library's own
  briefwright --help | --version

The library is $BRIEFWRIGHT_HOME when set, else the desktop app's own data folder.
Exit status: 0 when everything worked, 1 when any file failed, 2 for a usage error.
`;

/** The command line, as a function of its arguments, so tests run it in-process too. */
export async function runCli(args: string[], ctx: CliContext): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    ctx.stdout.write(HELP);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-v') {
    ctx.stdout.write(`${ctx.version}\n`);
    return 0;
  }
  if (command === 'import') return importCommand(rest, ctx);
  if (command === 'export') return exportCommand(rest, ctx);
  if (command === 'build') return buildCommand(rest, ctx);
  if (command === 'compare') return compareCommand(rest, ctx);
  if (command === 'templates') return templatesCommand(rest, ctx);
  ctx.stderr.write(`briefwright: unknown command "${command}". Try --help.\n`);
  return 2;
}
