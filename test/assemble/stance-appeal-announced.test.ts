import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * An appeal named as what was announced or launched ("announced an emergency appeal for 20 million francs
 * to help those fleeing") calls for what it asks, as "launched an appeal" does. A ceasefire announced, an
 * appeal only named, and an appeal under another verb stay as they were.
 */
describe('an appeal announced', () => {
  /** [verb, words, the stance]. */
  const cases: [string, string, Stance][] = [
    ['announced', 'an emergency appeal for 20 million francs to help those fleeing Fredonburg', 'calls-for'],
    ['launched', 'a fresh appeal to donors to fund the camps near Marsh City', 'calls-for'],
    ['launched', 'an appeal for donations', 'calls-for'],
    ['announced', 'a new appeal for blankets and tents', 'calls-for'],
    // The appeal only named, or no appeal at all: as before.
    ['announced', 'a ceasefire with the Ostmark forces', 'confirms'],
    ['announced', 'the results of the appeal', 'confirms'],
    ['announced', 'that the appeal for funds had raised 3 million francs', 'confirms'],
    ['reported', 'an appeal for donations had been launched', 'confirms'],
  ];
  it.each(cases)('%s %s', (verb, words, expected) => {
    expect(stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(expected);
  });
});
