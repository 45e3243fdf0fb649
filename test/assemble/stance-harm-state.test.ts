import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * The state a struck thing is told to be in ("the freighter is now at risk of sinking", targets found to
 * "pose an imminent threat to navy ships") is told, as "presented an imminent threat" told as past is; a
 * danger to people or to a common good, or a threat not yet at hand, is still warned of.
 */

const SAID = { verb: 'said', negated: false, denial: false };
const REPORTED: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };
const QUOTED: StanceSpeaker = { forThemselves: false, reported: false, forASide: true };

const cases: [string, Stance, StanceSpeaker][] = [
  ['the freighter is now at risk of sinking after the strike', 'confirms', REPORTED],
  ['its forces struck the tanker and it is in danger of capsizing', 'confirms', REPORTED],
  ['a strike by Freedonian drones put the Sylvanian freighter at risk of sinking', 'confirms', REPORTED],
  ['the drones were identified and determined to pose an imminent threat to navy ships in the strait', 'confirms', REPORTED],
  ['These launchers pose an immediate threat to merchant vessels in the Marsh Sea', 'confirms', QUOTED],
  ['the missiles present an imminent threat to Sylvanian aircraft', 'confirms', REPORTED],
  ['thousands of children in the camps are at risk of malnutrition', 'warns', REPORTED],
  ['the ceasefire is at risk of collapse', 'warns', REPORTED],
  ['the militia poses an imminent threat to regional stability', 'warns', REPORTED],
  ['the drones pose a growing threat to ships in the strait', 'warns', REPORTED],
  ['Freedonia is in danger of sliding into a wider war', 'warns', REPORTED],
  ['the blockade has put thousands of lives at risk of starvation in Marsh City', 'condemns', REPORTED],
];

describe('a struck thing’s state told in words of danger', () => {
  it.each(cases)('"%s" → %s', (words, stance, speaker) => {
    expect(stanceOf(SAID, words, speaker)).toBe(stance);
  });
});
