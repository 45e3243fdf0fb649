import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/lib/detect/dates/index.ts';

/** Published on a Wednesday in March, so a month without a year may lie behind or ahead. */
const PUBLISHED = '2025-03-12';

/** Each date of `text` as its words, its first day and whether it is still to come. */
function read(text: string) {
  return findDates(text, PUBLISHED).map(({ date, expected }) => [date.text, date.start, expected]);
}

describe('a timing hedged as "potentially as early as" or told in the present as "is as early as" looks ahead', () => {
  it.each([
    // "potentially" after a comma hedges the date as "possibly" does: it takes the tense of the clause before.
    ['Fredonburg is expected to send engineers to Marsh City, potentially as early as June.', [['June', '2025-06-01', true]]],
    ['Sylvanian troops could be deployed, potentially as early as April.', [['April', '2025-04-01', true]]],
    ['Berg will travel to Marsh City, potentially on Friday.', [['on Friday', '2025-03-14', true]]],
    // A timing told in the present copula is still to come.
    ['The likely timeline for the next deployment is as early as June.', [['June', '2025-06-01', true]]],
    ['The earliest dates for the vote are as early as April, Ruhl said.', [['April', '2025-04-01', true]]],
    // Near misses: a hedged date after a past clause, and a timing told in the past, lie behind.
    ['The Ostmark fleet arrived, potentially as early as February.', [['February', '2025-02-01', false]]],
    ['The envoys left Marsh City, potentially on Monday.', [['on Monday', '2025-03-10', false]]],
    ['The first sightings were as early as June.', [['June', '2024-06-01', false]]],
    ['The ships were sighted as early as February.', [['February', '2025-02-01', false]]],
    ['The timeline was as early as June, the agency said.', [['June', '2024-06-01', false]]],
  ])('%j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
