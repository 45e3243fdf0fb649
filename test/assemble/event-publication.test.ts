import { describe, expect, it } from 'vitest';
import { upToPublication } from '../../src/lib/assemble/events.ts';

describe('upToPublication: nothing has happened after the source was published', () => {
  it('ends a period that runs past the publication day on that day', () => {
    expect(upToPublication({ text: 'this week', start: '2023-09-25', end: '2023-10-01', precision: 'week' }, '2023-09-26')).toEqual({
      text: 'this week',
      start: '2023-09-25',
      end: '2023-09-26',
      precision: 'range',
    });
    expect(upToPublication({ text: 'this week', start: '2023-09-25', end: '2023-10-01', precision: 'week' }, '2023-09-25').precision).toBe('day');
  });

  it('reads the current week in a Sunday\'s paper as a range told so far, like any other day\'s', () => {
    expect(upToPublication({ text: 'this week', start: '2023-09-25', end: '2023-10-01', precision: 'week' }, '2023-10-01')).toEqual({
      text: 'this week',
      start: '2023-09-25',
      end: '2023-10-01',
      precision: 'range',
    });
    const monthToDate = { text: 'in September', start: '2023-09-01', end: '2023-09-30', precision: 'month' } as const;
    expect(upToPublication(monthToDate, '2023-09-30')).toBe(monthToDate);
    // "this month" on the month's last day is told so far, like "this week" on a Sunday.
    expect(upToPublication({ text: 'this month', start: '2023-09-01', end: '2023-09-30', precision: 'month' }, '2023-09-30')).toEqual({
      text: 'this month',
      start: '2023-09-01',
      end: '2023-09-30',
      precision: 'range',
    });
  });

  it('leaves periods over before publication, open ones and later ones alone', () => {
    const lastWeek = { text: 'last week', start: '2023-09-18', end: '2023-09-24', precision: 'week' } as const;
    expect(upToPublication(lastWeek, '2023-09-26')).toBe(lastWeek);
    const since = { text: 'since May', start: '2023-05-01', end: null, precision: 'range' } as const;
    expect(upToPublication(since, '2023-09-26')).toBe(since);
    const later = { text: 'in October', start: '2023-10-01', end: '2023-10-31', precision: 'month' } as const;
    expect(upToPublication(later, '2023-09-26')).toBe(later);
    // "this year" stays the calendar year, as the corpus conventions read it.
    const thisYear = { text: 'this year', start: '2023-01-01', end: '2023-12-31', precision: 'year' } as const;
    expect(upToPublication(thisYear, '2023-09-26')).toBe(thisYear);
  });
});
