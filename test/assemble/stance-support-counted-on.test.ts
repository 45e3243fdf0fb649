import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * Another's help counted on ("we are counting on the support of our partners", "relies on the backing of
 * its allies") is a hope: other. A need described and a count made are read as before.
 */
describe('another’s help counted on', () => {
  /** [words reported with "said" by a side, the stance]. */
  const cases: [string, Stance][] = [
    ['they are counting on the support of the neighbouring states', 'other'],
    ['Sylvania counts on the help of the international community to rebuild the bridge', 'other'],
    ['the council relies heavily on the backing of its allies in the region', 'other'],
    // A need or a count told: not a hope.
    ['the island relies on imports for most of its grain', 'confirms'],
    ['the election officials are counting the votes in the capital', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(expected);
  });
});
