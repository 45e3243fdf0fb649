import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

/** A side's own words, quoted. */
const QUOTED: StanceSpeaker = { forThemselves: false, reported: false, forASide: true };
/** A private person's own words, quoted. */
const PERSON: StanceSpeaker = { forThemselves: true, reported: false };
/** A private person's words, reported. */
const PERSON_REPORTED: StanceSpeaker = { forThemselves: true, reported: true };

/** [reporting verb, words, who speaks, the stance]. */
type Case = [string, string, StanceSpeaker, Stance];

function stance([verb, words, speaker]: Case): Stance {
  return stanceOf({ verb, negated: false, denial: false }, words, speaker);
}

describe('a person’s own past ignorance of their fate', () => {
  const cases: Case[] = [
    ['said', 'I did not know I would be joining the conflict.', PERSON, 'other'],
    ['told', 'we didn’t know we were going to Sylvania', PERSON, 'other'],
    ['said', 'he did not know he would be fighting in a foreign war', PERSON_REPORTED, 'other'],
    // A side that cannot say, and a person who does not know what happened, leave it unconfirmed.
    ['said', 'We do not know whether the ship was hit', QUOTED, 'unconfirmed'],
    ['said', 'I did not know about the attack', PERSON, 'unconfirmed'],
    ['said', 'I do not know what happened to my brother', PERSON, 'unconfirmed'],
  ];
  it.each(cases)('%s %s', (...c) => {
    expect(stance(c)).toBe(c[3]);
  });
});
