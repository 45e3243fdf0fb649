import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/lib/detect/dates/index.ts';

/** Published on Wednesday 12 March 2025. */
const PUBLISHED = '2025-03-12';

/** Each date found in `text`: its words, first day and whether it is still to come. */
function dates(text: string): Array<[string, string | null, boolean]> {
  return findDates(text, PUBLISHED).map(({ date, expected }) => [date.text, date.start, expected]);
}

describe('a day of the month named alone before the "that" of the report it dates ("said on the 27th that …")', () => {
  it.each([
    ['The agency said on the 10th that the port had reopened.', [['on the 10th', '2025-03-10', false]]],
    // A day not yet come this month is last month's.
    ['The Bureau reported on the 27th that more troops had been sent.', [['on the 27th', '2025-02-27', false]]],
    ['Officials told reporters on the 3rd that the talks had failed.', [['on the 3rd', '2025-03-03', false]]],
    ['Ruhl announced on the 12th that the crews would return.', [['on the 12th', '2025-03-12', false]]],
  ])('%s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it.each([
    // An ordinal that goes on into a noun names no day, "that" after it or not.
    ['The agency reported on the 17th Brigade that fought near the port.', []],
    ['Ruhl spoke on the 80th anniversary that the town marked.', []],
    // No "on": an ordinal of a list, not a day.
    ['The 10th that arrived was the last of the convoy.', []],
    ['Berg said the 3rd that left the port was hit.', []],
  ])('no day: %s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });
});
