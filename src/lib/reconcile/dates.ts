import type { ResolvedDate } from '../model.ts';
import type { Match } from './cluster.ts';

/** True when `a` and `b` resolve to the very same range. */
export function sameRange(a: ResolvedDate, b: ResolvedDate): boolean {
  return a.start === b.start && a.end === b.end;
}

/** True when `date` is a closed range wider than a day told as such ("earlier this month", "in March"). */
function vagueAndClosed(date: ResolvedDate): date is ResolvedDate & { start: string; end: string } {
  return date.precision !== 'day' && date.start !== null && date.end !== null;
}

/**
 * Two dates agree when they resolve to the same range, or when the same words, naming no day, resolve
 * to ranges one of which holds the other. Why: a relative date resolves against its article's day, so
 * "earlier this month" in a report and in its reprint three days later are 1–19 and 1–22 October, one
 * time told twice. Other words stay apart: "on 8 October" and "earlier this month" may tell two
 * happenings, and "in 2020" and "the fall of 2020" merged would show one article's range for both.
 * A missing date neither agrees nor disagrees.
 */
export function compareDates(a: ResolvedDate | null, b: ResolvedDate | null): Match {
  if (!a || !b || sameRange(a, b)) return 'same';
  if (!vagueAndClosed(a) || !vagueAndClosed(b) || a.text.toLowerCase() !== b.text.toLowerCase()) return 'different';
  const holds = (outer: typeof a, inner: typeof a) => outer.start <= inner.start && inner.end <= outer.end;
  return holds(a, b) || holds(b, a) ? 'same' : 'different';
}

/**
 * Keys under which two dates that agree (`compareDates`) meet at least once: every date's range, and
 * each year a vague closed range touches (of two ranges one of which holds the other, both touch the
 * inner one's years).
 */
export function dateKeys(date: ResolvedDate): string[] {
  const keys = [JSON.stringify([date.start, date.end])];
  if (!vagueAndClosed(date)) return keys;
  for (let year = Number(date.start.slice(0, 4)); year <= Number(date.end.slice(0, 4)); year++) keys.push(`vague ${year}`);
  return keys;
}

/** The more precise of two dates for the same thing (day beats week beats month…). */
export function preciser(a: ResolvedDate | null, b: ResolvedDate | null): ResolvedDate | null {
  if (!a) return b;
  if (!b) return a;
  const rank = { day: 0, week: 1, range: 2, month: 3, year: 4 } as const;
  return rank[b.precision] < rank[a.precision] ? b : a;
}
