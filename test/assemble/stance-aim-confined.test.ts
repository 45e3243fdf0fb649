import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * An aim confined to targets of force ("the aim was only at military targets") assures what an
 * operation hits and affirms it (`confirms`), as "the offensive is solely aimed at military buildings"
 * does; an aim that explains what something is for stays `other`.
 */

/** [the reported words, the stance]. */
const cases: [string, Stance][] = [
  ['that during the raid, which ended within a day, the aim was only at military targets, with no harm done to civilians', 'confirms'],
  ['the aim of the raid was only at military installations', 'confirms'],
  // An aim that explains.
  ['the aim was to end the war before winter', 'other'],
  ['the aim of the talks is to agree on a truce', 'other'],
];

describe('an aim confined to targets of force', () => {
  it.each(cases)('%s', (words, stance) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(stance);
  });
});
