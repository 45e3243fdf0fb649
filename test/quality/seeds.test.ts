import { describe, expect, it } from 'vitest';
import { loadBriefing } from '../../src/lib/load-briefing.ts';
import { readExpected, scoreSeeds } from './score.ts';

// The quality bar of the extractor on the five seed articles, against the hand-written gold standard.
// `npm run score` prints the item-by-item verdicts behind these numbers.
const score = scoreSeeds(loadBriefing(), readExpected());

describe('extraction quality on the seed articles', () => {
  it('attributes at least 90% of direct quotes to the right government, and none to a wrong one', () => {
    expect(score.wrongGovernment.map((v) => `${v.seed}: ${v.expected} → ${v.detail}`)).toEqual([]);
    expect(score.rates.quotes).toBeGreaterThanOrEqual(0.9);
  });

  it('finds every troops, casualties and munitions figure, at least 90% with the right value, category and claimant', () => {
    expect(score.verdicts.filter((v) => v.kind === 'figure' && !v.found).map((v) => v.expected)).toEqual([]);
    expect(score.rates.figures).toBeGreaterThanOrEqual(0.9);
  });

  it('dates at least 85% of events with the right range and precision', () => {
    expect(score.rates.events).toBeGreaterThanOrEqual(0.85);
  });

  it('extracts nothing the gold standard lists as not a statement or figure', () => {
    expect(score.falsePositives).toEqual([]);
  });
});
