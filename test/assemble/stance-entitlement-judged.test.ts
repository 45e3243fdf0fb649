import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * Another party's entitlement judged ("no foreign warship has the right to escort the convoys",
 * "Sylvania has every right to defend itself") is an assessment: other. The speaker's own side, and a
 * right told as a thing that happened, stay as they were.
 */
describe('an entitlement judged', () => {
  /** [words reported with "said" by a side, the stance]. */
  const cases: [string, Stance][] = [
    ['that no foreign warship has the right to escort the convoys', 'other'],
    ['Sylvania has every right to defend itself', 'other'],
    ['the detainees have the right to see a lawyer', 'other'],
    // The speaker's own side, a right restored: not judged here.
    ['we have every right to respond to this aggression', 'condemns'],
    ['the right to vote was restored to prisoners', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(expected);
  });
});
