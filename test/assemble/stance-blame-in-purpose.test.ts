import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * An act told as done whose only words of blame stand in what it was for or what it put an end to ("the
 * operation has been launched in order to ensure … the suppression of provocations") tells the act; blame
 * in the act itself, in a later sentence, or in an act still to come condemns as before.
 */

const STATED = { verb: 'stated', negated: false, denial: false };
const QUOTED: StanceSpeaker = { forThemselves: false, reported: false, forASide: true };
const REPORTED: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };

const cases: [string, Stance, StanceSpeaker][] = [
  ['The operation in the region has been launched in order to ensure the accord, the suppression of large-scale provocations and the withdrawal of Freedonian units', 'confirms', QUOTED],
  ['Sylvanian warships had been operating in the strait to secure the sea lanes, combat piracy and escort convoys', 'confirms', REPORTED],
  ['On Sunday the Sylvanian army finally defeated the raiders near Marsh City, putting an end to the criminal incursion organised by Freedonia', 'confirms', QUOTED],
  ['the patrols were sent to the coast to stop the reckless attacks on shipping', 'confirms', REPORTED],
  ['Our units struck the launch sites overnight to protect the crews from terrorist attacks', 'confirms', QUOTED],
  ['Freedonia launched a brutal aggression against Marsh City to seize the port', 'condemns', REPORTED],
  ['The troops were sent to stop the provocations. This is a barbaric crime by Freedonia', 'condemns', QUOTED],
  ['Freedonian forces shelled the villages, ending the truce in a criminal act', 'condemns', REPORTED],
  ['the strikes will be carried out to end the criminal blockade of Marsh City', 'condemns', REPORTED],
  ['Freedonia attacked the convoy, which was a barbaric act against civilians', 'condemns', REPORTED],
  ['Freedonian troops were deployed to suppress the protesters in a barbaric and criminal massacre', 'condemns', REPORTED],
  ['Freedonian troops were sent to stop the aid convoys, an illegal act under the accord', 'condemns', REPORTED],
  ['Freedonian troops were sent to end the truce with a criminal attack on Marsh City', 'condemns', REPORTED],
];

describe('words of blame only in what a told act was for', () => {
  it.each(cases)('"%s" → %s', (words, stance, speaker) => {
    expect(stanceOf(STATED, words, speaker)).toBe(stance);
  });
});
