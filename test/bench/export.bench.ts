// Export benchmark: build + pack a 500-item briefing with shared/docx, against pandoc converting the same content
// (the briefing's Markdown export) to .docx, in one run. Usage: npx tsx test/bench/export.bench.ts [items] [runs]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { buildDocument } from '../../shared/docx/buildDocument';
import { briefingToMarkdown } from '../../shared/docx/markdown';
import { largeBriefing } from '../../shared/docx/sampleBriefing';
import { exportWithTemplate } from '../../shared/docx/template';

const items = Number(process.argv[2] ?? 500);
const runs = Number(process.argv[3] ?? 7);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Times several jobs, interleaved run by run, so that load from other processes on the machine falls on all of them
 * alike; each job runs once first as a warm-up (module loading and JIT are not what an analyst waits for).
 */
async function timeInterleaved(jobs: Record<string, { run: () => unknown; runs?: number }>): Promise<Record<string, number>> {
  for (const job of Object.values(jobs)) await job.run();
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(jobs).map((name) => [name, []]));
  for (let i = 0; i < runs; i += 1) {
    for (const [name, job] of Object.entries(jobs)) {
      if (i >= (job.runs ?? runs)) continue;
      const start = performance.now();
      await job.run();
      times[name].push(performance.now() - start);
    }
  }
  return Object.fromEntries(Object.entries(times).map(([name, values]) => [name, median(values)]));
}

const briefing = largeBriefing(items);
const dir = mkdtempSync(join(tmpdir(), 'briefwright-bench-'));
try {
  const hasPandoc = spawnSync('pandoc', ['--version'], { stdio: 'ignore' }).status === 0;
  const md = join(dir, 'briefing.md');
  const pandocOut = join(dir, 'pandoc.docx');
  writeFileSync(md, briefingToMarkdown(briefing)); // the same content, through Briefwright's own Markdown export
  const template = new Uint8Array(await Packer.toArrayBuffer(new Document({
    sections: [{ children: [new Paragraph('Ministry of Examples'), new Paragraph('{{title}}'), new Paragraph('{{body}}')] }],
  })));
  let bytes = 0;
  const ms = await timeInterleaved({
    ours: { run: async () => { bytes = (await Packer.toBuffer(buildDocument(briefing))).length; } },
    ...(hasPandoc ? { pandoc: { run: () => execFileSync('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', pandocOut, md]) } } : {}),
    poured: { run: () => exportWithTemplate(briefing, template), runs: 3 },
    field: { run: () => Packer.toBuffer(buildDocument(briefing, { contents: 'field' })), runs: 1 },
  });
  console.log(`briefing: ${items} items in ${briefing.sections.length} sections; median of ${runs} interleaved runs after a warm-up`);
  console.log(`shared/docx build+pack (linked contents, footnotes, figure tables): ${ms.ours.toFixed(1)} ms, ${(bytes / 1024).toFixed(0)} KB`);
  if (hasPandoc) {
    const version = execFileSync('pandoc', ['--version'], { encoding: 'utf8' }).split('\n')[0];
    console.log(`${version} markdown → docx (process start included): ${ms.pandoc.toFixed(1)} ms, ${(statSync(pandocOut).size / 1024).toFixed(0)} KB`);
    console.log(`ratio pandoc / shared/docx: ${(ms.pandoc / ms.ours).toFixed(2)}× (above 1 means shared/docx is faster)`);
  } else {
    console.log('pandoc: not installed — no comparison (apt-get install pandoc)');
  }
  console.log(`shared/docx poured into an organisation template at {{body}} (patchDocument, 3 runs): ${ms.poured.toFixed(1)} ms`);
  console.log(`shared/docx with Word's contents field, page numbers laid out by docx/layout (1 run): ${ms.field.toFixed(1)} ms`);
  // Our time as a share of pandoc's on the same content in the same run (the target: at most 0.5).
  console.log(JSON.stringify({ exportMs: Math.round(ms.ours * 10) / 10, ...(hasPandoc ? { pandocMs: Math.round(ms.pandoc * 10) / 10, exportRatioToPandoc: Math.round((ms.ours / ms.pandoc) * 100) / 100 } : {}) }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
