import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/lib/detect/dates/index.ts';

/** The resolved dates found in `text`, without offsets. */
function dates(text: string, published: string) {
  return findDates(text, published).map(({ date, expected }) => ({ ...date, expected }));
}

describe('explicit day dates (chrono)', () => {
  it('takes a stated year as given', () => {
    expect(dates('The statement was issued on October 23, 2024.', '2024-10-25')).toEqual([
      { text: 'October 23, 2024', start: '2024-10-23', end: '2024-10-23', precision: 'day', expected: false },
    ]);
    expect(dates('The statement was issued on 23 October 2024.', '2024-10-25')).toEqual([
      { text: '23 October 2024', start: '2024-10-23', end: '2024-10-23', precision: 'day', expected: false },
    ]);
  });

  it('reads a weekday, a comma and the day before the month as one date', () => {
    expect(dates('Sylvania struck on Sunday, 14 January.', '2024-01-16')).toEqual([
      { text: 'Sunday, 14 January', start: '2024-01-14', end: '2024-01-14', precision: 'day', expected: false },
    ]);
    expect(dates('On Sunday, 14 January 2024, the port closed.', '2024-01-20').map((d) => d.text)).toEqual(['Sunday, 14 January 2024']);
    // A count after a comma is still no day: "In October, 23 people fled."
    expect(dates('In October, 23 people fled.', '2024-01-16').map((d) => d.text)).toEqual(['October']);
  });

  it('reads an ISO date', () => {
    expect(dates('The filing is dated 2024-10-21.', '2024-10-25')).toEqual([
      { text: '2024-10-21', start: '2024-10-21', end: '2024-10-21', precision: 'day', expected: false },
    ]);
  });

  it('chooses the occurrence nearest to publication when the year is not stated', () => {
    expect(dates('The meeting on Oct. 30 will go ahead.', '2024-10-23')).toEqual([
      { text: 'Oct. 30', start: '2024-10-30', end: '2024-10-30', precision: 'day', expected: true },
    ]);
    expect(dates('Troops arrived Oct. 28.', '2024-11-02')).toEqual([
      { text: 'Oct. 28', start: '2024-10-28', end: '2024-10-28', precision: 'day', expected: false },
    ]);
    expect(dates('The first shipment left on Dec. 30.', '2025-01-03')).toEqual([
      { text: 'Dec. 30', start: '2024-12-30', end: '2024-12-30', precision: 'day', expected: false },
    ]);
    expect(dates('Talks are set for Jan. 4.', '2024-12-30')).toEqual([
      { text: 'Jan. 4', start: '2025-01-04', end: '2025-01-04', precision: 'day', expected: true },
    ]);
    expect(dates('Troops rehearsed for the May 9 parade.', '2025-03-12')).toEqual([
      { text: 'May 9', start: '2025-05-09', end: '2025-05-09', precision: 'day', expected: true },
    ]);
  });

  it('leaves a leading "on" out of day-first dates, as for month-first ones', () => {
    expect(dates('Troops crossed on 9 May.', '2025-05-20')).toEqual([
      { text: '9 May', start: '2025-05-09', end: '2025-05-09', precision: 'day', expected: false },
    ]);
  });

  it('resolves a stated day range', () => {
    expect(dates('Drills ran Oct. 5-9 near the border.', '2024-10-23')).toEqual([
      { text: 'Oct. 5-9', start: '2024-10-05', end: '2024-10-09', precision: 'range', expected: false },
    ]);
  });

  it('keeps a weekday written with a day date as one mention', () => {
    expect(dates('The talks on Tuesday, Oct. 22, ended early.', '2024-10-23')).toEqual([
      { text: 'Tuesday, Oct. 22', start: '2024-10-22', end: '2024-10-22', precision: 'day', expected: false },
    ]);
  });

  it('does not read a number after a comma as the day of a month', () => {
    expect(dates('In October, 23 people were hurt.', '2024-11-10')).toEqual([
      { text: 'October', start: '2024-10-01', end: '2024-10-31', precision: 'month', expected: false },
    ]);
  });
});

describe('month names', () => {
  it('resolves a bare month to its most recent occurrence, the current month included', () => {
    expect(dates('The agency first reported it in June.', '2025-03-12')).toEqual([
      { text: 'June', start: '2024-06-01', end: '2024-06-30', precision: 'month', expected: false },
    ]);
    expect(dates('Prices rose in March.', '2025-03-12')).toEqual([
      { text: 'March', start: '2025-03-01', end: '2025-03-31', precision: 'month', expected: false },
    ]);
  });

  it('looks forward when the clause speaks of the future', () => {
    expect(dates('The minister will visit in June.', '2025-03-12')).toEqual([
      { text: 'June', start: '2025-06-01', end: '2025-06-30', precision: 'month', expected: true },
    ]);
  });

  it('reads "last", "next" and "this" before a month name', () => {
    expect(dates('Talks stalled last June and resume next February.', '2025-03-12')).toEqual([
      { text: 'last June', start: '2024-06-01', end: '2024-06-30', precision: 'month', expected: false },
      { text: 'next February', start: '2026-02-01', end: '2026-02-28', precision: 'month', expected: true },
    ]);
  });

  it('takes a stated year', () => {
    expect(dates('The treaty was signed in October 2023.', '2025-03-12')).toEqual([
      { text: 'October 2023', start: '2023-10-01', end: '2023-10-31', precision: 'month', expected: false },
    ]);
  });

  it('reads a month after a preposition before a name: "said in July Berg had …"', () => {
    expect(dates('Smith said in July Berg had turned down the request.', '2023-10-03')).toEqual([
      { text: 'July', start: '2023-07-01', end: '2023-07-31', precision: 'month', expected: false },
    ]);
  });

  it('accepts "May" and "March" after a preposition', () => {
    expect(dates('The law took effect in May.', '2025-08-01')).toEqual([
      { text: 'May', start: '2025-05-01', end: '2025-05-31', precision: 'month', expected: false },
    ]);
  });
});

describe('parts of a month', () => {
  it('resolves early, mid and late to the 1st–10th, 11th–20th and 21st–end', () => {
    expect(dates('It happened in early October.', '2024-10-23')).toEqual([
      { text: 'early October', start: '2024-10-01', end: '2024-10-10', precision: 'range', expected: false },
    ]);
    expect(dates('It happened in mid-October.', '2024-10-23')).toEqual([
      { text: 'mid-October', start: '2024-10-11', end: '2024-10-20', precision: 'range', expected: false },
    ]);
    expect(dates('It happened in late February.', '2025-03-12')).toEqual([
      { text: 'late February', start: '2025-02-21', end: '2025-02-28', precision: 'range', expected: false },
    ]);
  });

  it('spans two parts joined by "to"', () => {
    expect(dates('Troops moved in early- to mid-October.', '2024-10-23')).toEqual([
      { text: 'early- to mid-October', start: '2024-10-01', end: '2024-10-20', precision: 'range', expected: false },
    ]);
    expect(dates('Troops moved in mid- to late September.', '2024-10-23')).toEqual([
      { text: 'mid- to late September', start: '2024-09-11', end: '2024-09-30', precision: 'range', expected: false },
    ]);
  });

  it('resolves the end of a month or of a year', () => {
    expect(dates('A deal could come at the end of the month.', '2024-10-03')).toEqual([
      { text: 'the end of the month', start: '2024-10-21', end: '2024-10-31', precision: 'range', expected: true },
    ]);
    expect(dates('Sales slumped at the end of last year.', '2024-10-03')).toEqual([
      { text: 'the end of last year', start: '2023-12-01', end: '2023-12-31', precision: 'range', expected: false },
    ]);
  });

  it('resolves the start or beginning of a month or of a year as its first days or its January', () => {
    expect(dates('Boats left at the start of the month.', '2024-10-23')).toEqual([
      { text: 'the start of the month', start: '2024-10-01', end: '2024-10-10', precision: 'range', expected: false },
    ]);
    expect(dates('Talks will resume at the beginning of next year.', '2024-10-23')).toEqual([
      { text: 'the beginning of next year', start: '2025-01-01', end: '2025-01-31', precision: 'range', expected: true },
    ]);
    expect(dates('The blockade began at the beginning of March.', '2024-10-23')).toEqual([
      { text: 'the beginning of March', start: '2024-03-01', end: '2024-03-10', precision: 'range', expected: false },
    ]);
  });
});

describe('years', () => {
  it('resolves a year after a preposition', () => {
    expect(dates('The border closed in 2022.', '2025-03-12')).toEqual([
      { text: '2022', start: '2022-01-01', end: '2022-12-31', precision: 'year', expected: false },
    ]);
  });
});

describe('a count after the day\'s comma', () => {
  it.each([
    ['On Jan. 3, 14 countries issued a joint statement.', { text: 'Jan. 3', start: '2024-01-03', end: '2024-01-03', precision: 'day', expected: false }],
    ['On March 5, 12 ships left the port.', { text: 'March 5', start: '2023-03-05', end: '2023-03-05', precision: 'day', expected: false }],
    // A stated year stays a year.
    ['On March 5, 2023, ships left the port.', { text: 'March 5, 2023', start: '2023-03-05', end: '2023-03-05', precision: 'day', expected: false }],
  ])('is no year: %s', (text, expected) => {
    expect(dates(text, '2024-01-10')).toEqual([expected]);
  });
});

describe('a longer number after the day\'s comma', () => {
  /** Each date's words and first day. */
  const days = (text: string) => dates(text, '2023-10-01').map((d) => [d.text, d.start]);

  // The digits before a group of thousands or a decimal point are the head of a count, not a year:
  // "Sept. 29, 84,770 people" is 29 September and 84,770 people, not 29 September 1984.
  it.each([
    ['On the morning of September 29, 84,770 people had reached Fredonburg.', ['September 29', '2023-09-29']],
    ['On October 1, 40,000 crowns were paid to each family.', ['October 1', '2023-10-01']],
    ['On March 5, 12,500 troops crossed into Sylvania.', ['March 5', '2023-03-05']],
    ['On March 5, 1,500 troops crossed into Sylvania.', ['March 5', '2023-03-05']],
    ['On March 5, 12.5 percent of the ballots were spoiled.', ['March 5', '2023-03-05']],
  ])('is no year: %s', (text, expected) => {
    expect(days(text)).toEqual([expected]);
  });

  // Near misses: a year is a year when its digits end there, whatever follows.
  it.each([
    ['On March 5, 2023, 1,500 troops crossed into Sylvania.', ['March 5, 2023', '2023-03-05']],
    ['On September 29, 2021, 84,770 people had reached Fredonburg.', ['September 29, 2021', '2021-09-29']],
    ['The accord was signed on May 4, 2019.', ['May 4, 2019', '2019-05-04']],
    ['The accord signed on May 4, 2019, still holds.', ['May 4, 2019', '2019-05-04']],
    ['The accord signed on May 4, 2019 and the truce of June 2, 2020 still hold.', ['May 4, 2019', '2019-05-04'], ['June 2, 2020', '2020-06-02']],
  ])('stays a year: %s', (text, ...expected) => {
    expect(days(text)).toEqual(expected);
  });
});
