import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/lib/detect/dates/index.ts';

/** Published on a Wednesday in January, so a weekday or a month without a year may lie behind or ahead. */
const PUBLISHED = '2024-01-31';

/** Each date of `text` as its words, its first day and whether it is still to come. */
function read(text: string) {
  return findDates(text, PUBLISHED).map(({ date, expected }) => [date.text, date.start, expected]);
}

describe('a date that opens its sentence or its reported clause with no comma is read by the predicate after it', () => {
  it.each([
    ['On Friday the ministers will meet in Fredonburg.', [['On Friday', '2024-02-02', true]]],
    ['Berg said that on Friday the ministers will meet.', [['on Friday', '2024-02-02', true]]],
    ['Ruhl told reporters that in March the talks would resume.', [['March', '2024-03-01', true]]],
    ['The bureau said that in April the Ostmark envoys are expected to return.', [['April', '2024-04-01', true]]],
    // Near misses: a past predicate, a verb of its own before the one that looks ahead, a date of the
    // telling itself ("said on Friday …" with no "that"), and a relative clause, all look back.
    ['Berg said that on Friday the ministers met.', [['on Friday', '2024-01-26', false]]],
    ['On Friday the ministers said they will meet.', [['On Friday', '2024-01-26', false]]],
    ['Berg said on Friday the ministers will meet.', [['on Friday', '2024-01-26', false]]],
    ['Berg said that on Friday the envoys who left will return.', [['on Friday', '2024-01-26', false]]],
    // A date that owns the noun after it is no fronted date: "Monday’s raid" happened on Monday.
    ['Monday’s raid on the port will be investigated.', [['Monday', '2024-01-29', false]]],
  ])('%j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
