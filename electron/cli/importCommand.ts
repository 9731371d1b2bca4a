import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError, describeError } from '../../shared/model/errors';
import type { Article } from '../../shared/model/article';
import { ArticleIntake } from '../services/articleIntake';
import { DEFAULT_MAX_IMPORT_BYTES } from '../services/createServices';
import { ReaderPool } from '../services/readerPool';
import type { CliContext , UsageError } from './cliContext';
import { cliLibrary, parseArgs } from './cliContext';

type Entry = { file: string; ok: true; article: ReturnType<typeof printable> } | { file: string; ok: false; error: { code: string; message: string } };

/** The article as `../shared/corpus/README.md` describes the CLI's output. */
function printable(article: Article) {
  const { title, byline, publication, published, url, paragraphs, quotes, figures } = article;
  return { id: article.id, title, byline, publication, published, url, paragraphs, quotes, figures };
}

/** Reads a file from disk, refusing an over-large one before reading it. */
export async function readInputFile(path: string, maxBytes = DEFAULT_MAX_IMPORT_BYTES): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new AppError('not-found', `There is no file at ${path}.`);
  }
  if (!info.isFile()) throw new AppError('unsupported-format', `${path} is a folder, not a file.`);
  if (info.size > maxBytes) throw new AppError('too-large', `${basename(path)} is larger than ${Math.round(maxBytes / 1e6)} MB, the most Briefwright imports at once.`);
  const handle = await open(path, 'r');
  try {
    return new Uint8Array(await handle.readFile());
  } finally {
    await handle.close();
  }
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
  const intake = new ArticleIntake(cliLibrary(ctx));
  const pool = new ReaderPool();
  const entries: Entry[] = [];
  try {
    const reads = await Promise.allSettled(parsed.positional.map(async (file) => pool.read({ name: basename(file), bytes: await readInputFile(file) })));
    for (const [index, file] of parsed.positional.entries()) {
      try {
        const settled = reads[index];
        if (settled.status === 'rejected') throw settled.reason;
        const { article } = await intake.admit(settled.value);
        entries.push({ file, ok: true, article: printable(article) });
      } catch (error) {
        entries.push({ file, ok: false, error: describeError(error) });
      }
    }
  } finally {
    await pool.close();
  }
  if (parsed.options.json) {
    ctx.stdout.write(`${JSON.stringify(entries, null, 1)}\n`);
  } else {
    for (const entry of entries) {
      ctx.stdout.write(entry.ok ? `imported  ${entry.file}: ${entry.article.title ?? '(untitled)'}\n` : `failed    ${entry.file}: ${entry.error.message} [${entry.error.code}]\n`);
    }
  }
  return entries.every((e) => e.ok) ? 0 : 1;
}
