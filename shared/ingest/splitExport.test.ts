import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORTS, exportLabels, wrongFields, wrongProvenance } from '../../test/exports/exportLabels';
import { ingestFile } from './ingest';
import { splitExport } from './splitExport';

const labels = exportLabels();
const read = (file: string) => ingestFile({ name: file, bytes: new Uint8Array(readFileSync(join(EXPORTS, file))) });

describe('news-database exports split into their articles', () => {
  it('gets title, byline, publication, date and body right for at least 95 % of the labelled articles', async () => {
    let right = 0;
    let total = 0;
    const misses: string[] = [];
    for (const [file, articles] of Object.entries(labels)) {
      const result = await read(file);
      expect(result.parts, file).toBeDefined();
      for (const label of articles.filter((a) => !a.damaged)) {
        total++;
        const part = result.parts![label.position];
        const wrong = part?.ok ? wrongFields(part.article, label) : ['missing'];
        if (wrong.length === 0) right++;
        else misses.push(`${file} #${label.position + 1}: ${wrong.join(', ')}`);
      }
    }
    expect(total).toBeGreaterThan(40);
    expect(right / total, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps each article’s copyright line, database id and language', async () => {
    const misses: string[] = [];
    for (const [file, articles] of Object.entries(labels)) {
      const result = await read(file);
      for (const label of articles.filter((a) => !a.damaged)) {
        const part = result.parts![label.position];
        const wrong = part?.ok ? wrongProvenance(part.article, label) : ['missing'];
        if (wrong.length) misses.push(`${file} #${label.position + 1}: ${wrong.join(', ')}`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('finds no more articles than there are: a search summary or a cover page is not one', async () => {
    for (const [file, articles] of Object.entries(labels)) {
      expect((await read(file)).parts, file).toHaveLength(articles.length);
    }
  });

  it('gives a damaged export’s whole articles and a coded error for the one cut off', async () => {
    for (const file of ['factiva-export-damaged.txt', 'factiva-export-damaged.rtf']) {
      const { parts } = await read(file);
      expect(parts!.slice(0, 3).map((p) => p.ok), file).toEqual([true, true, true]);
      expect(parts![3], file).toMatchObject({ ok: false, error: { code: 'corrupt' } });
      expect(parts![3].ok ? '' : parts![3].error.message).toMatch(/Article 4 .*cut off/);
    }
  });

  it('leaves an ordinary article alone', () => {
    const story = ['Council approves budget', 'By Ann Lee', 'The council approved the budget on Tuesday.', 'The vote was 7 to 2.'];
    expect(splitExport(story)).toBeNull();
  });
});
