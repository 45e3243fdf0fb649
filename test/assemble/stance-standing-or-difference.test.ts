import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * How a matter stands, judged by the point it has reached ("the dispute is at a critical juncture", "the
 * talks, which began in May, are now at a crossroads"), and two things told apart ("the mission is different
 * from the Ostmark operation"): assessments, no happening told: other. A place reached, a happening that
 * sets something apart, and an arrival stay as they were.
 */
describe('a matter’s standing or a difference judged', () => {
  /** [words reported with "noted" by a side, the stance]. */
  const cases: [string, Stance][] = [
    ['the dispute over the port is at a critical juncture', 'other'],
    ['the issue in Marsh City, where the rebels are based, is at a critical juncture', 'other'],
    ['the talks are now at a crossroads', 'other'],
    ['the mission is different from the Ostmark operation, which includes strikes on the coast', 'other'],
    ['our aims are quite distinct from those of Sylvania', 'other'],
    // A place, an arrival, a happening: as before.
    ['the convoy is at the crossing near Marsh City', 'confirms'],
    ['the frigate reached the port of Fredonburg on Monday', 'confirms'],
    ['the ship was diverted from the strait to the gulf', 'confirms'],
    ['the crews were separated from their vessels', 'confirms'],
    ['the talks resumed at a hotel in Fredonburg', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'noted', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(expected);
  });
});
