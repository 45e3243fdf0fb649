import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

const SAID = { verb: 'said', negated: false, denial: false };
const REPORTED_FOR_A_SIDE: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };
const QUOTED_FOR_A_SIDE: StanceSpeaker = { forThemselves: false, reported: false, forASide: true };

/**
 * A side telling that it stands ready, on standby or open to talks offers to act: pledges, as "ready to"
 * does, with a word of time between ("is now prepared to send") and on a condition ("if they refuse to go
 * back, Freedonia is open to talks"). Not a thing of the side in a state ("hospitals are on standby to
 * treat"), a place or a road open, a thing ready to use, a matter "open to discussion", nor readiness
 * told by an analyst or by the media.
 */
describe('a side ready, on standby or open to talks', () => {
  /** [words, who says them, the stance]. */
  const cases: [string, StanceSpeaker, Stance][] = [
    ['it is now prepared to send a frigate to the Gulf of Marsh', REPORTED_FOR_A_SIDE, 'pledges'],
    ['We are now on standby to send our engineers to Fredonburg at any time', QUOTED_FOR_A_SIDE, 'pledges'],
    ['the Freedonian government is open to discussions with Sylvania on the return of the sailors', REPORTED_FOR_A_SIDE, 'pledges'],
    ['Ruritania remains open for a dialogue with its neighbours', REPORTED_FOR_A_SIDE, 'pledges'],
    ['we are still open to talks with the Ostmark agency', QUOTED_FOR_A_SIDE, 'pledges'],
    ['if the sailors refuse to go home, Freedonia is open for a dialogue on their transfer', REPORTED_FOR_A_SIDE, 'pledges'],
    // A thing of the side, a place, a matter, a thing ready for use: a state told.
    ['hospitals in the capital are on standby to treat the injured', REPORTED_FOR_A_SIDE, 'confirms'],
    ['the road to Marsh City is open to traffic again', REPORTED_FOR_A_SIDE, 'confirms'],
    ['the border crossing is now open for trucks carrying aid', REPORTED_FOR_A_SIDE, 'confirms'],
    ['the new terminal at Fredonburg is now ready to use', REPORTED_FOR_A_SIDE, 'confirms'],
    // Readiness told by an analyst or by the media, not by the side.
    ['Sylvania is now prepared to send troops to the border', { forThemselves: false, reported: true, assesses: true }, 'other'],
    ['Freedonia is now on standby to send its navy', { forThemselves: false, reported: true, forASide: false }, 'confirms'],
  ];
  it.each(cases)('%s', (words, speaker, expected) => {
    expect(stanceOf(SAID, words, speaker)).toBe(expected);
  });
});
