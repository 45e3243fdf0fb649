import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * The speaker's own appeal renewed or made, in the present ("I renew my appeal for dialogue between
 * Sylvania and Freedonia", "we reiterate our plea to both sides to hold fire"): asking, as "we appeal for
 * calm" is: calls-for. An appeal told as another's, a legal appeal lodged, and an appeal that failed stay
 * as they were.
 */
describe('an appeal renewed', () => {
  /** [the quoted words, the stance]. */
  const cases: [string, Stance][] = [
    ['I renew my appeal for dialogue between Sylvania and Freedonia', 'calls-for'],
    ['We reiterate our plea to both sides to hold fire', 'calls-for'],
    ['I once again make an urgent appeal for calm in Marsh City', 'calls-for'],
    ['we repeat our appeal to the Ostmark agency to open the crossing', 'calls-for'],
    // Another's appeal told, a court appeal, an appeal that failed, one of the past: as before.
    ['the mayor’s appeal for calm was ignored by the crowd', 'confirms'],
    ['we lodged an appeal with the court in Fredonburg on Monday', 'confirms'],
    ['our appeal for help went unanswered for three days', 'confirms'],
    ['the council issued its report on the floods', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'added', negated: false, denial: false }, words, { forThemselves: false, reported: false, forASide: true })).toBe(expected);
  });
});
