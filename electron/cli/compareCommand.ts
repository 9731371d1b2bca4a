import type { Article } from '../../shared/model/article';
import { compareArticles } from '../../shared/compare/compareArticles';
import type { FigureMention } from '../../shared/compare/figureConflicts';
import type { QuoteMention } from '../../shared/compare/quoteDifferences';
import type { CliContext } from './cliContext';
import { readArgs, UsageError } from './cliContext';
import { call, importFiles, withCore } from './cliCore';
import { outcomeEntries } from './outcomeEntries';

/**
 * `briefwright compare [--json] FILE...`: imports the files as `import` does, then reads across them —
 * which files tell one story, figures that disagree, quotes worded differently, who said what.
 */
export async function compareCommand(args: string[], ctx: CliContext): Promise<number> {
  const { values, positional } = readArgs(args, { json: { type: 'boolean' } });
  if (positional.length === 0) throw new UsageError('name at least one file.');
  const entries = await withCore(ctx, async (core) => {
    const outcomes = await importFiles(core, positional);
    return Promise.all(
      outcomes
        .flatMap((outcome, index) => outcomeEntries(positional[index], outcome))
        .map(async (entry) => (entry.ok ? { file: entry.file, ok: true as const, article: await call(core, 'getArticle', { id: entry.articleId }) } : entry)),
    );
  });
  const filesOf = new Map<string, string[]>();
  const articles: Article[] = [];
  for (const entry of entries) {
    if (!entry.ok) continue;
    const files = filesOf.get(entry.article.id);
    if (files) files.push(entry.file);
    else {
      filesOf.set(entry.article.id, [entry.file]);
      articles.push(entry.article);
    }
  }
  const fileOf = (id: string) => filesOf.get(id)?.[0] ?? id;
  const report = compareArticles(articles);
  const figure = (m: FigureMention) => ({ file: fileOf(m.articleId), text: m.text, sentence: m.sentence });
  const quote = (m: QuoteMention) => ({ file: fileOf(m.articleId), text: m.text, speaker: m.speaker });
  const out = {
    stories: report.stories.map((s) => ({
      files: s.articleIds.flatMap((id) => filesOf.get(id) ?? []),
      title: articles.find((a) => a.id === s.earliestId)?.title ?? null,
      sources: s.sources,
      earliest: fileOf(s.earliestId),
      fullest: fileOf(s.fullestId),
    })),
    figureConflicts: report.conflicts.map((c) => ({ sure: c.sure, similarity: c.similarity, a: figure(c.a), b: figure(c.b) })),
    figureAgreements: report.agreements.map((c) => ({ a: figure(c.a), b: figure(c.b) })),
    quoteDifferences: report.quoteDifferences.map((d) => ({ similarity: d.similarity, a: quote(d.a), b: quote(d.b), diff: d.diff })),
    speakers: report.speakers.map((s) => ({ speaker: s.speaker, role: s.role, count: s.count, files: [...new Set(s.quotes.map((q) => fileOf(q.articleId)))] })),
    failed: entries.flatMap((e) => (e.ok ? [] : [{ file: e.file, error: e.error }])),
  };
  if (values.json) {
    ctx.stdout.write(`${JSON.stringify(out, null, 1)}\n`);
  } else {
    for (const s of out.stories.filter((x) => x.files.length > 1)) ctx.stdout.write(`story     ${s.title ?? '(untitled)'} — ${s.sources} sources: ${s.files.join(', ')}\n`);
    for (const c of out.figureConflicts) ctx.stdout.write(`${c.sure ? 'conflict ' : 'possible '} “${c.a.text}” (${c.a.file}) ≠ “${c.b.text}” (${c.b.file})\n`);
    for (const d of out.quoteDifferences) ctx.stdout.write(`misquote? “${d.a.text}” (${d.a.file}) ~ “${d.b.text}” (${d.b.file})\n`);
    for (const f of out.failed) ctx.stdout.write(`failed    ${f.file}: ${f.error.message} [${f.error.code}]\n`);
  }
  return out.failed.length === 0 ? 0 : 1;
}
