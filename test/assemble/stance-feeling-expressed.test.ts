import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

describe('pride or joy expressed', () => {
  /** [words after "expressed", the stance]. */
  const cases: [string, Stance][] = [
    ['pride in the successful conclusion of the operation', 'other'],
    ['his joy at the release of the hostages', 'other'],
    ['pleasure at the outcome of the talks', 'other'],
    // Other feelings keep their stance.
    ['concern over the fighting near the border', 'warns'],
    ['support for the peace plan', 'pledges'],
  ];
  it.each(cases)('expressed %s', (words, stance) => {
    expect(stanceOf({ verb: 'expressed', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(stance);
  });
});

describe('a thing called a source of pride', () => {
  /** [the reported words, the stance]. */
  const cases: [string, Stance][] = [
    ["that the team's success in the final was a source of pride for the city", 'other'],
    ['the new bridge is a great source of joy for the villagers', 'other'],
    // A source of a thing, or of a danger, is not a feeling.
    ['the river was a source of drinking water for the town', 'confirms'],
  ];
  it.each(cases)('said %s', (words, stance) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(stance);
  });
});
