/**
 * Calendar arithmetic on whole days in UTC. A day is a `Date` at 00:00 UTC; nothing here reads the clock
 * or the machine's time zone.
 */

const DAY_MS = 86_400_000;

/** A day span as `YYYY-MM-DD` strings. */
export interface DaySpan {
  start: string;
  end: string;
}

/** The day `year`-`month`-`day` (month 1–12), or null when no such day exists (Feb. 30). */
export function utcDay(year: number, month: number, day: number): Date | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return valid ? date : null;
}

/** Reads `YYYY-MM-DD`; null when it is not a calendar day. */
export function parseDay(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? utcDay(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

/**
 * Writes a day as `YYYY-MM-DD`, as `toISOString` begins. Written out for years of four digits: the
 * date rules format days many times per paragraph, and the whole ISO string cost more. Other years
 * (and an invalid date, which throws) are left to `toISOString`.
 */
export function formatDay(day: Date): string {
  const year = day.getUTCFullYear();
  if (!(year >= 1000 && year <= 9999)) return day.toISOString().slice(0, 10);
  const month = day.getUTCMonth() + 1;
  const date = day.getUTCDate();
  return `${year}-${month < 10 ? '0' : ''}${month}-${date < 10 ? '0' : ''}${date}`;
}

export function addDays(day: Date, days: number): Date {
  return new Date(day.getTime() + days * DAY_MS);
}

/** Moves by whole months, keeping the day of the month where it exists and the month's last day otherwise. */
export function addMonths(day: Date, months: number): Date {
  const first = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + months, 1));
  const last = daysInMonth(first.getUTCFullYear(), first.getUTCMonth() + 1);
  return new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(day.getUTCDate(), last)));
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The Monday of the Monday–Sunday week that holds `day`. */
export function mondayOf(day: Date): Date {
  return addDays(day, -((day.getUTCDay() + 6) % 7));
}

export function daySpan(day: Date): DaySpan {
  const iso = formatDay(day);
  return { start: iso, end: iso };
}

export function spanOf(first: Date, last: Date): DaySpan {
  return { start: formatDay(first), end: formatDay(last) };
}

/** The Monday–Sunday week that starts on `monday`. */
export function weekSpan(monday: Date): DaySpan {
  return spanOf(monday, addDays(monday, 6));
}

/** Days `fromDay`–`toDay` of a month; `toDay` past the month's end means its last day. */
export function monthSpan(year: number, month: number, fromDay = 1, toDay = 31): DaySpan {
  const last = Math.min(toDay, daysInMonth(year, month));
  return { start: formatDay(new Date(Date.UTC(year, month - 1, fromDay))), end: formatDay(new Date(Date.UTC(year, month - 1, last))) };
}

export function yearSpan(year: number): DaySpan {
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

/** Whether the `YYYY-MM-DD` day comes after `day`. `YYYY-MM-DD` strings sort as dates. */
export function isAfter(iso: string | null, day: Date): boolean {
  return iso !== null && iso > formatDay(day);
}

/** Whether the `YYYY-MM-DD` day is `day` or later. */
export function isOnOrAfter(iso: string | null, day: Date): boolean {
  return iso !== null && iso >= formatDay(day);
}

/** Moves by `count` hours (rounded up to whole days), days, weeks, months or years; negative goes back. */
export function addUnits(day: Date, count: number, unit: 'hour' | 'day' | 'week' | 'month' | 'year'): Date {
  switch (unit) {
    case 'hour':
      return addDays(day, Math.sign(count) * Math.ceil(Math.abs(count) / 24));
    case 'day':
      return addDays(day, count);
    case 'week':
      return addDays(day, 7 * count);
    case 'month':
      return addMonths(day, count);
    case 'year':
      return addMonths(day, 12 * count);
  }
}
