import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import { statements } from './quotes.fixture.ts';

/**
 * "characterised the raids as piracy", "identified the vessel as a tanker": a verb that names what its
 * object is, before the object and "as", says something in words, as "described it as" and ", framing
 * the move as" already did (corpus README: "identifying X as Y" is a statement). The finite forms had
 * been no speech verbs at all, so the statement was lost.
 */

/** The speaker, verb and words of each statement of one sentence. */
const read = (sentence: string) => statements([sentence]).map((m) => [m.speaker.actor ?? m.speaker.description, m.verb, m.reported]);

describe('a verb naming what its object is, before the object and "as"', () => {
  it.each<[string, (string | null)[][]]>([
    [
      'The Ostmark agency identified the vessel as a Freedonian-flagged cargo ship owned by a Sylvanian firm.',
      [['The Ostmark agency', 'identified', 'the vessel as a Freedonian-flagged cargo ship owned by a Sylvanian firm']],
    ],
    ['Tomas Ruhl characterised these raids as piracy and unjustified aggression.', [['tomas-ruhl', 'characterised', 'these raids as piracy and unjustified aggression']]],
    ['The State Bureau characterizes the blockade as an act of war.', [['freedonia-state-bureau', 'characterizes', 'the blockade as an act of war']]],
    ['Freedonia identifies the drones as Sylvanian-made.', [['freedonia', 'identifies', 'the drones as Sylvanian-made']]],
    ['Anna Berg spoke on Monday, identifying the attackers as Marsh City rebels.', [['anna-berg', 'identifying', 'the attackers as Marsh City rebels']]],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });

  // Near misses: an act of identifying, a passive that names no one who said it, "as" of an amount.
  it.each([
    'The navy identified the remains of two sailors on Monday.',
    'The sailors were identified as Freedonian nationals.',
    'The ministry identified three new routes for the convoys.',
    'Freedonia identified as many as 40 targets.',
    'Inspectors characterised the samples in a laboratory.',
  ])('no statement: %s', (sentence) => {
    expect(read(sentence)).toEqual([]);
  });

  it('an accusation in the name given condemns, as the naming verbs read it', () => {
    expect(stanceOf({ verb: 'characterised', negated: false, denial: false }, 'these raids as piracy and unjustified aggression', { forThemselves: false, reported: true, forASide: true })).toBe('condemns');
  });
});
