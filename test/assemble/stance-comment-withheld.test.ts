import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A comment withheld in the speaker's own words ("I will not comment", "we do not intend to comment", "we
 * have no comment") leaves the matter open, as "declined to comment" does: unconfirmed, not a promise.
 */
describe('a comment withheld in the speaker’s own words', () => {
  /** [words reported with "said" by a side, the stance]. */
  const cases: [string, Stance][] = [
    ['I will not comment on the minister’s decision', 'unconfirmed'],
    ['we do not intend to comment publicly, we will raise it with them directly', 'unconfirmed'],
    ['the ministry has no further comment on the incident', 'unconfirmed'],
    ['we cannot comment on operational matters', 'unconfirmed'],
    // A comment made, or one promised, is not withheld.
    ['the commentary was published on Monday', 'confirms'],
    ['the minister made no comment on the strike', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(expected);
  });
});
