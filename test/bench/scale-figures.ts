import type { Random } from './random.ts';

/** The factors a copy multiplies its figures by: other parties, other estimates, same order of magnitude. */
export const FACTORS: readonly number[] = [0.5, 0.75, 1.25, 1.5, 2, 2.5, 3, 4];

/**
 * A whole number of at least 100, as news copy writes it ("3,000", "600000"), standing alone:
 * not part of a decimal, fraction, ordinal ("56th"), time ("03:09") or word.
 */
const NUMBER = /(?<![\p{L}\p{N}.,/:])(\d{1,3}(?:,\d{3})+|\d{3,})(?![\p{L}\p{N}]|[.,/:]\d)/gu;

/** Four-digit numbers in this range without a comma are read as years and kept. */
const YEARS = { from: 1900, to: 2099 };

/**
 * Returns a function that rewrites the figures of a text: each distinct value is multiplied
 * by one factor drawn from `random`, the same factor wherever that value recurs in the copy,
 * so an article that repeats "600,000 casualties" still repeats its new value. Numbers keep
 * their style (with or without thousands separators).
 */
export function createFigureScaler(random: Random): (text: string) => string {
  const scaled = new Map<number, number>();
  return (text) =>
    text.replace(NUMBER, (match) => {
      const value = Number(match.replace(/,/g, ''));
      if (!match.includes(',') && match.length === 4 && value >= YEARS.from && value <= YEARS.to) return match;
      let next = scaled.get(value);
      if (next === undefined) {
        next = Math.round(value * random.pick(FACTORS));
        scaled.set(value, next);
      }
      return match.includes(',') ? next.toLocaleString('en-US') : String(next);
    });
}
