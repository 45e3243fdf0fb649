import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A state judged against all time ("has never been as close as it is now", "more important than ever")
 * and the speaker's sympathy with how someone is ("I know how busy you are") tell no happening: other.
 */
describe('a state judged against all time, a sympathy told', () => {
  /** [words reported with "said" by a side, the stance]. */
  const cases: [string, Stance][] = [
    ['I know, as the envoy, our work with the Sylvanian government has never been as close and as important as it is now', 'other'],
    ['our ties with Freedonia have never been so strong', 'other'],
    ['cooperation between the two navies is more important than ever before', 'other'],
    ['I know how busy you are, given the floods', 'other'],
    ['I understand how hard this is for the families', 'other'],
    // A happening denied or told, a count, a way told: not a judgement.
    ['the port has never been so badly damaged by the storms', 'confirms'],
    ['more ships than ever crossed the strait last month', 'confirms'],
    ['we know how many people were killed in the blast', 'confirms'],
    ['we know how they got into the building', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(expected);
  });
});
