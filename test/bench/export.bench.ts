// Export benchmark: build + pack a 500-item briefing with shared/docx, against pandoc converting the same content
// from Markdown to .docx, in one run. Usage: npx tsx test/bench/export.bench.ts [items] [runs]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Packer } from 'docx';
import type { Briefing } from '../../shared/model/briefing';
import { buildDocument } from '../../shared/docx/buildDocument';
import { largeBriefing } from '../../shared/docx/sampleBriefing';
import { describeSource } from '../../shared/docx/sources';
import { formatLongDate } from '../../shared/docx/text';

const items = Number(process.argv[2] ?? 500);
const runs = Number(process.argv[3] ?? 7);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function time(fn: () => Promise<unknown> | unknown): Promise<number[]> {
  await fn(); // warm-up: module loading and JIT are not what an analyst waits for on the second export
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times;
}

/** The same content as Markdown: headings, quotes with attribution, a pipe table of figures, footnoted sources. */
function toMarkdown(briefing: Briefing): string {
  const out = [`# ${briefing.title}`, '', formatLongDate(briefing.date), ''];
  const notes: string[] = [];
  const cite = (item: Briefing['sections'][number]['items'][number]) => {
    if (!item.source) return '';
    notes.push(`[^${notes.length + 1}]: ${describeSource(item.source)}. <${item.source.url}>`);
    return `[^${notes.length}]`;
  };
  for (const section of briefing.sections) {
    out.push(`## ${section.title}`, '', section.summary, '');
    const figures = section.items.filter((item) => item.kind === 'figure');
    for (const item of section.items.filter((i) => i.kind !== 'figure')) {
      if (item.kind === 'quote') out.push(`> “${item.text}”`, '', `— ${item.speaker}, ${item.role}${cite(item)}`, '');
      else if (item.kind === 'note') out.push(`**Note:** *${item.text}*`, '');
      else out.push(item.text, '', `${item.source?.publication ?? ''}${cite(item)}`, '');
    }
    if (figures.length) {
      out.push('| Figure | What it measures | Source |', '|---|---|---|');
      for (const f of figures) out.push(`| **${f.text}** | ${f.what ?? ''} | ${f.source?.publication ?? ''}${cite(f)} |`);
      out.push('');
    }
  }
  return [...out, ...notes, ''].join('\n');
}

const briefing = largeBriefing(items);
const dir = mkdtempSync(join(tmpdir(), 'briefwright-bench-'));
try {
  let bytes = 0;
  const ours = await time(async () => {
    bytes = (await Packer.toBuffer(buildDocument(briefing))).length;
  });
  const field = await time(async () => {
    await Packer.toBuffer(buildDocument(briefing, { contents: 'field' }));
  });
  console.log(`briefing: ${items} items in ${briefing.sections.length} sections, ${runs} runs each (median after one warm-up)`);
  console.log(`shared/docx build+pack (linked contents, footnotes, figure tables): ${median(ours).toFixed(1)} ms, ${(bytes / 1024).toFixed(0)} KB`);
  console.log(`shared/docx build+pack with Word's contents field + page numbers worked out: ${median(field).toFixed(1)} ms`);

  if (spawnSync('pandoc', ['--version'], { stdio: 'ignore' }).status !== 0) {
    console.log('pandoc: not installed — no comparison (apt-get install pandoc)');
  } else {
    const md = join(dir, 'briefing.md');
    const out = join(dir, 'pandoc.docx');
    writeFileSync(md, toMarkdown(briefing));
    const pandoc = await time(() => execFileSync('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', out, md]));
    const version = execFileSync('pandoc', ['--version'], { encoding: 'utf8' }).split('\n')[0];
    console.log(`${version} markdown → docx (process included): ${median(pandoc).toFixed(1)} ms, ${(statSync(out).size / 1024).toFixed(0)} KB`);
    console.log(`ratio pandoc / shared/docx: ${(median(pandoc) / median(ours)).toFixed(2)}× (above 1 means shared/docx is faster)`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
