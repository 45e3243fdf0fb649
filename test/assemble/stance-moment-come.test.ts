import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * The moment named as come for an act ("now is the time to …", "the time has come to …") calls for it, as
 * "it is time to" does; an act called necessary with two words of degree or moment ("it is now very
 * important to act") calls as "it is very important to act" does.
 */
describe('the moment named as come for an act, and a necessity with two words of degree', () => {
  /** [words reported with "said" by a side, the stance]. */
  const cases: [string, Stance][] = [
    ['now is the time to reopen the border crossings', 'calls-for'],
    ['the time has come for both governments to sign the accord', 'calls-for'],
    ['this is the moment to return to the negotiating table', 'calls-for'],
    ['it is now very important to restore the water supply', 'calls-for'],
    ['it is now absolutely essential to evacuate the wounded', 'calls-for'],
    // No act, a moment past, or a value named: not a call.
    ['now is the time when the river usually floods', 'other'],
    ['that was the time to act', 'confirms'],
    ['it is now very important to me', 'other'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(expected);
  });
});
