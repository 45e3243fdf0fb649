import type { FigureRow } from './figure-row.ts';
import { numberLabel } from './format/number-label.ts';

/** One end of a category's spread of claims. */
export interface SpreadEnd {
  id: string;
  href: string;
  value: number;
  /** "around 12,000". */
  claim: string;
  /** The claim as the spread sentence words it: `claim`, with the unit when the category's claims use several units. */
  phrase: string;
  claimant: string;
  when: string | null;
}

/** How far the comparable claims (one category, one stage: see figure-series.ts) lie apart. */
export interface FigureSpread {
  min: number;
  max: number;
  minClaim: SpreadEnd;
  maxClaim: SpreadEnd;
  /** One sentence for readers, made from the data alone. */
  sentence: string;
}

/**
 * The lowest and highest claim among `rows` (in table order; on a tie the first
 * row wins) and a sentence stating them. A range is not a disagreement: the rows
 * may refer to different days (see figure-disagreement.ts). Units are not compared:
 * the topic data puts in one category the units it counts as one thing. When the claims use more than one unit
 * ("boats", "vessels"), the sentence names each end's unit, so a reader sees what
 * is being compared. Null when there are no rows.
 */
export function figureSpread(allRows: readonly FigureRow[]): FigureSpread | null {
  // Vague amounts ("thousands") have no value to compare: they are in the table, not in the spread.
  const rows = allRows.filter((row): row is FigureRow & { value: number } => row.value !== null);
  const [first, ...rest] = rows;
  if (!first) return null;
  let low = first;
  let high = first;
  for (const row of rest) {
    if (row.value < low.value) low = row;
    if (row.value > high.value) high = row;
  }
  const withUnits = new Set(rows.map((row) => row.unit.toLowerCase())).size > 1;
  const minClaim = end(low, withUnits);
  const maxClaim = end(high, withUnits);
  const claims = rows.map((row) => end(row, withUnits));
  return {
    min: low.value,
    max: high.value,
    minClaim,
    maxClaim,
    sentence: sentence(claims, minClaim, maxClaim),
  };
}

function sentence(claims: readonly SpreadEnd[], low: SpreadEnd, high: SpreadEnd): string {
  const count = claims.length;
  if (count === 1) return `One claim: ${low.phrase} (${attribution(low)}).`;
  if (low.value === high.value) {
    // One number, but worded differently ("around 12,000", "possibly up to 12,000"): each wording is said.
    if (new Set(claims.map((claim) => claim.phrase)).size > 1) return `Claims give ${claims.map((claim) => `${claim.phrase} (${attribution(claim)})`).join('; ')}.`;
    return `${count === 2 ? 'Both' : `All ${count}`} claims give ${numberLabel(low.value)}.`;
  }
  return `Claims range from ${low.phrase} (${attribution(low)}) to ${high.phrase} (${attribution(high)}).`;
}

/** Who claims it and when: "Ministry of Defence, week of 14 Oct 2024". */
export function attribution(claim: Pick<FigureRow, 'claimant' | 'when'>): string {
  return claim.when ? `${claim.claimant}, ${claim.when}` : claim.claimant;
}

function end(row: FigureRow & { value: number }, withUnit: boolean): SpreadEnd {
  const phrase = withUnit ? row.claimWithUnit : row.claim;
  return { id: row.id, href: row.href, value: row.value, claim: row.claim, phrase, claimant: row.claimant, when: row.when };
}
