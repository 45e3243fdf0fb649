import type { DatePrecision, ResolvedDate } from '../../model.ts';
import { formatDayMonthShort, formatDayShort, formatMonth } from '../../site/format-date.ts';

/** A resolved date ready for a `<time>` element, with the words of the text kept apart. */
export interface DateLabel {
  /** What was resolved, for readers: "23 Oct 2024", "week of 14 Oct 2024", "1–20 Oct 2024", "expected by Dec 2024". */
  label: string;
  /** The words of the text, shown "as written": "early- to mid-October", "last week". */
  text: string;
  /**
   * The `datetime` attribute: a day `YYYY-MM-DD`, a month `YYYY-MM` or a year `YYYY`
   * (for a range, the smallest of these that contains it). Null when no such value
   * covers the date (a range across years, or no date at all): render no `<time>` then.
   */
  datetime: string | null;
  precision: DatePrecision;
}

/**
 * Labels a resolved date for readers. The rule: the label always shows what was
 * resolved (a part-of-month range "early- to mid-October" shows as "1–20 Oct 2024"),
 * and `text` keeps the words of the source for an "as written" note, so the
 * reader sees both and neither is mistaken for the other.
 *
 * - day "23 Oct 2024"; week "week of 14 Oct 2024"; month "Jun 2024"; year "2023";
 * - a range that is a whole month or year is shown as that month or year;
 *   otherwise "1–20 Oct 2024", "28 Oct – 3 Nov 2024", "28 Dec 2024 – 3 Jan 2025";
 * - open at the start: "by Dec 2024" (when it ends on a month's last day) or "by 30 Oct 2024";
 * - open at the end: "since Aug 2023" (from a month's first day) or "since 23 Oct 2024";
 *   for expected things "from …", since "since" would claim they had begun;
 * - `expected` prefixes "expected": "expected 30 Oct 2024", "expected by Dec 2024".
 */
export function dateLabel(date: ResolvedDate, expected = false): DateLabel {
  const { label, datetime } = describe(date, expected);
  return { label: expected ? `expected ${label}` : label, text: date.text, datetime, precision: date.precision };
}

interface Described {
  label: string;
  datetime: string | null;
}

function describe({ text, start, end, precision }: ResolvedDate, expected: boolean): Described {
  if (start === null && end === null) return { label: text, datetime: null };
  if (start === null) return prefixed('by', end as string, isLastOfMonth);
  if (end === null) return prefixed(expected ? 'from' : 'since', start, isFirstOfMonth);
  if (precision === 'day' || start === end) return { label: formatDayShort(start), datetime: start };
  if (precision === 'week') return { label: `week of ${formatDayShort(start)}`, datetime: start };
  if (precision === 'month') return month(start);
  if (precision === 'year') return year(start);
  return span(start, end);
}

/** An open bound: the month when the bound is the month's edge, else the day. */
function prefixed(word: string, day: string, isMonthEdge: (day: string) => boolean): Described {
  const point = isMonthEdge(day) ? month(day) : { label: formatDayShort(day), datetime: day };
  return { label: `${word} ${point.label}`, datetime: point.datetime };
}

function span(start: string, end: string): Described {
  const sameYear = start.slice(0, 4) === end.slice(0, 4);
  const sameMonth = start.slice(0, 7) === end.slice(0, 7);
  if (sameYear && start.slice(5) === '01-01' && end.slice(5) === '12-31') return year(start);
  if (sameMonth && isFirstOfMonth(start) && isLastOfMonth(end)) return month(start);
  if (sameMonth) return { label: `${Number(start.slice(8))}–${formatDayShort(end)}`, datetime: start.slice(0, 7) };
  if (sameYear) return { label: `${formatDayMonthShort(start)} – ${formatDayShort(end)}`, datetime: start.slice(0, 4) };
  return { label: `${formatDayShort(start)} – ${formatDayShort(end)}`, datetime: null };
}

function month(day: string): Described {
  return { label: formatMonth(day, 'short'), datetime: day.slice(0, 7) };
}

function year(day: string): Described {
  return { label: day.slice(0, 4), datetime: day.slice(0, 4) };
}

function isFirstOfMonth(day: string): boolean {
  return day.slice(8) === '01';
}

function isLastOfMonth(day: string): boolean {
  const [y, m] = day.split('-').map(Number) as [number, number];
  // Day 0 of the next month is the last day of this one.
  return Number(day.slice(8)) === new Date(Date.UTC(y, m, 0)).getUTCDate();
}
