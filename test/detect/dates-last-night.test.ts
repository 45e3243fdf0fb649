import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/lib/detect/dates/index.ts';

/** A Wednesday. */
const PUBLISHED = '2025-03-12';

function dates(text: string) {
  return findDates(text, PUBLISHED).map(({ date, expected }) => ({ ...date, expected }));
}

/** The night before publication, as "overnight" reads it: from the evening before into the day told on. */
const NIGHT_BEFORE = { start: '2025-03-11', end: '2025-03-12', precision: 'range', expected: false };

describe('"last night": the night before the day it is told on, spanning both days', () => {
  it.each([
    ['Sirens sounded last night.', 'last night'],
    ['Last night, the Ostmark agency reported two blasts near Marsh City.', 'Last night'],
    ['Minister Berg said last night’s raid was a warning.', 'last night'],
    ["The strikes carried out last night hit three depots, the ministry said.", 'last night'],
  ])('fires: %s', (text, words) => {
    expect(dates(text)).toEqual([{ text: words, ...NIGHT_BEFORE }]);
  });

  it.each([
    // Other casual days keep their one day.
    ['Sirens sounded yesterday.', [{ text: 'yesterday', start: '2025-03-11', end: '2025-03-11', precision: 'day', expected: false }]],
    ['Minister Ruhl will speak tonight.', [{ text: 'tonight', start: '2025-03-12', end: '2025-03-12', precision: 'day', expected: true }]],
    // After a determiner, the final night of something: no date.
    ['The last night of the talks in Fredonburg ended in a deal.', []],
    ['He spent his last night in Marsh City before the vote.', []],
  ])('does not fire: %s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });
});
