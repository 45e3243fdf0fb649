import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A body that "deplores" what happened condemns it, whoever the body is, as "we deplore" and "deplorable"
 * do (not "explored", a look-alike).
 */

/** [the reported words, the stance]. */
const cases: [string, Stance][] = [
  ['The league deplores the loss of lives brought by the riots', 'condemns'],
  ['the council deplored the shelling of the hospital', 'condemns'],
  ['the living conditions in the camp were deplorable', 'condemns'],
  ['the mayor explored the flooded district', 'confirms'],
];

describe('a loss deplored', () => {
  it.each(cases)('%s', (words, stance) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(stance);
  });
});
