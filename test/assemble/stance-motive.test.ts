import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * Why a side acts: the statement explains (`other`); a happening told with its motive is still told
 * (`confirms`).
 */

/** [the words said, whether they are the writer's report (else a quotation), the stance]. */
type Case = [string, boolean, Stance];

/** The stance of `words` said by a side, with "said". */
function said(words: string, reported: boolean): Stance {
  return stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported, forASide: true });
}

describe('a motive given for acting at all', () => {
  const cases: Case[] = [
    ['Our friends acted out of a sense of solidarity, driven by the spirit of the treaty', false, 'other'],
    ['they acted out of fear for their families', true, 'other'],
    ['We did so out of a sense of duty to our allies', false, 'other'],
    ['the volunteers are acting from a deep sense of compassion', true, 'other'],
    // A happening told with its motive stays told; "out of" a place or a supply is no motive.
    ['Sylvania sent troops out of a sense of duty', true, 'confirms'],
    ['the troops moved out of the city on Monday', true, 'confirms'],
    ['the vessels ran out of fuel before reaching port', true, 'confirms'],
    ['the crews acted quickly to put out the fire', true, 'confirms'],
  ];
  it.each(cases)('%s', (words, reported, stance) => {
    expect(said(words, reported)).toBe(stance);
  });
});


describe('a side standing up for others', () => {
  const cases: Case[] = [
    ['they are standing up for the valley’s people', true, 'other'],
    ['We are standing up for our sovereignty and our people', false, 'other'],
    // Standing told as a happening stays told.
    ['the delegates were standing when the anthem played', true, 'confirms'],
    ['the soldiers stood up for the anthem', true, 'confirms'],
  ];
  it.each(cases)('%s', (words, reported, stance) => {
    expect(said(words, reported)).toBe(stance);
  });
});
