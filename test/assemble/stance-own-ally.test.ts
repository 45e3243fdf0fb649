import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A side held as the speaker's own ally, partner or friend ("Sylvania remains our ally, a friendly state",
 * "Ruritania is still our closest partner") describes the bond, as "close ties" and "have long been allies
 * of" do: other. What the ally or partner did, a person named by the bond, someone else's partner and a
 * bond followed by an act stay as they were.
 */
describe('a side held as our ally', () => {
  /** [words said by a side, the stance]. */
  const cases: [string, Stance][] = [
    ['Sylvania remains our ally, a friendly state', 'other'],
    ['Ruritania is still our closest partner in the region', 'other'],
    ['the Ostmark republics were always our friends', 'other'],
    ['Freedonia remains my reliable partner', 'other'],
    // The bond's act, a person named by it, another's partner, an act after the bond: as before.
    ['our ally was attacked overnight near Marsh City', 'confirms'],
    ['our partners are sending aid to the port', 'confirms'],
    ['the man killed at the checkpoint was our friend’s son', 'confirms'],
    ['Sylvania was their partner but broke the deal', 'confirms'],
    ['Freedonia remains our ally, and we will send two frigates', 'pledges'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: false, forASide: true })).toBe(expected);
  });
});
