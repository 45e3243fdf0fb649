import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A hope told is other, also where a possessive opens what is hoped for ("he hopes today's talks will
 * help") or a phrase of time is fronted ("Every time, we hope that …"); what the hoped-for thing "will
 * help" is not the speaker's promise.
 */
describe('a hope told, a possessive or a fronted phrase of time before it', () => {
  /** [words reported with "said", the stance]. */
  const cases: [string, Stance][] = [
    ['he hopes today’s meeting between the two leaders will help ensure calm on the border', 'other'],
    ['she hopes Monday’s talks will bring a ceasefire', 'other'],
    ['Every time, we hope that the talks will help restore trade', 'other'],
    ['Each time, we hope that the convoys will get through', 'other'],
    // A fronted phrase of time before a happening, or a help promised, stays as it was.
    ['Every time, they fired on our positions from the ridge', 'confirms'],
    ['Each time, the convoy was stopped at the checkpoint', 'confirms'],
    ['we will help ensure calm on the border', 'pledges'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(expected);
  });
});
