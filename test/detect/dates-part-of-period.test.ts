import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/lib/detect/dates/index.ts';

/** The dates found in `text`, in a paper of Thursday 2023-10-05, as words, start, end and whether to come. */
function dates(text: string) {
  return findDates(text, '2023-10-05').map((d) => [d.date.text, d.date.start, d.date.end, d.expected]);
}

describe('a part of a month or a year counted from publication is that part of it', () => {
  it.each([
    ['Berg left the cabinet early last month, before the vote.', ['early last month', '2023-09-01', '2023-09-10', false]],
    ['Fighting eased in mid-last month.', ['mid-last month', '2023-09-11', '2023-09-20', false]],
    ['Freedonia sent its first troops late last year.', ['late last year', '2022-09-01', '2022-12-31', false]],
    ['Sylvania retook the valley early this year.', ['early this year', '2023-01-01', '2023-04-30', false]],
    ['The ships leave Marsh City late this month.', ['late this month', '2023-10-21', '2023-10-31', true]],
  ])('%j', (text, expected) => {
    expect(dates(text)).toEqual([expected]);
  });

  it.each([
    // Near misses: a degree of lateness, "as early as", a part of a week (its own rule), no part at all.
    ['The aid came too late last year to help.', ['last year', '2022-01-01', '2022-12-31', false]],
    ['Talks could begin as early as next month.', ['next month', '2023-11-01', '2023-11-30', true]],
    ['Freedonia sent troops late last week.', ['late last week', '2023-09-28', '2023-10-01', false]],
    ['Berg left the cabinet last month.', ['last month', '2023-09-01', '2023-09-30', false]],
  ])('%j', (text, expected) => {
    expect(dates(text)).toEqual([expected]);
  });
});
