/**
 * "Attacks on shipping go on. There have been 24 since Nov. 19": a bare number an existential "there
 * have been" counts, with its noun left out, over a period its running total names, counts the plural
 * unit noun told last, in its sentence or the one before. Generic English; the period ("since …",
 * "so far", "to date") keeps out numbers that count nothing ("there were 3 in
 * the car").
 */
import type { UnitMatcher } from './categories.ts';
import { looksPlural } from './plural.ts';
import type { Draft } from './read-figure.ts';
import type { Token } from './types.ts';

/** The existential before the number, read backwards from it: "there have been", "there were". */
const EXISTENTIALS: readonly (readonly string[])[] = [
  ['been', 'have', 'there'], ['been', 'has', 'there'], ['been', 'had', 'there'], ['were', 'there'], ['are', 'there'],
];

/** Words right after the number that make it a running total over a period. */
const RUNNING: readonly (readonly string[])[] = [['since'], ['so', 'far'], ['to', 'date']];

/** Marks that end a sentence: the search for the noun crosses one of them at most. */
const SENTENCE_END = /^[.!?]$/;

/** The draft with the unit it leaves out, from the unit noun told last; null when the shape does not hold. */
export function thereHaveBeen(draft: Draft, tokens: readonly Token[], matcher: UnitMatcher, sentence: string): Draft | null {
  const before = (k: number) => tokens[draft.firstToken - 1 - k]?.lower;
  const existential = EXISTENTIALS.find((words) => words.every((word, k) => before(k) === word));
  if (!existential) return null;
  const after = (k: number) => tokens[draft.lastToken + 1 + k]?.lower;
  if (!RUNNING.some((words) => words.every((word, k) => after(k) === word))) return null;
  let ends = 0;
  for (let i = draft.firstToken - 1 - existential.length; i >= 0; i--) {
    const token = tokens[i];
    if (token === undefined) break;
    if (token.kind === 'punct' && SENTENCE_END.test(token.text) && ++ends > 1) break;
    if (token.kind !== 'word' || !looksPlural(token.text) || !matcher.isUnitHead(token.lower)) continue;
    const match = matcher.match([token.lower], sentence);
    return match ? { ...draft, unit: token.lower, category: match.category, noun: 'count' } : null;
  }
  return null;
}
