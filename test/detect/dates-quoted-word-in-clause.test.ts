import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/lib/detect/dates/index.ts';

/** Published on a Wednesday; the Friday before is 2025-03-07, the Friday after 2025-03-14. */
const PUBLISHED = '2025-03-12';

const dated = (text: string) => findDates(text, PUBLISHED).map(({ date, expected }) => [date.text, date.start, expected]);

describe('findDates: a quoted word inside the clause hides none of its tense', () => {
  it.each([
    ['The allies were “poised” to sign the deal on Friday.', [['on Friday', '2025-03-14', true]]],
    ['Ruhl is “expected” to arrive on Friday.', [['on Friday', '2025-03-14', true]]],
    ['The talks are “set” to resume on Friday.', [['on Friday', '2025-03-14', true]]],
    // Must not fire: a quoted past stays in the past.
    ['The allies had “struck” the port on Friday.', [['on Friday', '2025-03-07', false]]],
    ['Ruhl “left” Marsh City on Friday.', [['on Friday', '2025-03-07', false]]],
    ['Berg was “surprised” by the strike on Friday.', [['on Friday', '2025-03-07', false]]],
  ])('%j', (text, expected) => {
    expect(dated(text)).toEqual(expected);
  });
});
