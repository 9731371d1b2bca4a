// Library benchmark: a library of 50,000 articles (written here straight to disk as the app stores them, with
// words drawn from the labelled corpus pages), then, in a fresh process each: the first start over the files alone
// (the index is built), and a start with the saved index after a file was hand-edited, one deleted and one added —
// time to open and list the Inbox, to list it again, to search, and the memory the process holds.
// Usage: npx tsx test/bench/library.bench.ts [articles]. Prints figures; no timing fails a run.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Article } from '../../shared/model/article';
import { corpusVocabulary, seeded, zipfWords } from '../fixtures/corpusWords';
import { tempHome } from '../helpers/host';

const QUERIES = ['harbour', 'the', 'minister', 'trump said', 'votes', 'okonjo', '"the president"', 'water price rise', 'zz'];

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const SYLLABLES = 'ka lo mi ren dra vu sel tor an be cha dov el fi gra hu is jo kes lun mar nov os pel qua ris sto tav ul ven wy xan yor zel'.split(' ');
const PUBLICATIONS = ['Coastal Ledger', 'Valley Times', 'Northern Echo', 'The Civic Post', 'Harbour Gazette', 'Reuters', 'The Atlantic'];

/** A rare proper name: one of about 40,000, so the word index holds a long tail as a real library does. */
function rareName(rnd: () => number): string {
  const parts = 2 + Math.floor(rnd() * 2);
  const word = Array.from({ length: parts }, () => SYLLABLES[Math.floor(rnd() * SYLLABLES.length)]).join('');
  return word[0].toUpperCase() + word.slice(1);
}

function makeArticle(n: number, vocabulary: string[]): Article {
  const rnd = seeded(n * 2654435761 + 7);
  const sentence = () => {
    const words = zipfWords(vocabulary, rnd, 12 + Math.floor(rnd() * 14));
    if (rnd() < 0.5) words.splice(Math.floor(rnd() * words.length), 0, rareName(rnd));
    if (rnd() < 0.3) words.push(`£${(rnd() * 900).toFixed(1)}m`);
    return `${words.join(' ')}.`;
  };
  const paragraphs = Array.from({ length: 18 + Math.floor(rnd() * 10) }, () => Array.from({ length: 3 }, sentence).join(' '));
  const speaker = `${rareName(rnd)} ${rareName(rnd)}`;
  const quotes = [0, 2, 4].map((paragraph) => {
    const text = paragraphs[paragraph].slice(0, 80);
    return { paragraph, start: 0, end: text.length, text, speaker, role: 'spokesperson', confidence: 0.8 };
  });
  const figures = [1, 3].map((paragraph) => ({ paragraph, start: 0, end: 6, text: paragraphs[paragraph].slice(0, 6), value: n, unit: 'GBP', what: 'cost', whatConfidence: 0.5, confidence: 0.7 }));
  const day = new Date(Date.UTC(2025, 0, 1) + n * 10 * 60 * 1000);
  return {
    schemaVersion: 1,
    id: createHash('sha256').update(`article ${n}`).digest('hex'),
    title: zipfWords(vocabulary, rnd, 8).join(' '),
    byline: rareName(rnd),
    publication: PUBLICATIONS[n % PUBLICATIONS.length],
    published: day.toISOString().slice(0, 10),
    url: `https://news.example/${n}`,
    language: 'en',
    paragraphs,
    source: { fileName: `article-${n}.html`, format: 'html' },
    origin: { title: 'json-ld', byline: 'meta' },
    importedAt: day.toISOString(),
    quotes,
    figures,
    nearDuplicates: [],
  };
}

/** One start of the library in this process: what a front door does when it opens. */
async function measure(home: string, mode: 'first' | 'again'): Promise<void> {
  const { openLibrary } = await import('../../electron/services/library');
  const { createServices } = await import('../../electron/services/createServices');
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const library = openLibrary(home);
  const core = createServices(library);
  const listed = await core.listArticles({});
  const openMs = performance.now() - t0;
  const openCpuMs = cpuMs(cpu0);
  await library.articleIndex.verified();
  const verifiedMs = performance.now() - t0;
  const lists: number[] = [];
  for (let i = 0; i < 9; i++) {
    const t = performance.now();
    await core.listArticles({});
    lists.push(performance.now() - t);
  }
  // What the browser host does for the Inbox: dispatch and serialise the answer.
  const { dispatch } = await import('../../shared/ipc/dispatch');
  const wire: number[] = [];
  let wireBytes = 0;
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    wireBytes = JSON.stringify(await dispatch(core, 'listArticles', {})).length;
    wire.push(performance.now() - t);
  }
  const searches: Record<string, number> = {};
  const searchCpu: Record<string, number> = {};
  const hits: Record<string, number> = {};
  if (mode === 'again') {
    for (const query of QUERIES) {
      const times: number[] = [];
      const cpu: number[] = [];
      for (let i = 0; i < 5; i++) {
        const t = performance.now();
        const c = process.cpuUsage();
        hits[query] = (await core.searchArticles({ query })).length;
        times.push(performance.now() - t);
        cpu.push(cpuMs(c));
      }
      searches[query] = median(times);
      searchCpu[query] = median(cpu);
    }
  }
  global.gc?.();
  const memory = process.memoryUsage(); // after open and searches, before the index is rewritten
  // Listing right after an import (the sorted list is made again once).
  const one = listed[0];
  await core.updateArticle({ id: one.id, patch: { title: `${one.title} (corrected)` } });
  const t = performance.now();
  await core.listArticles({});
  const listAfterChangeMs = performance.now() - t;
  const flushStart = performance.now();
  await library.articleIndex.flush();
  const flushMs = performance.now() - flushStart;
  console.log(JSON.stringify({ articles: listed.length, openMs, openCpuMs, searchCpu, verifiedMs, listMs: median(lists), listWireMs: median(wire), wireMb: wireBytes / 2 ** 20, listAfterChangeMs, searches, hits, flushMs, repair: library.articleIndex.lastRepair, rssMb: memory.rss / 2 ** 20, heapMb: memory.heapUsed / 2 ** 20 }));
}

async function main() {
  const total = Number(process.argv[2] ?? 50_000);
  const home = await tempHome('briefwright-bench-library-');
  try {
    const vocabulary = corpusVocabulary();
    const dir = join(home, 'articles');
    mkdirSync(dir, { recursive: true });
    const t0 = performance.now();
    let bytes = 0;
    for (let n = 0; n < total; n++) {
      const article = makeArticle(n, vocabulary);
      const text = `${JSON.stringify(article, null, 1)}\n`;
      bytes += text.length;
      writeFileSync(join(dir, `${article.id}.json`), text);
    }
    console.log(`${total} articles written in ${((performance.now() - t0) / 1000).toFixed(1)} s, ${(bytes / 2 ** 20).toFixed(0)} MB (${(bytes / total / 1024).toFixed(1)} KB each, ${vocabulary.length} corpus words + rare names)`);
    const run = (mode: string) => {
      const child = spawnSync(process.execPath, ['--expose-gc', resolve(import.meta.dirname, '../../node_modules/tsx/dist/cli.mjs'), import.meta.filename, '--measure', mode, home], { encoding: 'utf8', maxBuffer: 1 << 24 });
      if (child.status !== 0) throw new Error(child.stderr);
      return JSON.parse(child.stdout.trim().split('\n').pop()!) as { articles: number; openMs: number; openCpuMs: number; searchCpu: Record<string, number>; verifiedMs: number; listMs: number; listWireMs: number; wireMb: number; listAfterChangeMs: number; searches: Record<string, number>; hits: Record<string, number>; flushMs: number; repair: object; rssMb: number; heapMb: number };
    };
    const first = run('first');
    console.log(`first start over the files alone (index built from ${first.articles} files): ${(first.openMs / 1000).toFixed(1)} s; index written in ${first.flushMs.toFixed(0)} ms`);
    // Between starts: one file hand-edited, one deleted, one added.
    const files = Array.from({ length: 3 }, (_, i) => join(dir, `${makeArticle(i * 7, vocabulary).id}.json`));
    const edited = JSON.parse(readFileSync(files[0], 'utf8')) as Article;
    writeFileSync(files[0], JSON.stringify({ ...edited, title: 'Edited by hand' }));
    unlinkSync(files[1]);
    const added = makeArticle(total + 1, vocabulary);
    writeFileSync(join(dir, `${added.id}.json`), JSON.stringify(added));
    const again = run('again');
    console.log(`start with the saved index (${JSON.stringify(again.repair)}): library open and Inbox listed in ${again.openMs.toFixed(0)} ms (${again.openCpuMs.toFixed(0)} ms of CPU); files changed in place checked by ${again.verifiedMs.toFixed(0)} ms`);
    console.log(`listArticles (${again.articles} summaries): median ${again.listMs.toFixed(2)} ms; first after a correction ${again.listAfterChangeMs.toFixed(1)} ms; as the host answers it (dispatch + JSON, ${again.wireMb.toFixed(1)} MB) ${again.listWireMs.toFixed(0)} ms`);
    for (const [query, ms] of Object.entries(again.searches)) console.log(`  search ${query.padEnd(20)} ${ms.toFixed(1).padStart(7)} ms (CPU ${again.searchCpu[query].toFixed(1)} ms)  ${again.hits[query]} hits`);
    const search = median(Object.values(again.searches));
    console.log(`search: median over the queries ${search.toFixed(1)} ms, worst ${Math.max(...Object.values(again.searches)).toFixed(1)} ms`);
    console.log(`memory after open and searches: ${again.rssMb.toFixed(0)} MB resident (${again.heapMb.toFixed(0)} MB heap); index rewritten in ${again.flushMs.toFixed(0)} ms`);
    console.log(JSON.stringify({ list50kMs: round(again.listMs), list50kWireMs: Math.round(again.listWireMs), search50kMs: round(search), search50kMaxMs: round(Math.max(...Object.values(again.searches))), search50kCpuMs: round(median(Object.values(again.searchCpu))), open50kCpuMs: Math.round(again.openCpuMs), open50kMs: round(again.openMs), verify50kMs: Math.round(again.verifiedMs), library50kRssMb: Math.round(again.rssMb), rebuild50kMs: Math.round(first.openMs) }));
  } finally {
    if (process.env.BENCH_KEEP) console.log(`kept ${home}`);
    else rmSync(home, { recursive: true, force: true });
  }
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** CPU time of this process since `from` (on a busy machine the wall clock also counts waiting for a core). */
function cpuMs(from: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1000;
}

if (process.argv[2] === '--measure') await measure(process.argv[4], process.argv[3] as 'first' | 'again');
else await main();
