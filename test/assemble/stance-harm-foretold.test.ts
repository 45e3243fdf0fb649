import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** [the words, the stance]. */
type Case = [string, Stance];

/** The stance of `words` reported from a side, with "said". */
function saidBySide(words: string): Stance {
  return stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true });
}

describe('a harm foretold, an adverb after its "be"', () => {
  const cases: Case[] = [
    ['sending the prisoners back would be essentially a death sentence', 'warns'],
    ['deporting them would be effectively a death sentence', 'warns'],
    ['a war would be truly a catastrophe for the region', 'warns'],
    // No harm foretold: nothing to warn of.
    ['the trip would be basically a waste of time', 'other'],
  ];
  it.each(cases)('%s', (words, stance) => {
    expect(saidBySide(words)).toBe(stance);
  });
});

describe('a disaster foretold to grow worse', () => {
  const cases: Case[] = [
    ['the cargo could spill into the sea and worsen this environmental disaster', 'warns'],
    ['the floods could worsen the humanitarian disaster', 'warns'],
    ['the blockade may deepen the catastrophe in the valley', 'warns'],
    // Told as past, or eased: no danger foretold.
    ['the blockade worsened the disaster', 'confirms'],
    ['aid would ease the catastrophe', 'other'],
  ];
  it.each(cases)('%s', (words, stance) => {
    expect(saidBySide(words)).toBe(stance);
  });
});
