import type { Article } from '../../shared/model/article';
import type { CliContext , UsageError } from './cliContext';
import { cliLibrary, parseArgs } from './cliContext';
import { importFromDisk } from './importFromDisk';

type Entry = { file: string; ok: true; article: ReturnType<typeof printable> } | { file: string; ok: false; error: { code: string; message: string } };

/** The article as `../shared/corpus/README.md` describes the CLI's output. */
function printable(article: Article) {
  const { title, byline, publication, published, url, paragraphs, quotes, figures } = article;
  return { id: article.id, title, byline, publication, published, url, paragraphs, quotes, figures };
}

export async function importCommand(args: string[], ctx: CliContext): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs(args, [], ['json']);
  } catch (error) {
    ctx.stderr.write(`briefwright import: ${(error as UsageError).message}\n`);
    return 2;
  }
  if (parsed.positional.length === 0) {
    ctx.stderr.write('briefwright import: name at least one file.\n');
    return 2;
  }
  const entries: Entry[] = (await importFromDisk(parsed.positional, cliLibrary(ctx))).map((entry) =>
    entry.ok ? { file: entry.file, ok: true, article: printable(entry.article) } : entry,
  );
  if (parsed.options.json) {
    ctx.stdout.write(`${JSON.stringify(entries, null, 1)}\n`);
  } else {
    for (const entry of entries) {
      ctx.stdout.write(entry.ok ? `imported  ${entry.file}: ${entry.article.title ?? '(untitled)'}\n` : `failed    ${entry.file}: ${entry.error.message} [${entry.error.code}]\n`);
    }
  }
  return entries.every((e) => e.ok) ? 0 : 1;
}
