import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A side's support named first by what is announced ("announced on Wednesday its public support for the
 * government in its steps to …") is declared, as "declared support for" is (`pledges`); the end of
 * support, or support named as a scheme, is told.
 */

/** [words after "announced", the stance]. */
const cases: [string, Stance][] = [
  ['on Wednesday its public support for the league in its steps to preserve order', 'pledges'],
  ['full solidarity with the flood victims', 'pledges'],
  // The end of support; a scheme named.
  ['the end of support for the scheme', 'confirms'],
  ['support payments for farmers', 'confirms'],
];

describe('support announced', () => {
  it.each(cases)('announced %s', (words, stance) => {
    expect(stanceOf({ verb: 'announced', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(stance);
  });
});
