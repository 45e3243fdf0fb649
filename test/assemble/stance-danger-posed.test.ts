import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A danger to a common good that reported speech shifts to the past ("(Berg said) the drought posed a
 * serious threat to food security") is still warned of; a threat a weapon or a craft posed to ships,
 * told as past, and the speaker's own past tense in a quotation, are told.
 */

const SAID = { verb: 'said', negated: false, denial: false };
const REPORTED: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };
const QUOTED: StanceSpeaker = { forThemselves: false, reported: false, forASide: true };

const cases: [string, Stance, StanceSpeaker][] = [
  ['the drought posed a serious threat to food security', 'warns', REPORTED],
  ['the epidemic posed a grave risk to public health', 'warns', REPORTED],
  ['the crisis presented a threat to the economy', 'warns', REPORTED],
  ['the drought was a threat to food security', 'warns', REPORTED],
  ['the missiles presented an imminent threat to merchant vessels', 'confirms', REPORTED],
  ['the drone posed a threat to ships in the area and was shot down', 'confirms', REPORTED],
  ['the floods posed a threat to food security last year', 'confirms', QUOTED],
];

describe('a danger to a common good, shifted to the past by reported speech', () => {
  it.each(cases)('"%s" → %s', (words, stance, speaker) => {
    expect(stanceOf(SAID, words, speaker)).toBe(stance);
  });
});
