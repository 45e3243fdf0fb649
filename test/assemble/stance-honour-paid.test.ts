import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * Honour paid by a party ("Berg has publicly honoured the pilots", "a ceremony was held on Sunday to honour
 * the crews") is a happening the speaker tells, whatever word of honour names it; the speaker's own praise,
 * praise of how someone fought, honour to come and honour withheld stay as they read.
 */

const REPORTED_BY = { verb: 'reported', negated: false, denial: false };
const REPORTED: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };
const QUOTED: StanceSpeaker = { forThemselves: false, reported: false, forASide: true };

const cases: [string, Stance, StanceSpeaker][] = [
  ['Sylvanian leader Anna Berg has publicly honoured the pilots lost over Freedonia', 'confirms', REPORTED],
  ['President Ruhl paid tribute to the fallen crews at a ceremony in Marsh City', 'confirms', REPORTED],
  ['Marshal Weiss decorated the pilots who returned from Freedonia', 'confirms', REPORTED],
  ['the gathering took place on Sunday to honour the crews of the Ostmark flotilla', 'confirms', REPORTED],
  ['a ceremony was held in Fredonburg to commemorate the victims of the blast', 'confirms', REPORTED],
  ['the crews were honoured by President Ruhl at a ceremony in Marsh City', 'confirms', REPORTED],
  ['We honour the heroes who gave their lives for Sylvania', 'other', QUOTED],
  ['the Sylvanian crews fought with honour and courage', 'other', REPORTED],
  ['the monument will serve to honour the victims of the siege', 'other', REPORTED],
  ['the fallen will be honoured with a monument in Marsh City', 'pledges', REPORTED],
  ['Freedonia failed to honour its commitments under the accord', 'condemns', REPORTED],
  ['Sylvania is honoured to host the talks in Marsh City', 'other', REPORTED],
  ['he was honoured to be invited to Fredonburg by President Ruhl', 'other', REPORTED],
  ['she felt deeply honoured by the invitation from the Ostmark agency', 'other', REPORTED],
];

describe('honour paid by a party, told', () => {
  it.each(cases)('"%s" → %s', (words, stance, speaker) => {
    expect(stanceOf(REPORTED_BY, words, speaker)).toBe(stance);
  });
});
