import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A prospect told as there, its degree before its word ("there is a much greater chance of peace", "there
 * is now a far better opportunity for talks"), is a prospect, other, as "there is a real chance" is. A
 * thing there with a degree ("there is much greater traffic") stays told.
 */
describe('a prospect with its degree', () => {
  /** [words reported with "said" by a side, the stance]. */
  const cases: [string, Stance][] = [
    ['Under these circumstances, there is a much greater chance of a settlement between the two valleys', 'other'],
    ['there is now a far better opportunity for talks on the dam', 'other'],
    ['there is an even bigger hope among the fishermen', 'other'],
    // A thing there: told.
    ['there is much greater traffic on the mountain road since the floods', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(expected);
  });
});
