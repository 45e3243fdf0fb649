import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A side told as engaged to do something ("the bloc remains fully engaged to facilitate the dialogue")
 * commits itself, as "remains committed to" does (`pledges`); people engaged in what they are doing, and
 * the other sense of the word, are told.
 */

/** [the reported words, the stance]. */
const cases: [string, Stance][] = [
  ['The league remains fully engaged to facilitate the dialogue between the two unions', 'pledges'],
  ['the council is engaged in supporting the talks on the river', 'pledges'],
  // What people are doing; the other sense.
  ['thousands of volunteers remain engaged in the clean-up', 'confirms'],
  ['the engineers are deeply engaged in repair work', 'confirms'],
  ['she is engaged to a doctor from the capital', 'confirms'],
];

describe('a side engaged to act', () => {
  it.each(cases)('%s', (words, stance) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(stance);
  });
});
