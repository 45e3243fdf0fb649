import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/lib/detect/dates/index.ts';

/** Published early in the year, so "this year" and "in 2025" are mostly still to come. */
const PUBLISHED = '2025-02-04';

/** Each date of `text` as its words, its range and whether it is still to come. */
function read(text: string) {
  return findDates(text, PUBLISHED).map(({ date, expected }) => [date.text, date.start, date.end, expected]);
}

describe('a year or month still running, in what someone planned, agreed or set aside, is to come', () => {
  it.each([
    // A participle of giving after a verb of signing or deciding; a progressive of giving reported
    // after a verb of announcing; an infinitive of giving after a verb of agreeing.
    ['The Ostmark agency has signed a two-year plan with Freedonia, allocating 250 million euros to Fredonburg in 2025.', [['2025', '2025-01-01', '2025-12-31', true]]],
    ['The Ostmark agency announced it was allocating 40 million euros to Marsh City in 2025.', [['2025', '2025-01-01', '2025-12-31', true]]],
    ['Freedonia agreed to deliver the patrol boats this year.', [['this year', '2025-01-01', '2025-12-31', true]]],
    ['Sylvania pledged to send 300 engineers this month.', [['this month', '2025-02-01', '2025-02-28', true]]],
    // Near misses: a participle after a verb of no plan, what has been done this year, a year
    // already over, and a progressive of fighting reported.
    ['The army launched an offensive, sending troops into the valley in 2025.', [['2025', '2025-01-01', '2025-12-31', false]]],
    ['Freedonia has sent 300 sailors this year.', [['this year', '2025-01-01', '2025-12-31', false]]],
    ['The Ostmark agency signed a plan, allocating 250 million euros to Fredonburg in 2024.', [['2024', '2024-01-01', '2024-12-31', false]]],
    ['Berg said the troops were fighting near Marsh City in 2025.', [['2025', '2025-01-01', '2025-12-31', false]]],
  ])('%j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('leaves a weekday to the tense of its clause: "agreed to lay down arms on Monday" may date the agreeing', () => {
    expect(read('The rebels agreed to lay down their arms on Monday.')).toEqual([['on Monday', '2025-02-03', '2025-02-03', false]]);
  });
});
