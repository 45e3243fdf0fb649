import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import { unrestForetold } from '../../src/lib/assemble/stance/danger.ts';
import type { Stance } from '../../src/lib/model.ts';

/** The stance of a side's quoted `words`, added with no verb that says more. */
function added(words: string): Stance {
  return stanceOf({ verb: 'added', negated: false, denial: false }, words, { forThemselves: false, reported: false, forASide: true });
}

describe('unrest foretold as what something will bring is a warning', () => {
  /** [the words, the stance]. */
  const cases: [string, Stance][] = [
    ['These raids will only fuel insecurity in the region.', 'warns'],
    ['The move would contribute to instability along the border.', 'warns'],
    ['Such decisions could lead to more chaos in the capital.', 'warns'],
    ['The sanctions will further inflame tensions between the two states.', 'warns'],
    ['The agreement will contribute to stability in the region.', 'other'],
  ];
  it.each(cases)('%s', (words, stance) => {
    expect(added(words)).toBe(stance);
  });

  /** [the words, whether they foretell unrest]. */
  const foretold: [string, boolean][] = [
    ['the raids may deepen the turmoil', true],
    // A good foretold, or an effect told as past, foretells no unrest.
    ['the new talks will help reduce tensions between the two states', false],
    ['the agreement will contribute to stability in the region', false],
    ['the raids have fuelled instability for years', false],
  ];
  it.each(foretold)('%s', (words, fires) => {
    expect(unrestForetold(words)).toBe(fires);
  });
});
