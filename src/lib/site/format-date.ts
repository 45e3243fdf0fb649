const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Formats a calendar day written `YYYY-MM-DD` for readers, e.g. "23 October 2024".
 *
 * The day is built in UTC and formatted with `timeZone: 'UTC'`, so the output
 * never depends on the time zone of the machine that runs the build. The locale is
 * fixed (British English by default: day before month, no comma) for the same reason:
 * a build must produce the same HTML everywhere.
 */
export function formatDay(isoDay: string, locale = 'en-GB'): string {
  const match = ISO_DAY.exec(isoDay);
  if (!match) {
    throw new Error(`formatDay() expects a date written YYYY-MM-DD, for example 2024-10-23; got "${isoDay}".`);
  }
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
