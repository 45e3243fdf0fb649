import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** [the reported words, the stance]. */
type Case = [string, Stance];

/** The stance of `words` reported from a side, with "said". */
function saidBySide(words: string): Stance {
  return stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true });
}

describe('a phrase that dates or places the saying, before the "that" of what is reported', () => {
  const cases: Case[] = [
    // The phrase is the saying's: the words after its "that" decide, past their own commas.
    ['after the strikes that “the United States will not hesitate to take action as needed, to defend lives and trade.”', 'threatens'],
    ['after the raid that Freedonia would not hesitate to use force if needed, to protect its sailors', 'threatens'],
    ['during the visit that the two countries would sign a trade deal, after months of talks', 'other'],
    ['in a statement that the rebels had shelled the village overnight', 'confirms'],
    // A relative "that", a verb after it, is the words' own: a clause fronted before the main one.
    ['after the attacks that killed 20 sailors, the navy would strike back', 'threatens'],
    ['after the attacks that killed 20 sailors', 'confirms'],
  ];
  it.each(cases)('%s', (words, stance) => {
    expect(saidBySide(words)).toBe(stance);
  });
});
