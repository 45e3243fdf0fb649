import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** [the reported words, the stance]. */
type Case = [string, Stance];

/** The stance of `words` reported from a side, with "said". */
function saidBySide(words: string): Stance {
  return stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true });
}

describe('a possibility seen is a view, not a happening told', () => {
  const cases: Case[] = [
    ['Marsh City sees the possibility of entering into peaceful negotiations', 'other'],
    ['we see a real chance for peace in the valley', 'other'],
    ['Sylvania sees an opportunity to expand trade with its neighbours', 'other'],
    // What the seer then did, told in the past, is a happening.
    ['the rebels saw an opportunity to attack the town', 'confirms'],
  ];
  it.each(cases)('%s', (words, stance) => {
    expect(saidBySide(words)).toBe(stance);
  });
});
