import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

/** A side's words, reported by the writer. */
const REPORTED: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };

/** [reporting verb, words, the stance]. */
type Case = [string, string, Stance];

const stance = ([verb, words]: Case): Stance => stanceOf({ verb, negated: false, denial: false }, words, REPORTED);

describe('what a speaker says something is, in "in what they say is …"', () => {
  const cases: Case[] = [
    ['say', 'is solidarity with the people of the valley', 'other'],
    ['say', 'are their ancestral lands', 'other'],
    ['says', 'is a show of goodwill towards its neighbours', 'other'],
    // An accusation or a danger so named still condemns or warns.
    ['say', 'is a war crime', 'condemns'],
    ['say', 'is a threat to shipping', 'warns'],
    // A passive or a progressive tells a happening.
    ['said', 'is being prepared for the talks', 'confirms'],
    // The past identifies what happened: "in what Sylvania said were attacks from the hills".
    ['said', 'were attacks from the hills', 'confirms'],
    ['said', 'were prisoners captured by its army', 'confirms'],
  ];
  it.each(cases)('%s %s', (...c) => {
    expect(stance(c)).toBe(c[2]);
  });
});

describe('a verb that casts what it reports as something', () => {
  const cases: Case[] = [
    ['framing', 'the move as a demonstration of its deepening alliance with Sylvania', 'other'],
    ['characterizing', 'the talks as constructive and useful', 'other'],
    ['portraying', 'the strikes as aggression', 'condemns'],
    ['claiming', 'these actions as support for the people of the valley', 'other'],
    ['claimed', 'the attack as retaliation for the raid', 'other'],
    // A claim of a happening, or of an act owned, is no casting.
    ['claimed', 'responsibility for the attack as part of its campaign', 'confirms'],
    ['claimed', 'the navy fired as the ship passed', 'confirms'],
    ['claimed', 'the ship was hit by two missiles', 'confirms'],
  ];
  it.each(cases)('%s %s', (...c) => {
    expect(stance(c)).toBe(c[2]);
  });
});
