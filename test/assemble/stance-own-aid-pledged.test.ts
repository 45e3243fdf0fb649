import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

/** A side's words, reported by the writer. */
const REPORTED: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };
/** A side's words, reported, its own side named first ("Berg said Freedonia …"). */
const OWN_SIDE_FIRST: StanceSpeaker = { ...REPORTED, ownSideFirst: true };

/** [reporting verb, words, who speaks, the stance]. */
type Case = [string, string, StanceSpeaker, Stance];

function stance([verb, words, speaker]: Case): Stance {
  return stanceOf({ verb, negated: false, denial: false }, words, speaker);
}

describe('a side’s own aid said to grow, its own side named first', () => {
  const cases: Case[] = [
    ['announced', 'that the Union will double its humanitarian aid for the refugees at the summit on Friday', OWN_SIDE_FIRST, 'pledges'],
    ['said', 'Freedonia would increase its assistance to the displaced', OWN_SIDE_FIRST, 'pledges'],
    // Another side's aid, told; a trend foretold.
    ['said', 'Sylvania will double its aid to the rebels', REPORTED, 'confirms'],
    ['said', 'prices will double by spring', OWN_SIDE_FIRST, 'other'],
  ];
  it.each(cases)('%s %s', (...c) => {
    expect(stance(c)).toBe(c[3]);
  });
});
