import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** The stance of `words` reported of a side with `verb`. */
function reported(verb: string, words: string): Stance {
  return stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true });
}

describe('a vow to keep up its own attacks', () => {
  /** [the verb, the words reported, the stance]. */
  const cases: [string, string, Stance][] = [
    ['vowed', 'not to stop attacking merchant vessels until the war ends', 'threatens'],
    ['promise', 'to continue attacks until the blockade is lifted', 'threatens'],
    ['pledged', 'not to halt its strikes on the fuel depots', 'threatens'],
    ['vowed', 'to keep up the raids on the border posts', 'threatens'],
    // Help or talks kept up, and force forsworn, are pledges.
    ['vowed', 'not to stop helping the families of the crew', 'pledges'],
    ['promised', 'to continue talks until a deal is reached', 'pledges'],
    ['pledged', 'not to attack civilian ships', 'pledges'],
  ];
  it.each(cases)('%s %s', (verb, words, stance) => {
    expect(reported(verb, words)).toBe(stance);
  });
});
