const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})(?:-\d{2})?$/;

/**
 * Formats a calendar day written `YYYY-MM-DD` for readers, e.g. "23 October 2024".
 *
 * The day is built in UTC and formatted with `timeZone: 'UTC'`, so the output
 * never depends on the time zone of the machine that runs the build. The locale is
 * fixed (British English by default: day before month, no comma) for the same reason:
 * a build must produce the same HTML everywhere.
 */
export function formatDay(isoDay: string, locale = 'en-GB'): string {
  return remembered(`day|${locale}|${isoDay}`, () => format(utcDay(isoDay, 'formatDay'), { day: 'numeric', month: 'long', year: 'numeric' }, locale));
}

/** A day with the month abbreviated, for labels in lists and tables: "23 Oct 2024". Same rules as `formatDay`. */
export function formatDayShort(isoDay: string, locale = 'en-GB'): string {
  return remembered(`short|${locale}|${isoDay}`, () => format(utcDay(isoDay, 'formatDayShort'), { day: 'numeric', month: 'short', year: 'numeric' }, locale));
}

/**
 * The `YYYY-MM-DD` day a `formatDayShort` label names ("23 Oct 2024" → "2024-10-23"), for the search
 * page, which reads a source's day from its search record's date label; null for any other text.
 */
export function parseDayShort(label: string, locale = 'en-GB'): string | null {
  const match = /^(\d{1,2}) \S+ (\d{4})$/.exec(label.trim());
  if (!match) return null;
  const [day, year] = [match[1]?.padStart(2, '0'), match[2]];
  for (let month = 1; month <= 12; month += 1) {
    const iso = `${year}-${String(month).padStart(2, '0')}-${day}`;
    if (utcDay(iso, 'parseDayShort').toISOString().startsWith(iso) && formatDayShort(iso, locale) === label.trim()) return iso;
  }
  return null;
}

/** A day and abbreviated month without the year, for the first half of a range in one year: "28 Oct". */
export function formatDayMonthShort(isoDay: string, locale = 'en-GB'): string {
  return remembered(`day-month|${locale}|${isoDay}`, () => format(utcDay(isoDay, 'formatDayMonthShort'), { day: 'numeric', month: 'short' }, locale));
}

/**
 * The month of a `YYYY-MM` or `YYYY-MM-DD` value: "October 2024" (`long`, for headings)
 * or "Oct 2024" (`short`, for labels). Same rules as `formatDay`.
 */
export function formatMonth(isoMonth: string, style: 'long' | 'short' = 'long', locale = 'en-GB'): string {
  const match = ISO_MONTH.exec(isoMonth);
  if (!match) {
    throw new Error(`formatMonth() expects a month written YYYY-MM (or a day YYYY-MM-DD), for example 2024-10; got "${isoMonth}".`);
  }
  const [year, month] = match.slice(1).map(Number) as [number, number];
  return remembered(`month|${style}|${locale}|${year}-${month}`, () => format(new Date(Date.UTC(year, month - 1, 1)), { month: style, year: 'numeric' }, locale));
}

function utcDay(isoDay: string, caller: string): Date {
  const match = ISO_DAY.exec(isoDay);
  if (!match) {
    throw new Error(`${caller}() expects a date written YYYY-MM-DD, for example 2024-10-23; got "${isoDay}".`);
  }
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

/**
 * Labels already made, by kind, locale and value. A briefing of 10,000 sources formats the same few
 * thousand days millions of times across its pages (3 s of a build's CPU time); a label depends on
 * nothing else, so each is made once.
 */
const labels = new Map<string, string>();

function remembered(key: string, make: () => string): string {
  let label = labels.get(key);
  if (label === undefined) labels.set(key, (label = make()));
  return label;
}

/** Formatters are costly to create and every page formats hundreds of dates: one per locale and style. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function format(date: Date, options: Intl.DateTimeFormatOptions, locale: string): string {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })));
  return formatter.format(date);
}
