import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/lib/detect/dates/calendar.ts';

describe('formatDay', () => {
  it('writes a day as the ISO string begins, for any year', () => {
    const days = [
      [2024, 9, 23], [2024, 1, 29], [2023, 11, 31], [2000, 0, 1], [1999, 11, 31], [1000, 0, 1], [9999, 11, 31], [999, 5, 9], [10000, 0, 1], [-1, 6, 4], [0, 0, 1],
    ].map(([year, month, day]) => {
      const date = new Date(0);
      date.setUTCFullYear(year as number, month as number, day as number);
      return date;
    });
    for (const day of days) expect(formatDay(day), day.toISOString()).toBe(day.toISOString().slice(0, 10));
    expect(formatDay(new Date(Date.UTC(2024, 2, 5, 23, 59)))).toBe('2024-03-05');
  });

  it('throws on an invalid date, as toISOString does', () => {
    expect(() => formatDay(new Date(Number.NaN))).toThrow(RangeError);
  });
});
