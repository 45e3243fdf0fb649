import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A named side's opposition to anything of a kind ("Fredonburg does not support any action against these
 * principles") is read as "we do not support" and "they oppose" are (`condemns`); a thing's capability and
 * support given are not. A plan or a change opposed ("Sylvania opposes any change to the borders") is
 * rejected, `denies`, as the corpus reads "opposes / is against a plan" since its forty-sixth batch
 * (test/assemble/stance-plan-rejected.test.ts).
 */

/** [the reported words, the stance]. */
const cases: [string, Stance][] = [
  ['that Marsh City does not support any action against these principles', 'condemns'],
  ['Sylvania opposes any change to the borders', 'denies'],
  // A thing's capability; support given.
  ['the system does not support any other language', 'confirms'],
  ['that the old bridge does not support any heavy trucks', 'confirms'],
  ['Fredonia supports any effort to end the war', 'confirms'],
];

describe('a named side opposes', () => {
  it.each(cases)('%s', (words, stance) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(stance);
  });
});
