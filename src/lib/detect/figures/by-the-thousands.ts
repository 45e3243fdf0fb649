/**
 * A vague amount that tells how an act was done in numbers: "its population is fleeing by the
 * thousands", "forced to flee their homes in their tens of thousands", "refugees arrived in their
 * hundreds". Generic English: "by the" or "in their" before the amount, and no noun after it; the
 * amount counts those who did what the verb before it says, in the category that verb cues, with no
 * unit, as the text leaves it out. ("Casualties are in the thousands", where a copula gives the size
 * of its subject, is `countInTheRangeOf`'s.)
 */
import type { UnitMatcher } from './categories.ts';
import type { Draft } from './read-figure.ts';
import type { Token } from './types.ts';

/** The words before the amount: "by the thousands", "in their thousands". */
const MANNER = /^(?:by the|in their)$/;

/** How many tokens back from the amount the verb may stand: "flee their land and their homes in their tens of thousands". */
const VERB_REACH = 10;

/** Marks that end the clause the verb must stand in. */
const ENDS_CLAUSE = /^[.;:!?,]$/;

/**
 * The vague amount of `draft` as a count of those who did what the nearest word before it that cues
 * a category says ("fleeing", "flee"), in that category; null when the amount is no such manner, a
 * noun follows it ("by the thousands of tonnes"), or no cue word stands before it in its clause.
 */
export function countByTheThousands(draft: Draft, tokens: readonly Token[], matcher: UnitMatcher): Draft | null {
  const first = draft.firstToken;
  if (draft.span.kind !== 'vague' || !MANNER.test(`${tokens[first - 2]?.lower} ${tokens[first - 1]?.lower}`)) return null;
  if (tokens[draft.span.last]?.lower === 'of' || tokens[draft.span.last + 1]?.lower === 'of') return null;
  for (let k = first - 3; k >= 0 && k >= first - 2 - VERB_REACH; k--) {
    const token = tokens[k];
    if (token === undefined || ENDS_CLAUSE.test(token.text)) return null;
    if (token.kind !== 'word') continue;
    const category = matcher.categoryByCues(token.lower);
    if (category !== null) return { ...draft, unit: '', category, noun: 'count' };
  }
  return null;
}
