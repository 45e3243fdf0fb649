import { isAfter, isOnOrAfter, monthSpan, type DaySpan } from './calendar.ts';
import type { Resolution } from './types.ts';

/**
 * The year of a month named without one: the most recent such month, the current one included ("in June"
 * said in March 2025 is June 2024), or the next one when the clause speaks of the future.
 */
export function yearOfMonth(month: number, published: Date, future: boolean): number {
  const year = published.getUTCFullYear();
  const current = published.getUTCMonth() + 1;
  if (future) return month >= current ? year : year + 1;
  return month <= current ? year : year - 1;
}

/**
 * A resolver of part of a month (given as `span(year)`) in any year; the result is expected when it lies
 * after publication, or reaches it in a clause about the future.
 */
export function monthPart(
  span: (year: number) => DaySpan,
  precision: Resolution['precision'],
  published: Date,
  future: boolean,
): (year: number) => Resolution {
  return (year) => {
    const { start, end } = span(year);
    return { start, end, precision, expected: isAfter(start, published) || (future && isOnOrAfter(end, published)) };
  };
}

/** A whole month as a resolution in a given year. */
export function wholeMonth(month: number, published: Date, future: boolean): (year: number) => Resolution {
  return monthPart((year) => monthSpan(year, month), 'month', published, future);
}
