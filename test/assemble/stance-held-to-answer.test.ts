import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A side held to answer for what may yet befall others ("we hold X responsible for the fate of …")
 * warns; blame for a deed done, a duty described and a promise to hold others to account do not.
 */

/** [the words said, whether they are the writer's report (else a quotation), the stance]. */
type Case = [string, boolean, Stance];

/** The stance of `words` said by a side, with "said". */
function said(words: string, reported: boolean): Stance {
  return stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported, forASide: true });
}

describe('a side held to answer for what may befall others', () => {
  const cases: Case[] = [
    ['I would like to emphasize that we hold Sylvania responsible for the fate of the people of the valley', false, 'warns'],
    ['the ministry holds the authorities fully responsible for the safety of the detainees', true, 'warns'],
    // A deed done, a duty described, a promise: no warning.
    ['We hold Sylvania responsible for the attack on our embassy', false, 'confirms'],
    ['the officer who was responsible for the safety of the convoy was dismissed', true, 'confirms'],
    ['We will hold those responsible for the lives of the hostages accountable', false, 'pledges'],
  ];
  it.each(cases)('%s', (words, reported, stance) => {
    expect(said(words, reported)).toBe(stance);
  });
});
