import type { Article } from '../../shared/model/article';
import type { CliContext } from './cliContext';
import { readArgs, UsageError } from './cliContext';
import { call, importFiles, outcomeLine, withCore } from './cliCore';

/** The article as `../shared/corpus/README.md` describes the CLI's output. */
function printable(article: Article) {
  const { title, byline, publication, published, url, paragraphs, quotes, figures } = article;
  return { id: article.id, title, byline, publication, published, url, paragraphs, quotes, figures };
}

/** `briefwright import`: the files into the library through `importFiles`; exit 1 when any failed. */
export async function importCommand(args: string[], ctx: CliContext): Promise<number> {
  const { values, positional: files } = readArgs(args, { json: { type: 'boolean' } });
  if (files.length === 0) throw new UsageError('name at least one file.');
  return withCore(ctx, async (core) => {
    const outcomes = await importFiles(core, files);
    if (values.json) {
      const entries = [];
      for (const [index, outcome] of outcomes.entries()) {
        const file = files[index];
        entries.push(outcome.ok ? { file, ok: true, article: printable(await call(core, 'getArticle', { id: outcome.article.id })) } : { file, ok: false, error: outcome.error });
      }
      ctx.stdout.write(`${JSON.stringify(entries, null, 1)}\n`);
    } else {
      for (const [index, outcome] of outcomes.entries()) ctx.stdout.write(outcomeLine(files[index], outcome));
    }
    return outcomes.every((o) => o.ok) ? 0 : 1;
  });
}
