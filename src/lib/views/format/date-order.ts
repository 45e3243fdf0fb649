import type { ResolvedDate } from '../../model.ts';

/**
 * The day a date is filed under when sorting: its start, or its end when open at
 * the start ("by December" sorts at the end of December); null when undated.
 */
export function datePoint(date: ResolvedDate | null): string | null {
  return date ? (date.start ?? date.end) : null;
}

/** Compares `YYYY-MM-DD` strings (they sort as dates); null sorts last. */
export function compareDays(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** Compares ids so ties sort the same on every build. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The chronology section a date is filed under: its year (`2023`) when only the year is known,
 * so "last year" is not shown as January; else its month (`2024-10`). Null for no date.
 */
export function periodKey(date: ResolvedDate | null): string | null {
  const day = datePoint(date);
  if (day === null) return null;
  return date?.precision === 'year' ? day.slice(0, 4) : day.slice(0, 7);
}
