import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/lib/detect/dates/index.ts';

/** Published on a Wednesday; its week runs Monday 2025-03-10 to Sunday 2025-03-16. */
const PUBLISHED = '2025-03-12';

/** Each date of `text` as its words, its first day and whether it is still to come. */
function read(text: string, published = PUBLISHED) {
  return findDates(text, published).map(({ date, expected }) => [date.text, date.start, expected]);
}

describe('a timetable told in the plural present looks ahead', () => {
  it.each([
    ['Berg added that he expects the Ostmark ministers to approve the plan when they meet on March 20.', [['March 20', '2025-03-20', true]]],
    ['Freedonian ministers meet on Thursday to agree the mission.', [['on Thursday', '2025-03-13', true]]],
    ['The talks resume in Fredonburg on Friday, the agency said.', [['on Friday', '2025-03-14', true]]],
    ['Lawmakers vote on the treaty on Monday.', [['on Monday', '2025-03-17', true]]],
    ['The summit, which opens on Thursday, will weigh the ceasefire.', [['on Thursday', '2025-03-13', true]]],
    ['We convene again on Friday, Berg told reporters.', [['on Friday', '2025-03-14', true]]],
    // Near misses: the bare verb after "did", "to" or a negation, an auxiliary in -s, a past verb,
    // fire opened, all tell of what has been.
    ['The ministers did not meet on Monday.', [['on Monday', '2025-03-10', false]]],
    ['The envoys failed to meet on Monday.', [['on Monday', '2025-03-10', false]]],
    ['The crossing is open on Monday.', [['on Monday', '2025-03-10', false]]],
    ['Freedonian ministers met on Thursday to agree the mission.', [['on Thursday', '2025-03-06', false]]],
    ['Sylvanian gunners open fire on Monday, the ministry said.', [['on Monday', '2025-03-10', false]]],
    ['The talks resumed in Fredonburg on Friday.', [['on Friday', '2025-03-07', false]]],
  ])('%j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('a schedule told in the past with "meant to" looks ahead as "supposed to" does', () => {
  it.each([
    ['The meeting was meant to take place on Thursday.', [['on Thursday', '2025-03-13', true]]],
    ['The envoys were meant to sign the accord on Friday.', [['on Friday', '2025-03-14', true]]],
    // Near misses: what took place, or what the meeting meant, on a past day.
    ['The meeting took place on Thursday.', [['on Thursday', '2025-03-06', false]]],
    ['The meeting was held on Thursday.', [['on Thursday', '2025-03-06', false]]],
  ])('%j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
