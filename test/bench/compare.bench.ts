// Reading across sources: stories, figure conflicts, reworded quotes and the speaker index for 1,000
// analysed articles (the generated bulk articles plus the labelled cross-source set), median of 5 runs.
// Usage: npx tsx test/bench/compare.bench.ts [articles]. Prints figures; no timing fails a run.
import { analyse } from '../../shared/analysis/analyse';
import { compareArticles } from '../../shared/compare/compareArticles';
import { ingest } from '../../shared/ingest/ingest';
import type { Article } from '../../shared/model/article';
import { crossSourceArticles } from '../fixtures/crossSource/crossSourceSet';
import { generatedArticle } from '../fixtures/generatedArticles';

const total = Number(process.argv[2] ?? 1000);

async function main() {
  const texts = [...crossSourceArticles().map((a) => ({ name: `${a.name}.txt`, text: a.text }))];
  for (let n = 0; texts.length < total; n++) {
    const g = generatedArticle(n);
    texts.push({ name: g.fileName, text: g.text });
  }
  const articles: Article[] = [];
  for (const { name, text } of texts) {
    const article = await ingest({ name, bytes: new TextEncoder().encode(text) });
    articles.push({ ...article, ...analyse(article) });
  }
  const times: number[] = [];
  let report = compareArticles(articles);
  for (let run = 0; run < 5; run++) {
    const t0 = performance.now();
    report = compareArticles(articles);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const multi = report.stories.filter((s) => s.articleIds.length > 1).length;
  console.log(`largest stories: ${report.stories.slice(0, 5).map((s) => s.articleIds.length).join(", ")}`);
  console.log(`compare ${articles.length} articles: median ${times[2].toFixed(0)} ms (runs ${times.map((t) => t.toFixed(0)).join(', ')}); ${multi} stories of two or more, ${report.conflicts.length} figure conflicts, ${report.quoteDifferences.length} reworded quotes, ${report.speakers.length} speakers`);
  console.log(JSON.stringify({ compare1000Ms: Math.round(times[2]) }));
}

void main();
