import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

/** A side's words, reported by the writer. */
const REPORTED: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };
/** A side's words, reported, its own side named first ("Berg said Freedonia …"). */
const OWN_SIDE_FIRST: StanceSpeaker = { ...REPORTED, ownSideFirst: true };
/** A side's own words, quoted. */
const QUOTED: StanceSpeaker = { forThemselves: false, reported: false, forASide: true };
/** A private person's words, reported. */
const PERSON: StanceSpeaker = { forThemselves: true, reported: true };

/** [reporting verb, words, who speaks, the stance]. */
type Case = [string, string, StanceSpeaker, Stance];

function stance([verb, words, speaker]: Case): Stance {
  return stanceOf({ verb, negated: false, denial: false }, words, speaker);
}

describe('a side offering to take people in', () => {
  const cases: Case[] = [
    ['announced', 'that their doors are open to the prisoners if they seek asylum', REPORTED, 'pledges'],
    ['said', 'Our doors will remain open to anyone fleeing the war', QUOTED, 'pledges'],
    ['said', 'Freedonia would accept all Sylvanian soldiers if they wished to come', OWN_SIDE_FIRST, 'pledges'],
    ['said', 'it would take in the families who fled', REPORTED, 'pledges'],
    // No side's offer: a shop's doors, a witness's neighbours, a hospital's patients, a person's guess.
    ['said', 'the shop doors are open to customers on Sundays', REPORTED, 'confirms'],
    ['said', 'the hospital will receive the wounded', REPORTED, 'other'],
    ['said', 'they would accept the soldiers', PERSON, 'other'],
  ];
  it.each(cases)('%s %s', (...c) => {
    expect(stance(c)).toBe(c[3]);
  });
  it('leaves another side’s acceptance, told by a side, unpromised', () => {
    expect(stance(['said', 'Sylvania would accept all the refugees if they applied', REPORTED, 'other'])).not.toBe('pledges');
  });
});
