import { describe, expect, it } from 'vitest';
import { formatDay, formatDayMonthShort, formatDayShort, formatMonth, parseDayShort } from '../../src/lib/site/format-date.ts';

describe('format-date', () => {
  it('formats days and months in UTC with the fixed British locale', () => {
    expect([formatDay('2024-10-23'), formatDayShort('2024-10-23'), formatDayMonthShort('2024-10-28')]).toEqual(['23 October 2024', '23 Oct 2024', '28 Oct']);
    expect([formatMonth('2024-10'), formatMonth('2024-10-23', 'short'), formatDayShort('2025-01-01')]).toEqual(['October 2024', 'Oct 2024', '1 Jan 2025']);
  });

  it('names the function and the expected shape when given something else', () => {
    expect(() => formatDayShort('23/10/2024')).toThrow('formatDayShort() expects a date written YYYY-MM-DD, for example 2024-10-23; got "23/10/2024".');
    expect(() => formatMonth('October')).toThrow('formatMonth() expects a month written YYYY-MM (or a day YYYY-MM-DD), for example 2024-10; got "October".');
  });
});

describe('parseDayShort', () => {
  it('reads back the day of every formatDayShort label, September ("Sept" in British English) included', () => {
    for (const day of ['2024-10-23', '2025-01-01', '2024-09-05', '2024-02-29', '2023-12-31']) expect(parseDayShort(formatDayShort(day))).toBe(day);
  });

  it('gives null for any other text', () => {
    expect([parseDayShort(''), parseDayShort('30 Feb 2024'), parseDayShort('between 23 and 25 May 2025'), parseDayShort('Oct 2024')]).toEqual([null, null, null, null]);
  });
});
