import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A toll told first, with the attack it came of named in words of blame after it, tells the toll
 * (`confirms`); blame named first, a verb of blame, or a condemnation in a later sentence still condemns.
 */

/** [the words said, whether they are the writer's report (else a quotation), the stance]. */
type Case = [string, boolean, Stance];

/** The stance of `words` said by a side, with "said". */
function said(words: string, reported: boolean): Stance {
  return stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported, forASide: true });
}

describe('a toll told first', () => {
  const cases: Case[] = [
    ['at least one person has been killed and eight others injured in the "US-UK aggression" on the capital', true, 'confirms'],
    ['five civilians were killed in the illegal strike on the market', true, 'confirms'],
    ['more than 200 people were injured in the barbaric shelling of the town', true, 'confirms'],
    // Blame first, a verb of blame, or a condemnation after the toll: condemns.
    ['the illegal strike killed five civilians', true, 'condemns'],
    ['Three people were killed, and we condemn this crime', false, 'condemns'],
    ['Three people were killed. We condemn this heinous crime.', false, 'condemns'],
    ['Three people were killed in the attack. It is a flagrant violation of the ceasefire.', false, 'condemns'],
  ];
  it.each(cases)('%s', (words, reported, stance) => {
    expect(said(words, reported)).toBe(stance);
  });
});
