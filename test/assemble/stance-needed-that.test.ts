import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A need judged now with what must be done in a clause of its own ("It’s essential that the rights …
 * be respected") calls for it; a need judged in the past, or of what is done already, is a judgement.
 */

/** [the words quoted, the stance]. */
type Case = [string, Stance];

describe('a need judged, then what must be done', () => {
  const cases: Case[] = [
    ['It’s essential that the rights of the displaced populations be respected', 'calls-for'],
    ['It is vital that aid reaches the people of the region without delay', 'calls-for'],
    ['It is important that all sides show restraint', 'calls-for'],
    // Of the past, or of what is done: a judgement, not a call.
    ['It was important that they came to the talks', 'other'],
    ['It is important that the talks have resumed after a long pause', 'other'],
    ['It’s crucial that we’ve reached an agreement', 'other'],
    ['the strikes were essential to the operation', 'other'],
  ];
  it.each(cases)('%s', (words, stance) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: false, forASide: true })).toBe(stance);
  });
});
