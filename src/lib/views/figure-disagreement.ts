import type { FigureRow } from './figure-row.ts';
import type { FigureSeries, SeriesId } from './figure-series.ts';

/*
 * When claims really disagree. Two claims disagree only when they are alike — the same category
 * (one section), the same stage (one series, see figure-series.ts) and the same period — come
 * from different claimants, and cannot both be true: the ranges their words imply do not meet
 * ("1,500" and "at least 3,000" do not; "around 12,000" and "up to 12,000" do). Claims of
 * different days are a change over time, not a disagreement; vague amounts ("thousands") are
 * never set against a number.
 */

/** How far "around", "about", "some" may reach either side of their number when claims are compared. */
export const APPROXIMATE = 0.1;

/** One side of a disagreement. */
export interface DisagreeingClaim {
  id: string;
  href: string;
  claimant: string;
  /** "at least 3,000", with the unit when the series' claims use several units. */
  claim: string;
}

/** Claims of one series and one period that cannot all be true. */
export interface Disagreement {
  series: SeriesId;
  /** "Reported so far". */
  seriesLabel: string;
  /** "week of 14 Oct 2024", "reported 23 Oct 2024": the period the claims refer to. */
  when: string;
  /** Every claim of that series and period, one per claimant and number, in table order. */
  claims: DisagreeingClaim[];
  /** "Reported so far, week of 14 Oct 2024: Freedonia's State Bureau says 1,500; Sylvanian Defence Ministry says at least 3,000." */
  sentence: string;
}

/** The range a claim's words allow: "at least 3,000" is [3000, ∞), "around 12,000" [10800, 13200]. */
export function claimRange(row: Pick<FigureRow, 'value' | 'bounds'>): [number, number] | null {
  if (row.value === null) return null;
  const { min, max } = row.bounds;
  if (min === null && max === null) return [row.value * (1 - APPROXIMATE), row.value * (1 + APPROXIMATE)];
  return [min ?? 0, max ?? Infinity];
}

/** True when two claims cannot both be true: their ranges do not meet. */
export function incompatible(a: Pick<FigureRow, 'value' | 'bounds'>, b: Pick<FigureRow, 'value' | 'bounds'>): boolean {
  const x = claimRange(a);
  const y = claimRange(b);
  return x !== null && y !== null && (x[1] < y[0] || y[1] < x[0]);
}

/** The disagreements among a category's series, series by series, periods in table order. */
export function disagreements(series: readonly FigureSeries[]): Disagreement[] {
  return series.flatMap((one) => {
    const withUnits = new Set(one.rows.map((row) => row.unit.toLowerCase())).size > 1;
    const periods = new Map<string, FigureRow[]>();
    for (const row of one.rows) {
      if (row.value === null || row.period === null) continue;
      const list = periods.get(row.period) ?? [];
      periods.set(row.period, list);
      list.push(row);
    }
    return [...periods.values()].flatMap((rows) => {
      const clash = rows.some((a) => rows.some((b) => a.claimantKey !== b.claimantKey && incompatible(a, b)));
      if (!clash) return [];
      const claims = unique(rows.map((row) => ({ id: row.id, href: row.href, claimant: row.claimant, claim: withUnits ? row.claimWithUnit : row.claim })));
      const when = rows[0]?.when ?? '';
      const says = claims.map((claim) => `${claim.claimant} says ${claim.claim}`).join('; ');
      return [{ series: one.id, seriesLabel: one.label, when, claims, sentence: `${one.label}, ${when}: ${says}.` }];
    });
  });
}

/** One claim per claimant and number: the same figure cited twice is said once. */
function unique(claims: DisagreeingClaim[]): DisagreeingClaim[] {
  const seen = new Set<string>();
  return claims.filter((claim) => {
    const key = `${claim.claimant}|${claim.claim}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
