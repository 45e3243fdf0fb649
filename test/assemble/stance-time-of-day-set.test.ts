import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A time of day with its day sets the date of what will be done, as "on Monday" or "tomorrow" alone does:
 * "Deputy Prime Minister Ruhl will present the details … at 16:00 today" is a schedule told, `confirms`,
 * not a forecast. A time with no day, a day's part, a habit and no time at all set nothing: what will be
 * done stays foretold.
 */
describe('a time of day with its day sets the date', () => {
  /** [words of a quotation with no reporting verb, the stance]. */
  const cases: [string, Stance][] = [
    ['Deputy Prime Minister Anna Ruhl will present the details during the broadcast of the Relief Centre at 16:00 today.', 'confirms'],
    ['The envoy will brief the press at 9.30 tomorrow.', 'confirms'],
    ['The convoy will leave the depot at 6:00 a.m. tomorrow.', 'confirms'],
    ['Minister Weiss will open the crossing at 11:00 tonight.', 'confirms'],
    // No day with the time, a habit, a part of the day, no time: foretold, as before.
    ['The envoy will brief the press at 9.30.', 'other'],
    ['The ferry will sail at 16:00 every day.', 'other'],
    ['The envoy will brief the press in the morning.', 'other'],
    ['The convoy will leave the depot soon.', 'other'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: null, negated: false, denial: false }, words, { forThemselves: false, reported: false, forASide: true })).toBe(expected);
  });
});
