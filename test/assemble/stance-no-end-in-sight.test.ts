import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * An absence judged, also as seeming ("there seems to be no end in sight to the crisis", "there seems to
 * be no solution to the dispute"), assesses (`other`), as "there is no military solution" does; what is
 * missing, told or seeming, is told.
 */

/** [the reported words, the stance]. */
const cases: [string, Stance][] = [
  ['There seems to be no end in sight to the strike at the port. As winter approaches, the situation can become disastrous', 'other'],
  ['there is no end in sight to the drought', 'other'],
  ['there seems to be no solution to the dispute', 'other'],
  // What is missing.
  ['there were no casualties', 'confirms'],
  ['there seems to be no electricity in the town', 'confirms'],
];

describe('an absence judged, also as seeming', () => {
  it.each(cases)('%s', (words, stance) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(stance);
  });
});
