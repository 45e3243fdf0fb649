import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** [the verb, the reported words, the stance]. */
type Case = [string, string, Stance];

/** The stance of `words` reported from a side, with `verb`. */
function reportedBySide(verb: string, words: string): Stance {
  return stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true });
}

describe('a commitment "to continuing" force against others', () => {
  const cases: Case[] = [
    // Force kept up against another side is threatened.
    ['emphasized', 'their commitment to continuing operations at sea against the enemy’s ships until the siege is lifted', 'threatens'],
    ['reaffirmed', 'its commitment to continuing strikes against the militia', 'threatens'],
    // Help, talks or relief kept up are promised.
    ['emphasized', 'its commitment to continuing humanitarian operations against all odds', 'pledges'],
    ['reaffirmed', 'its commitment to continuing talks with the rebels', 'pledges'],
    ['stressed', 'its commitment to continuing relief operations in the valley', 'pledges'],
  ];
  it.each(cases)('%s %s', (verb, words, stance) => {
    expect(reportedBySide(verb, words)).toBe(stance);
  });
});
