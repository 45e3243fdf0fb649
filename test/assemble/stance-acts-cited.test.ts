import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** The stance of `words` a side is reported to have cited. */
function cited(words: string, quote: string | null = null): Stance {
  return stanceOf({ verb: 'cited', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true }, quote);
}

describe('acts cited', () => {
  /** [the words cited, the words quoted in them, the stance]. */
  const cases: [string, string | null, Stance][] = [
    ['“repeated” shelling, “sabotage activities” and the mining of roads by the rebels for its offensive', 'repeated', 'confirms'],
    ['repeated incursions into its waters as the reason for the blockade', null, 'confirms'],
    ['the two ports as sites where the rebels shipped arms', null, 'confirms'],
    // A danger, a concern or a reason cited gives grounds; it asserts no act.
    ['the risk of attacks on shipping', null, 'other'],
    ['fears of new strikes on the capital', null, 'other'],
    ['concerns for the crews’ safety', null, 'other'],
    ['the lack of time as the reason', null, 'other'],
  ];
  it.each(cases)('%s', (words, quote, stance) => {
    expect(cited(words, quote)).toBe(stance);
  });
});
