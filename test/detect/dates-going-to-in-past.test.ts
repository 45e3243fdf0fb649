import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/lib/detect/dates/index.ts';

/** Published on a Wednesday in March, so a month without a year may lie behind or ahead. */
const PUBLISHED = '2025-03-12';

/** Each date of `text` as its words, its first day and whether it is still to come. */
function read(text: string) {
  return findDates(text, PUBLISHED).map(({ date, expected }) => [date.text, date.start, expected]);
}

describe('"was going to" with a verb is an intention told in the past, still ahead of the telling', () => {
  it.each([
    ['Sylvania announced it was going to release the prisoners in October.', [['October', '2025-10-01', true]]],
    ['Ruhl said Fredonia was going to send more troops in June.', [['June', '2025-06-01', true]]],
    ['Berg said the envoys were going to meet on Friday.', [['on Friday', '2025-03-14', true]]],
    ['The ministry said it was going to reopen the crossing in April.', [['April', '2025-04-01', true]]],
    // Near misses: "going to" a place is a journey told in the past; "going home" likewise; a plain past.
    ['The ships were going to the port on Monday when they were hit.', [['on Monday', '2025-03-10', false]]],
    ['The convoy was going to Marsh City on Monday.', [['on Monday', '2025-03-10', false]]],
    ['Berg said he was going home on Friday.', [['on Friday', '2025-03-07', false]]],
    ['Sylvania announced it released the prisoners in October.', [['October', '2024-10-01', false]]],
  ])('%j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
