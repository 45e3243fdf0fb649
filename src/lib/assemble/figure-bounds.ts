/**
 * What a figure's words imply about the count, without inventing a value: "at least 3,000" is
 * {min: 3000}, "up to 12,000" {max: 12000}, "thousands" {min: 1000, max: 9999} (the least the word
 * can mean, as the detector reads it), "around 3,000" says nothing firm either way. Generic English.
 */

export interface Bounds {
  min: number | null;
  max: number | null;
}

const LOWER = new Set(['at least', 'no fewer than', 'not fewer than', 'no less than', 'not less than', 'more than', 'over', 'upwards of', 'well over', 'just over', 'above', 'well above', 'just above', 'in excess of', 'a further', 'an additional', 'another', '+', 'plus']);
const UPPER = new Set(['no more than', 'not more than', 'up to', 'possibly up to', 'perhaps up to', 'as many as', 'at most', 'fewer than', 'less than', 'under', 'just under', 'below', 'just below', 'well below', 'nearly', 'almost', 'close to']);
const APPROXIMATE = new Set(['about', 'around', 'approximately', 'roughly', 'some', 'estimated', 'an estimated', 'as few as', 'odd']);

/** Vague quantities by their words: the least they can mean, and the most when a larger word exists. */
const VAGUE: Record<string, Bounds> = {
  tens: { min: 10, max: 99 },
  dozens: { min: 12, max: null },
  scores: { min: 20, max: null },
  hundreds: { min: 100, max: 999 },
  thousands: { min: 1_000, max: 9_999 },
  'tens of thousands': { min: 10_000, max: 99_999 },
  'hundreds of thousands': { min: 100_000, max: 999_999 },
  millions: { min: 1_000_000, max: 9_999_999 },
  'tens of millions': { min: 10_000_000, max: 99_999_999 },
  'hundreds of millions': { min: 100_000_000, max: 999_999_999 },
  billions: { min: 1_000_000_000, max: null },
};

/**
 * `value` is the number as written, or the floor the detector gives a vague quantity, whose words are
 * in `vague`; `upper` ends a range ("10,000 to 12,000").
 */
export function figureBounds(value: number, qualifier: string | null, vague: string | null, upper?: number): Bounds {
  if (vague !== null) return VAGUE[vague] ?? { min: value, max: null };
  if (upper !== undefined) return { min: value, max: upper };
  if (qualifier === null || qualifier === 'a total of' || qualifier === 'in total' || qualifier === 'in all') return { min: value, max: value };
  if (LOWER.has(qualifier)) return { min: value, max: null };
  if (UPPER.has(qualifier)) return { min: null, max: value };
  if (APPROXIMATE.has(qualifier)) return { min: null, max: null };
  return { min: null, max: null };
}
