import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A side telling what the money it gives will be spent on commits it (`pledges`); another's use charged,
 * a private person's forecast and things that are not money are left alone (`other`).
 */

/** [the words said, whether a side says them, whether they are the writer's report, the stance]. */
type Case = [string, boolean, boolean, Stance];

describe('money put to a use', () => {
  const cases: Case[] = [
    ['The money will be used to buy food and also to pay for social and psychological assistance', true, false, 'pledges'],
    ['the funds would be spent on shelters for the displaced', true, true, 'pledges'],
    ['this aid package will be directed to the families of the victims', true, false, 'pledges'],
    // Another's use charged; no side speaking; not money.
    ['the money would be used by the junta to buy arms', true, true, 'other'],
    ['the money will be used to buy food', false, false, 'other'],
    ['the troops will be used to guard the border', true, false, 'other'],
  ];
  it.each(cases)('%s', (words, side, reported, stance) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported, forASide: side })).toBe(stance);
  });
});
