import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

/** A side's words, reported by the writer. */
const REPORTED: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };

/** [reporting verb, words, the stance]. */
type Case = [string, string, Stance];

describe('a speaker explaining what their own words referred to', () => {
  const cases: Case[] = [
    ['added', 'he was only referring to the area where his forces were operating', 'other'],
    ['said', 'she was referring to the northern sector', 'other'],
    ['said', 'that they were simply referring to the first convoy', 'other'],
    // A referral is an act told.
    ['said', 'the ministry was referring the case to prosecutors', 'confirms'],
    ['said', 'the wounded were referred to the city hospital', 'confirms'],
  ];
  it.each(cases)('%s %s', (verb, words, want) => {
    expect(stanceOf({ verb, negated: false, denial: false }, words, REPORTED)).toBe(want);
  });
});
