/** The command line's help, kept apart from the commands so `--help` answers without loading the core. */
const EXPORT_FLAGS = `[--classification TEXT] [--prepared-by NAME] [--prepared-for NAME] [--cover|--no-cover]
                  [--contents linked|field|none] [--sources footnotes|endnotes|list] [--figures table|list]
                  [--word-template FILE.docx|.dotx]`;

export const COMMAND_USAGE = {
  import: `briefwright import [--json] FILE...
                                               import articles into the library; --json prints each
                                               article (title, metadata, paragraphs, quotes, figures)`,
  export: `briefwright export BRIEFING.json --out FILE.docx|.md|.pdf
                  ${EXPORT_FLAGS}
                                               write the Word file (or Markdown, or PDF through LibreOffice)
                                               for a briefing file, with the export dialog's options`,
  build: `briefwright build --template NAME|FILE [--title T] [--date YYYY-MM-DD] [--auto] [--min-confidence X]
                  ${EXPORT_FLAGS}
                  --out FILE.docx|.md|.pdf FILE...
                                               import the files, start a briefing from the template, with --auto
                                               place suggestions (confidence 0.6 or more unless given) by the
                                               template's routing rules, save it in the library, write the file`,
  compare: `briefwright compare [--json] FILE...
                                               import the files and read across them: which tell one story,
                                               figures that disagree, quotes worded differently, who said what`,
  feed: `briefwright feed [--json] FILE|URL
                                               list a news feed's items (RSS, Atom, JSON Feed): title, link,
                                               date, byline; nothing is fetched but the feed itself`,
  templates: `briefwright templates list [--json] | show NAME [--json] | import FILE | export NAME --out FILE
                                               the templates: built-in ones and the library's own`,
} as const;

export type CommandName = keyof typeof COMMAND_USAGE;

export const HELP = `briefwright — turn articles into a Word briefing

Usage:
${Object.values(COMMAND_USAGE)
  .map((usage) => `  ${usage}`)
  .join('\n')}
  briefwright COMMAND --help                   the usage of one command
  briefwright --help | --version

The library is $BRIEFWRIGHT_HOME when set, else the desktop app's own data folder.
Exit status: 0 when everything worked, 1 when any file failed, 2 for a usage error.
`;
