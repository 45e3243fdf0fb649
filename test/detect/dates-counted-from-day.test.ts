import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/lib/detect/dates/index.ts';

/** Published on Wednesday 12 March 2025. */
const PUBLISHED = '2025-03-12';

/** Each date of `text` as its words, its first and last day and whether it is still to come. */
function read(text: string, published = PUBLISHED) {
  return findDates(text, published).map(({ date, expected }) => [date.text, date.start, date.end, expected]);
}

describe('a count of days, weeks or months from or after a named day is the day that far on', () => {
  it.each([
    ['The Ostmark agency said the ban will take effect 30 days from 12 March.', [['30 days from 12 March', '2025-04-11', '2025-04-11', true]]],
    ['Sylvania announced on Wednesday the sanctions, with the listing to take effect 30 days from 12 March.', [['on Wednesday', '2025-03-12', '2025-03-12', false], ['30 days from 12 March', '2025-04-11', '2025-04-11', true]]],
    ['The levy will apply two weeks from Monday, Berg said.', [['two weeks from Monday', '2025-03-31', '2025-03-31', true]]],
    ['The convoy reached Marsh City ten days after March 1.', [['ten days after March 1', '2025-03-11', '2025-03-11', false]]],
    ['The decree took effect three months from 1 December 2024.', [['three months from 1 December 2024', '2025-03-01', '2025-03-01', false]]],
    // Near misses: "from" or "after" with no count opens a state or is a plain day; a window ("within"),
    // a length ("for", "more than") or a count told with a hyphen spans the days rather than naming one.
    ['Shipping through the strait resumed from 3 March.', [['from 3 March', '2025-03-03', null, false]]],
    ['The ceasefire will hold for 30 days from 15 March.', [['from 15 March', '2025-03-15', null, true]]],
    ['Freedonia must reply within 30 days from 15 March.', [['from 15 March', '2025-03-15', null, true]]],
    ['The truce held for more than ten days after March 1.', [['March 1', '2025-03-01', '2025-03-01', false]]],
    ['Berg announced a 30-day pause from 3 March.', [['from 3 March', '2025-03-03', null, false]]],
  ])('%j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
