import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A hedged date or timing named as the subject ("the possible timeline for … is as early as July") is a
 * forecast, other; a date told without a hedge, or a hedge on no timing, stays as it was.
 */
describe('a hedged timing foreseen', () => {
  /** [words reported with "said" by a side, the stance]. */
  const cases: [string, Stance][] = [
    ['The possible timeline for the next rotation of the garrison is as early as May or June', 'other'],
    ['the likely date of the referendum is next week', 'other'],
    ['that the earliest date for the reopening of the bridge would be March', 'other'],
    // No hedge, no timing, or a timing reconstructed: still told.
    ['the date of the referendum is next week', 'confirms'],
    ['the possible cause of the fire was a gas leak', 'confirms'],
    ['the timeline of the raid was reconstructed from radar data', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(expected);
  });
});
