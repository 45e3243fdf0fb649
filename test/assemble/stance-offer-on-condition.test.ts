import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

/** A side's own words, quoted. */
const QUOTED: StanceSpeaker = { forThemselves: false, reported: false, forASide: true };
/** A private person's own words, quoted. */
const PERSON: StanceSpeaker = { forThemselves: true, reported: false };

/** [words, who speaks, the stance]. */
type Case = [string, StanceSpeaker, Stance];

describe('an offer a side makes on a condition', () => {
  const cases: Case[] = [
    ['If they refuse to go back, we are open to dialogue with our partners about transferring them to a third country', QUOTED, 'pledges'],
    ['If they surrender, we are open to talks about their safe passage', QUOTED, 'pledges'],
    ['If they lay down their arms, we are ready to talk', QUOTED, 'pledges'],
    // No offer: an outcome foretold, the side's own force (a threat, stance-own-intent.test.ts), or no side's words.
    ['If prices rise, we are open to the risk of shortages', QUOTED, 'warns'],
    ['If they attack, we are ready to respond with force', QUOTED, 'threatens'],
    ['If the war goes on, we are bound to lose', QUOTED, 'other'],
    ['If they refuse, we are open to talks', PERSON, 'other'],
  ];
  it.each(cases)('%s', (words, speaker, want) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, speaker)).toBe(want);
  });
});
