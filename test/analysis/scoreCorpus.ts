// Measures shared/analysis on the labelled corpus without the import pipeline:
//   npx tsx test/analysis/scoreCorpus.ts [--verbose] [--dump]
// Builds paragraphs from each page's expected.html (text of its leaf block elements, via linkedom) and from
// the seed's article.txt (blank-line separated paragraphs after the header line), runs analyse(), writes the
// result array in the shape of `briefwright import --json`, and scores it with the corpus's own score.mjs.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyse } from '../../shared/analysis/analyse';

const corpusRoot = resolve(import.meta.dirname, '../../../shared/corpus');
const corpora = [join(corpusRoot, 'pages'), join(corpusRoot, 'seed')];
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, pre, figcaption, blockquote, td, th, dt, dd';

export function paragraphsFromHtml(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const out: string[] = [];
  for (const el of document.querySelectorAll(BLOCKS)) {
    if (el.querySelector(BLOCKS)) continue; // only leaf blocks: their parents would repeat the text
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) out.push(text);
  }
  return out;
}

export function paragraphsFromText(text: string): string[] {
  const parts = text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  // The first block is the date line and the donation appeal: not the article.
  return parts.slice(1);
}

const dirs = corpora.flatMap((d) =>
  existsSync(join(d, 'labels.json'))
    ? [d]
    : readdirSync(d).sort().map((n) => join(d, n)).filter((p) => statSync(p).isDirectory() && existsSync(join(p, 'labels.json'))));

const results = dirs.map((dir) => {
  const paragraphs = existsSync(join(dir, 'expected.html'))
    ? paragraphsFromHtml(readFileSync(join(dir, 'expected.html'), 'utf8'))
    : paragraphsFromText(readFileSync(join(dir, 'article.txt'), 'utf8'));
  const t0 = performance.now();
  const { quotes, figures } = analyse({ paragraphs });
  const ms = performance.now() - t0;
  if (process.argv.includes('--dump')) {
    console.log(`=== ${dir.split('/').pop()} (${ms.toFixed(1)} ms)`);
    for (const q of quotes) console.log(`Q [${q.paragraph}] ${JSON.stringify(q.text.slice(0, 90))} -> ${q.speaker} | ${q.role} (${q.confidence.toFixed(2)})`);
    for (const f of figures) console.log(`F [${f.paragraph}] ${JSON.stringify(f.text)} = ${f.value} ${f.unit} :: ${f.what} (${f.confidence.toFixed(2)})`);
  }
  return { file: dir, ok: true, article: { title: null, byline: null, publication: null, published: null, url: null, paragraphs, quotes, figures } };
});

const out = join(tmpdir(), `analysis-score-${process.pid}.json`);
writeFileSync(out, JSON.stringify(results));
const args = [join(corpusRoot, 'score.mjs'), ...corpora.flatMap((c) => ['--corpus', c]), '--results', out];
if (process.argv.includes('--verbose')) args.push('--verbose');
try {
  console.log(execFileSync('node', args, { encoding: 'utf8' }));
} catch (e) {
  console.log((e as { stdout?: string }).stdout ?? String(e));
}
