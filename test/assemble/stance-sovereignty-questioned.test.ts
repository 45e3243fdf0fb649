import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A state's sovereignty said to be called into question or challenged by another ("some allies have
 * called into question the country's sovereignty", "is challenging our territorial integrity") is a
 * charge: condemns. Foretold, or of other things, it is read as before.
 */
describe('sovereignty called into question', () => {
  /** [words reported with "said" by a side, the stance]. */
  const cases: [string, Stance][] = [
    ['some partners of the republic have called into question the country’s sovereignty and independence', 'condemns'],
    ['the neighbour is challenging our territorial integrity', 'condemns'],
    // Foretold, or other things questioned: not a charge of this kind.
    ['the new law would call into question the country’s sovereignty', 'other'],
    ['the auditors called into question the figures of the ministry', 'confirms'],
    ['the journalist challenged the minister on independence', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(expected);
  });
});
