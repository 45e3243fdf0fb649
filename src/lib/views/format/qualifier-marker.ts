/**
 * How a qualifier bounds its number, for the chart's point markers:
 * `min` the true number is at least this ("at least", "more than", "over", a vague
 * quantity such as "thousands" whose value is its floor, the low end of a range);
 * `max` at most this ("up to", "fewer than", "under", "as many as");
 * `approx` near it ("around", "about", "some", "nearly", "an estimated");
 * `exact` stated plainly ("a total of", no qualifier, anything not listed).
 */
export type QualifierMarker = 'min' | 'max' | 'approx' | 'exact';

/** Vague quantities, whose stored value is their floor: "thousands", "tens of thousands". */
const VAGUE = /^(?:(?:tens|hundreds) of )?(?:dozens|scores|hundreds|thousands|millions|billions)$|^tens$/;

// Generic English, checked in this order: the `max` words first, so "no more than" and
// "as many as" are upper bounds although they contain "more than" and "many";
// "possibly up to" is `max` through "up to".
// "no fewer than", "not less than" are lower bounds although they contain "fewer than", so they come first.
const RULES: readonly [RegExp, QualifierMarker][] = [
  [/\b(?:no|not) (?:fewer|less) than\b/, 'min'],
  [/\b(?:up to|at most|fewer than|less than|no more than|not more than|under|just under|as many as)\b/, 'max'],
  [/\b(?:at least|more than|over|upwards of|in excess of|as few as|between)\b/, 'min'],
  [VAGUE, 'min'],
  [/\b(?:several|many|a few|a couple of)\b/, 'min'],
  [/\b(?:around|about|some|approximately|roughly|nearly|almost|close to|an estimated|estimated)\b/, 'approx'],
];

/** The marker for a figure's qualifier (lowercased in the model); `exact` when there is none. */
export function qualifierMarker(qualifier: string | null): QualifierMarker {
  if (qualifier === null) return 'exact';
  const words = qualifier.toLowerCase();
  return RULES.find(([pattern]) => pattern.test(words))?.[1] ?? 'exact';
}

/** A vague quantity ("thousands", "tens of thousands") says the number itself; its floor is not shown. */
export function isVagueQuantity(qualifier: string | null): boolean {
  return qualifier !== null && VAGUE.test(qualifier.toLowerCase());
}
