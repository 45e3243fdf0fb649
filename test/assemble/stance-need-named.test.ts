import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A need named by its noun calls for the act ("the need for", "the importance of", and "the imperative of
 * condemning the use of force"), whatever the act is.
 */

/** [the quoted words, the stance]. */
const cases: [string, Stance][] = [
  ['Today we emphasise the imperative of condemning the use of force', 'calls-for'],
  ['we stressed the imperative of reopening the port', 'calls-for'],
  // No need named.
  ['the imperative mood is rare in the old texts', 'other'],
];

describe('a need named by its noun', () => {
  it.each(cases)('%s', (words, stance) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(stance);
  });
});
