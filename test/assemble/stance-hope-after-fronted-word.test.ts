import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * The speaker's own hope after a fronted word of time or manner ("Each time we hope that the meetings
 * will help ensure security") is a hope, as "we hope" opening the words is: other, not the help it hopes
 * for promised. A promise, an act or a hope told as past after the same words stays as it was.
 */
describe('our hope after a fronted word', () => {
  /** [words said by a side, the stance]. */
  const cases: [string, Stance][] = [
    ['Each time we hope that all meetings the president holds will help ensure security in the region', 'other'],
    ['Again we hope that the talks in Marsh City will help ensure security', 'other'],
    ['Today I hope the talks will help us send aid to Fredonburg', 'other'],
    ['Of course we hope that the Ostmark agency will help restore calm', 'other'],
    // A promise, an act, a past hope after the same words: as before.
    ['Each time we promised to help the refugees of Fredonburg', 'pledges'],
    ['Today we will help ensure security in the region', 'pledges'],
    ['Again we hoped in vain', 'confirms'],
    ['Now we will help the Ostmark agency restore calm', 'pledges'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: false, forASide: true })).toBe(expected);
  });
});
