import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/lib/detect/dates/index.ts';

/** Published on a Monday, the day the examples' meetings take place. */
const PUBLISHED = '2024-02-19';

/** Each date of `text` as its words, its first day and whether it is still to come. */
function read(text: string, published = PUBLISHED) {
  return findDates(text, published).map(({ date, expected }) => [date.text, date.start, expected]);
}

describe('a day restated in brackets is one date', () => {
  it.each([
    // The subject holds the date; the predicate after the bracket looks ahead.
    ['Ministers meeting in Fredonburg on Monday (19 February) will announce the mission.', [['on Monday (19 February)', '2024-02-19', true]]],
    ['The council will meet on Thursday afternoon (22 February) to discuss it.', [['on Thursday afternoon (22 February)', '2024-02-22', true]]],
    ['The rebels agreed to a truce on Saturday (Feb 17), a day after the raid.', [['on Saturday (Feb 17)', '2024-02-17', false]]],
    // Near misses: a bracket that names another day, or no date, leaves the dates apart.
    ['Ruhl said on Friday (local time) that talks will resume.', [['on Friday', '2024-02-16', false]]],
    ['The envoys met on Saturday (the talks began on 16 February).', [['on Saturday', '2024-02-17', false], ['16 February', '2024-02-16', false]]],
  ])('%j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('a short aside in brackets does not cut a date in the subject from its predicate', () => {
  it.each([
    ['The summit in Marsh City on Friday (local time) will decide the mission.', [['on Friday', '2024-02-23', true]]],
    // Near miss: a past predicate after the bracket.
    ['The summit in Marsh City on Friday (local time) decided the mission.', [['on Friday', '2024-02-16', false]]],
  ])('%j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
