import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A side's force kept up until the other side's wrong ends threatens, however long the words that name
 * the force and its owner ("the operations of the Sylvanian armed forces in the Marsh Sea against … will
 * continue until the aggression stops"); help kept up, the other side's force, a search that waits on no
 * wrong, and an analyst's forecast do not.
 */

const SAID = { verb: 'said', negated: false, denial: false };
const SIDE: StanceSpeaker = { forThemselves: false, reported: false, forASide: true };
const ANALYST: StanceSpeaker = { forThemselves: false, reported: true, assesses: true };

const cases: [string, Stance, StanceSpeaker][] = [
  ['The operations of the Sylvanian Armed Forces in the Marsh Sea against Freedonian shipping or ships heading to Fredonburg will continue until the aggression stops and the siege is lifted', 'threatens', SIDE],
  ['The Sylvanian army will continue its reprisal attacks against Freedonia until Fredonburg stops its war of aggression', 'threatens', SIDE],
  ['we are engaged in a decisive battle against the enemy, and we will persist until the aggression on Marsh City comes to an end', 'threatens', SIDE],
  ['Sylvanian military operations will continue until the blockade is lifted', 'threatens', SIDE],
  ['the operations of our naval forces will not stop until the siege of Marsh City is lifted', 'threatens', SIDE],
  ['rescue operations will continue until the war ends', 'other', SIDE],
  ['we will continue to support the people of Marsh City until the war ends', 'pledges', SIDE],
  ['Freedonian attacks on our ships will continue until the occupation of Marsh City ends', 'other', SIDE],
  ['the operations will continue until all the missing sailors are found', 'other', SIDE],
  ['Sylvanian strikes will continue until the blockade is lifted', 'other', ANALYST],
  // One attack or raid kept up, and wrongs named as a genocide, crimes or massacres.
  ['the attack will not stop until Freedonia stops the genocide in Marsh City', 'threatens', SIDE],
  ['the raid will not stop until Fredonburg ends its crimes against our people', 'threatens', SIDE],
  ['our operation will continue until the massacres in Marsh City stop', 'threatens', SIDE],
  ['the rescue operation will not stop until the war ends', 'other', SIDE],
  // Force kept up till the aid the other side withholds gets through: its siege lifted.
  ['the operations in the Marsh Sea will continue until food and medicine reach the entire valley', 'threatens', SIDE],
  ['the attacks will continue until aid enters Marsh City', 'threatens', SIDE],
  ['the strikes will continue until fuel supplies are allowed into the port', 'threatens', SIDE],
];

/** Near misses that name a wrong, whose stance comes from elsewhere: no threat. */
const noThreat: [string, StanceSpeaker][] = [
  ['the search will not stop until the genocide is recognised', SIDE],
  ['the attack will not stop until the genocide ends', ANALYST],
  ['the inquiry will continue until the crimes in Marsh City are punished', SIDE],
  // Help delivered till it arrives, and an analyst's forecast, are no threat.
  ['the airlift operations will continue until food reaches every village', SIDE],
  ['rescue operations will continue until aid reaches the survivors', SIDE],
  ['the supply operations will continue until fuel reaches the hospitals', SIDE],
  ['the attacks will continue until aid enters Marsh City', ANALYST],
];

describe('a side’s force kept up until the other side’s wrong ends', () => {
  it.each(cases)('"%s" → %s', (words, stance, speaker) => {
    expect(stanceOf(SAID, words, speaker)).toBe(stance);
  });
  it.each(noThreat)('"%s" → no threat', (words, speaker) => {
    expect(stanceOf(SAID, words, speaker)).not.toBe('threatens');
  });
});
