// Fuzzing, the long run: many more inputs per target than `npm test` tries (FUZZ_RUNS, default 1,000),
// from a seed that changes each run (FUZZ_SEED to repeat one). Prints what each target answered; exits 1
// with the seed and the input that broke a target.
import { fuzz, fuzzTargets } from '../fuzz/targets';

const runs = Number(process.env.FUZZ_RUNS) || 1000;
const seed = Number(process.env.FUZZ_SEED) || Date.now() % 2 ** 31;
console.log(`fuzz: ${runs} inputs per target, seed ${seed} (FUZZ_SEED=${seed} repeats this run)`);
let failed = 0;
for (const target of await fuzzTargets()) {
  const started = performance.now();
  try {
    const { codes } = await fuzz(target, { numRuns: runs, seed });
    const summary = [...codes].sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code} ${n}`).join(', ');
    console.log(`${target.name.padEnd(34)} ${runs} inputs in ${((performance.now() - started) / 1000).toFixed(1)} s: ${summary}`);
  } catch (error) {
    failed++;
    console.log(`${target.name}: FAILED\n${(error as Error).message}`);
  }
}
process.exitCode = failed ? 1 : 0;
