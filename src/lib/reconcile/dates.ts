import type { ResolvedDate } from '../model.ts';
import type { Match } from './cluster.ts';

/** Two dates agree when they resolve to the same range; a missing date neither agrees nor disagrees. */
export function compareDates(a: ResolvedDate | null, b: ResolvedDate | null): Match {
  if (!a || !b) return 'same';
  return a.start === b.start && a.end === b.end ? 'same' : 'different';
}

/** The more precise of two dates for the same thing (day beats week beats month…). */
export function preciser(a: ResolvedDate | null, b: ResolvedDate | null): ResolvedDate | null {
  if (!a) return b;
  if (!b) return a;
  const rank = { day: 0, week: 1, range: 2, month: 3, year: 4 } as const;
  return rank[b.precision] < rank[a.precision] ? b : a;
}
