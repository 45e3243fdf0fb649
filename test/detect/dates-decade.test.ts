import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/lib/detect/dates/index.ts';

/** The dates found in `text`, in a paper of 2023-09-27, as words, start and end. */
function dates(text: string) {
  return findDates(text, '2023-09-27').map((d) => [d.date.text, d.date.start, d.date.end]);
}

describe('a decade, or a part of one, is a range of years', () => {
  it.each([
    ['Marsh City grew into a port in the 1990s.', [['the 1990s', '1990-01-01', '1999-12-31']]],
    ['Marsh City grew into a port in the early 1990s.', [['the early 1990s', '1990-01-01', '1993-12-31']]],
    ['Marsh City grew quickly in the mid-1980s.', [['the mid-1980s', '1983-01-01', '1986-12-31']]],
    ['Fredonburg has been the capital since the late 1970s.', [['since the late 1970s', '1976-01-01', null]]],
    ['The two peoples fought a war in the nineties of the last century.', [['the nineties of the last century', '1990-01-01', '1999-12-31']]],
    ['The port was rebuilt in the ’90s.', [['the ’90s', '1990-01-01', '1999-12-31']]],
  ])('%j', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it.each([
    // Near misses: an age, a count, a temperature without "the", a number with an "s" of a plural.
    'A man in his 60s was hurt in the blast.',
    'Most of the soldiers were in their 20s.',
    'Temperatures reached 90s across Marsh City.',
    'The fleet counted 1990 ships and 40 tankers.',
  ])('%j', (text) => {
    expect(dates(text)).toEqual([]);
  });
});
