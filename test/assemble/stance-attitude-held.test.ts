import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A state of mind held toward what is not (or not yet) so — a fear, a faith that something will be, a
 * wish, a thing looked forward to — describes the holder, it affirms no happening: other. Look-alikes
 * (an adjective "feared", a noun "fears", a passive "was wanted", a confidence lost, a happening after a
 * subject that fears) stay confirms.
 */
describe('a fear, a faith, a wish or a longing held', () => {
  /** [words reported with "said", the stance]. */
  const cases: [string, Stance][] = [
    ['the villagers fear they have no future in Marsh City', 'other'],
    ['the families feared for their lives during the crossing', 'other'],
    ['we have faith that a way back to the old route will be found soon', 'other'],
    ['Ruritania has confidence in the mediation of the Ostmark envoys', 'other'],
    ['the government wanted a smooth handover of the district', 'other'],
    ['the prisoners want to settle in Freedonia', 'other'],
    ['we are looking forward to meeting the needs of the people on the ground', 'other'],
    // Happenings told in the same words.
    ['the feared militia attacked the town overnight', 'confirms'],
    ['fears grew after the blast at the depot', 'confirms'],
    ['he was wanted by the police for the bombing in Fredonburg', 'confirms'],
    ['Sylvania lost confidence in the talks and recalled its envoy', 'confirms'],
    ['the residents who fled the shelling reached Marsh City on Monday', 'confirms'],
    ['the wanted commander was arrested at the border', 'confirms'],
  ];
  it.each(cases)('%s → %s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(expected);
  });
});
