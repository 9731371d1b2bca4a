import type { Article } from '../../shared/model/article';
import type { CliContext } from './cliContext';
import { readArgs, UsageError } from './cliContext';
import { call, importFiles, outcomeLine, withCore } from './cliCore';
import { outcomeEntries } from './outcomeEntries';

/** What `import --json` prints per article: its id, metadata, paragraphs and suggestions (the corpus scorer reads these fields). */
function printable(article: Article) {
  const { title, byline, publication, published, url, language, paragraphs, quotes, figures } = article;
  const provenance = { ...(article.copyright ? { copyright: article.copyright } : {}), ...(article.documentId ? { documentId: article.documentId } : {}) };
  return { id: article.id, title, byline, publication, published, url, language, ...provenance, paragraphs, quotes, figures };
}

/**
 * `briefwright import`: the files into the library through `importFiles`; exit 1 when any failed. One
 * entry per article: a news-database export gives one per article found in it, with its `part` (1 = first).
 */
export async function importCommand(args: string[], ctx: CliContext): Promise<number> {
  const { values, positional: files } = readArgs(args, { json: { type: 'boolean' } });
  if (files.length === 0) throw new UsageError('name at least one file.');
  return withCore(ctx, async (core) => {
    const outcomes = await importFiles(core, files);
    const entries = outcomes.flatMap((outcome, index) => outcomeEntries(files[index], outcome));
    if (values.json) {
      const printed = [];
      for (const entry of entries) {
        const { file, part } = entry;
        const where = { file, ...(part ? { part } : {}) };
        printed.push(entry.ok ? { ...where, ok: true, article: printable(await call(core, 'getArticle', { id: entry.articleId })) } : { ...where, ok: false, error: entry.error });
      }
      ctx.stdout.write(`${JSON.stringify(printed, null, 1)}\n`);
    } else {
      for (const [index, outcome] of outcomes.entries()) ctx.stdout.write(outcomeLine(files[index], outcome));
    }
    return entries.every((e) => e.ok) ? 0 : 1;
  });
}
