import { describe, expect, it } from 'vitest';
import { stanceOf, type StanceSpeaker } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * What is affirmed as so (`confirms`) against what is explained or described (`other`): each table
 * holds sentences of one class, with look-alikes the rule must leave alone.
 */

/** A side's own words, quoted; a side's spokesperson, in reported words. */
const QUOTED: StanceSpeaker = { forThemselves: false, reported: false, forASide: true };
const SIDE: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };

describe('an explanation that gives no count', () => {
  /** [reporting verb, words, who speaks, the stance]. */
  const cases: [string, string, StanceSpeaker, Stance][] = [
    // An ordinal is no count: the verb of explaining decides.
    ['explaining', '“Their unpreparedness for 21st-century warfare”', QUOTED, 'other'],
    ['explained', 'that the 3rd brigade had withdrawn from the town', SIDE, 'other'],
    ['explained', 'why the 2nd round of talks had failed', SIDE, 'other'],
    // A count explained is reported: the words decide.
    ['explained', 'The number of injured exceeds 400 people.', QUOTED, 'confirms'],
    ['explained', 'that 1,200 people had left the town', SIDE, 'confirms'],
  ];
  it.each(cases)('%s %s', (verb, words, speaker, stance) => {
    expect(stanceOf({ verb, negated: false, denial: false }, words, speaker)).toBe(stance);
  });
});
