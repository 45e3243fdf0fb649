import { numberLabel } from './number-label.ts';
import { isVagueQuantity } from './qualifier-marker.ts';

/**
 * A figure's value with its qualifier, as a reader should see a claim:
 * "around 12,000", "12,000", and "thousands" for a vague quantity (whose stored
 * value is only its floor, so showing "1,000" would say more than the text did).
 */
export function claimLabel(value: number | null, qualifier: string | null): string {
  // A vague amount has no value: its words are the claim.
  if (value === null) return qualifier ?? 'an unstated number';
  if (qualifier === null) return numberLabel(value);
  if (isVagueQuantity(qualifier)) return qualifier;
  return `${qualifier} ${numberLabel(value)}`;
}

/** The claim with its unit as written: "around 12,000 boats", "thousands of boats". */
export function claimWithUnit(value: number | null, qualifier: string | null, unit: string): string {
  const claim = claimLabel(value, qualifier);
  return value === null || isVagueQuantity(qualifier) ? `${claim} of ${unit}` : `${claim} ${unit}`;
}
