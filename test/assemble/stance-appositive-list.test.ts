import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * The speaker's own side named first, then a relative clause that holds a list of its own ("Sylvania,
 * which has linguistic, cultural and economic ties with Freedonia, supports the talks"): the relative
 * clause is passed over as one without a list is, and the predicate after it is read.
 */

/** [the reported words, the stance]. */
const cases: [string, Stance][] = [
  ['that Sylvania, which has linguistic, cultural and economic ties with Freedonia, supports the efforts of both towns to build peaceful relations', 'pledges'],
  ['that Sylvania, which lost ports, towns and farms in the war, will rebuild the bridges', 'pledges'],
  ['that Sylvania, which has helped Freedonia, supports the talks', 'pledges'],
  // A predicate of speech or of the past after the relative clause.
  ['that Sylvania, which has ties, said nothing', 'confirms'],
];

describe('a relative clause holding a list, after the side named first', () => {
  it.each(cases)('%s', (words, stance) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true, ownSideFirst: true })).toBe(stance);
  });
});
