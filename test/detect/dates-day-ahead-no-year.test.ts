import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/lib/detect/dates/index.ts';

/** Published on 12 March 2025: last October is five months back, next October seven months ahead. */
const PUBLISHED = '2025-03-12';

/** Each date of `text` as its words, its first day and whether it is still to come. */
function read(text: string, published = PUBLISHED) {
  return findDates(text, published).map(({ date, expected }) => [date.text, date.start, expected]);
}

describe('a day and month without a year in a clause about the future is the next such day', () => {
  it.each([
    ['The vote will be held on October 5, the commission said.', [['October 5', '2025-10-05', true]]],
    ['Elections are scheduled for November 2, officials said.', [['November 2', '2025-11-02', true]]],
    ['Berg said the summit will open on 30 September.', [['30 September', '2025-09-30', true]]],
    ['The parliament will meet on 28 December.', [['28 December', '2025-12-28', true]], '2025-01-05'],
    // Near misses: a clause told in the past, a past happening the future clause names (by a noun or
    // by a verb after the cue), and a day near publication, which the nearest reading already gives.
    ['The summit opened on 30 September, officials said.', [['30 September', '2024-09-30', false]]],
    ['Berg will be tried for the attack on October 5, prosecutors said.', [['October 5', '2024-10-05', false]]],
    ['The resolution would demand the release of the ship the rebels seized on Nov. 19.', [['Nov. 19', '2024-11-19', false]], '2025-01-09'],
    ['Freedonia held the talks planned since the war broke out on 3 October.', [['3 October', '2024-10-03', false]]],
    ['The parliament met on 28 December.', [['28 December', '2024-12-28', false]], '2025-01-05'],
  ])('%j', (text, expected, published = PUBLISHED) => {
    expect(read(text, published)).toEqual(expected);
  });
});
