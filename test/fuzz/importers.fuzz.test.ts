import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AppError } from '../../shared/model/errors';
import type { Target } from './targets';
import { fuzz, fuzzTargets, settle } from './targets';

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

  it('catches an uncoded exception, an "internal" error and a hang', async () => {
    const crashing: Target = { name: 'crashes on a zero byte', inputs: fc.uint8Array({ minLength: 1 }), run: (bytes) => (bytes.includes(0) ? (null as unknown as string).length : 1) };
    const failure = await fuzz(crashing, { numRuns: 200, seed: SEED }).then(
      () => null,
      (error: Error) => `${error.message} ${String(error.cause)}`,
    );
    expect(failure).toMatch(/crashes on a zero byte: uncoded TypeError/);
    expect(await settle(() => Promise.reject(new AppError('internal', 'x')))).toMatchObject({ ok: false });
    expect(await settle(() => Promise.reject(new AppError('corrupt', 'x')))).toEqual({ ok: true, code: 'corrupt' });
    expect(await settle(() => new Promise(() => undefined), 50)).toEqual({ ok: false, problem: 'no answer within 0.05 s' });
  });

  it('fuzzes every target there is', () => {
    expect(targets.map((t) => t.name).sort()).toEqual([...names].sort());
  });
});
