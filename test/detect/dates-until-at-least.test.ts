import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/lib/detect/dates/index.ts';

/** A Wednesday. */
const PUBLISHED = '2025-03-12';

function dates(text: string) {
  return findDates(text, PUBLISHED).map(({ date, expected }) => ({ ...date, expected }));
}

describe('"until at least <date>": a deadline, open at the start, as "until <date>" is', () => {
  it.each([
    ['Ships will reroute around the cape until at least March 20.', { text: 'until at least March 20', start: null, end: '2025-03-20', precision: 'range', expected: true }],
    ['The Ostmark line will avoid the strait until at least the end of April.', { text: 'until at least the end of April', start: null, end: '2025-04-30', precision: 'range', expected: true }],
    ['Sailings to Marsh City stay suspended till at least March 14, the company said.', { text: 'till at least March 14', start: null, end: '2025-03-14', precision: 'range', expected: true }],
  ])('fires: %s', (text, expected) => {
    expect(dates(text)).toEqual([expected]);
  });

  it.each([
    // "at least" with no deadline word before it: the date itself.
    ['At least March 20 was named as a possible day for the talks.', { text: 'March 20', start: '2025-03-20', end: '2025-03-20', precision: 'day', expected: true }],
    // A plain "until" still reads as before.
    ['Ships will reroute around the cape until March 20.', { text: 'until March 20', start: null, end: '2025-03-20', precision: 'range', expected: true }],
    // "not until": it happened then, on that day, as after a plain "until".
    ['Minister Berg did not confirm the raid until at least March 10.', { text: 'until at least March 10', start: '2025-03-10', end: '2025-03-10', precision: 'day', expected: false }],
  ])('does not fire: %s', (text, expected) => {
    expect(dates(text)).toEqual([expected]);
  });
});
