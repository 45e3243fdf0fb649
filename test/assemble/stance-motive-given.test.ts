import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * Why a party acts or what it is after, given as the clause's point ("they are motivated by the desire
 * for …", "they are doing this for themselves", "the intention behind the raid was to …", "the mission
 * aimed to …") explains: other. Look-alikes that tell a happening (a driver, a weapon aimed, a first time,
 * a noun after "behind") stay confirms.
 */
describe('a motive or an aim given', () => {
  /** [words reported with "said", the stance]. */
  const cases: [string, Stance][] = [
    ['the Sylvanian militias are motivated by the desire for more land', 'other'],
    ['the raids on the villages were driven by a wish for revenge', 'other'],
    ['they are doing this for themselves, not for the farmers of Marsh City', 'other'],
    ['Freedonia did it because it had no other choice', 'other'],
    ['the intention behind the burning of the files was to destroy any evidence', 'other'],
    ['the motive for the raid on the depot was revenge', 'other'],
    ['the Ostmark mission aimed to assess the needs of the displaced families', 'other'],
    // Happenings told in the same words.
    ['the ambulance was driven by a volunteer from Marsh City', 'confirms'],
    ['the crews are doing this for the first time since the truce', 'confirms'],
    ['the soldiers did it on Monday after the shelling stopped', 'confirms'],
    ['the attack behind the front line was repelled by the garrison', 'confirms'],
    ['the missile aimed at the tanker was shot down over the strait', 'confirms'],
    ['two patrol boats were sent to the harbour to escort the ferry', 'confirms'],
    ['the convoy reached Fredonburg after a long drive', 'confirms'],
  ];
  it.each(cases)('%s → %s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(expected);
  });
});
