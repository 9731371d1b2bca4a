import { beforeAll, describe, expect, it } from 'vitest';
import type { Target } from './targets';
import { fuzz, fuzzTargets } from './targets';

/**
 * Every file Briefwright accepts, fuzzed briefly on each `npm test` (seeded, so the same inputs each run;
 * `npm run bench` runs many more): random bytes and mutated valid files give a result or a coded error.
 */
const RUNS = 25;
const SEED = 20261130;

let targets: Target[];
beforeAll(async () => {
  targets = await fuzzTargets();
});

describe('fuzzing what Briefwright imports', () => {
  const names = ['article story.txt', 'article page.html', 'article letter.eml', 'article report.docx', 'article paper.pdf', 'article notes.rtf', 'article, format from the bytes', '.briefing bundle', 'template .json', 'organisation Word template'];
  for (const name of names) {
    it(`${name}: random and damaged files give an article or a coded error, never a crash or a hang`, async () => {
      const target = targets.find((t) => t.name === name)!;
      const { runs } = await fuzz(target, { numRuns: RUNS, seed: SEED });
      expect(runs).toBe(RUNS);
    }, 120_000);
  }

  it('fuzzes every target there is', () => {
    expect(targets.map((t) => t.name).sort()).toEqual([...names].sort());
  });
});
