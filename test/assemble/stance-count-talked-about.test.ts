import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

describe('"we are talking about" a count or a topic', () => {
  /** [quoted words, the stance]. */
  const cases: [string, Stance][] = [
    ['We are talking about hundreds of flooded homes along the river.', 'confirms'],
    ['We are talking about at least 70 injured miners.', 'confirms'],
    ['I am talking about thousands of displaced families.', 'confirms'],
    // The topic named explains, as before.
    ['We are talking about supporting the coastal towns with engineers.', 'other'],
    ['We are talking about a new stage in our relations.', 'other'],
  ];
  it.each(cases)('said %s', (words, stance) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: false, forASide: true })).toBe(stance);
  });
});
