import { describe, expect, it } from 'vitest';
import { PLACEMENT_SET } from '../../test/fixtures/placementSet';
import { BUILT_IN_TEMPLATES } from './builtInTemplates';
import { sectionIndexFor } from './routing';

describe('template placement on a labelled set', () => {
  it('places at least 80 % of a morning’s quotes and figures in the Daily brief section an analyst would choose', () => {
    const daily = BUILT_IN_TEMPLATES.find((t) => t.name === 'Daily brief')!;
    expect(PLACEMENT_SET.length).toBeGreaterThanOrEqual(40);
    const misses: string[] = [];
    for (const { section, ...candidate } of PLACEMENT_SET) {
      const placed = daily.sections[sectionIndexFor(daily.sections, candidate)]?.title ?? '(nowhere)';
      if (placed !== section) misses.push(`${candidate.kind} “${candidate.text}” → ${placed}, not ${section}`);
    }
    const score = 1 - misses.length / PLACEMENT_SET.length;
    console.log(`Daily brief placement: ${(score * 100).toFixed(1)} % of ${PLACEMENT_SET.length}${misses.length ? `\n  ${misses.join('\n  ')}` : ''}`);
    expect(score).toBeGreaterThanOrEqual(0.8);
  });
});
