import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** The stance of `words` quoted from a side's spokesperson. */
function said(words: string): Stance {
  return stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: false, forASide: true });
}

/**
 * "(the strikes came) “in response to the continued attacks against vessels transiting the strait”": a
 * quotation that takes up the writer's sentence with a reason gives why what the writer tells was done,
 * as one opening "due to" or "because of" does. A clause of its own after the reason tells the act, and
 * a quotation that opens as a sentence ("In response to …") is the speaker's own.
 */
describe('a quotation alone that opens with a reason explains', () => {
  it.each([
    ['in response to the continued attacks against vessels transiting the strait', 'other'],
    ['in retaliation for the raids that killed two fishermen', 'other'],
    ['in direct response to the raids that hit the harbour on Monday', 'other'],
  ])('%s', (words, stance) => {
    expect(said(words)).toBe(stance);
  });

  it.each([
    ['in response to the attacks, we struck the launch sites', 'confirms'],
    ['In response to the attacks, the navy struck the launch sites.', 'confirms'],
    ['in response to the raids, and they hit the harbour twice', 'confirms'],
  ])('not with a clause of its own: %s', (words, stance) => {
    expect(said(words)).toBe(stance);
  });
});
