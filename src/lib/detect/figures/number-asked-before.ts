/**
 * "Sylvania has not confirmed the number of its soldiers killed, though Freedonia estimates around 600",
 * "a drop in the number of ships transiting the strait to 1,362": a bare number that answers "the
 * number of …" named earlier in its sentence, with nothing counted between, counts what that phrase
 * counts. Generic English. The number must be marked as an amount (a qualifier, or the "to" a change
 * ends at) and stand alone: "of" before it or a noun after it makes it the size of something else
 * ("a town of about 5,000", "about 40 of the camps").
 */
import type { UnitMatcher } from './categories.ts';
import { numberOf } from './counted-subject.ts';
import { FINITE, isVerbForm } from './predicate.ts';
import type { Draft } from './read-figure.ts';
import type { Token } from './types.ts';

/** At most this many tokens between "the number of" and the number that answers it. */
const REACH = 30;

/** At most this many words of what "the number of …" counts, up to a mark or the number. */
const COUNTED_WORDS = 10;

/** Marks that end a clause the answer may not cross backwards: a new sentence or a list of clauses. */
const CLOSES = /^[.!?;:]$/;

/** Words after the number that leave it alone, with no noun of its own: a date, a place, a source. */
const AFTER: ReadonlySet<string> = new Set(['last', 'this', 'in', 'on', 'at', 'from', 'by', 'since', 'according', 'as', 'with', 'and', 'but', 'so', 'to']);

/** The draft with the unit and category of "the number of …" before it; null when the shape does not hold. */
export function numberAskedBefore(draft: Draft, tokens: readonly Token[], matcher: UnitMatcher, sentence: string): Draft | null {
  if (draft.span.yearLike || draft.span.kind === 'vague') return null;
  const before = tokens[draft.firstToken - 1]?.lower;
  if (draft.qualifier === null && before !== 'to') return null;
  if (before === 'of' || !standsAlone(tokens[draft.lastToken + 1])) return null;
  for (let k = draft.firstToken - 1; k >= 1 && k >= draft.firstToken - REACH; k--) {
    const token = tokens[k] as Token;
    if (token.kind === 'number' || (token.kind === 'punct' && CLOSES.test(token.text))) return null;
    if (token.lower !== 'of' || tokens[k - 1]?.lower !== 'number') continue;
    const words: string[] = [];
    for (let w = k + 1; w < draft.firstToken && words.length < COUNTED_WORDS && tokens[w]?.kind === 'word'; w++) words.push(tokens[w]?.lower ?? '');
    const counted = numberOf(words, matcher, sentence);
    return counted ? { ...draft, unit: counted.unit, category: counted.category, noun: 'count' } : null;
  }
  return null;
}

/** Whether the token after a number leaves it with no noun of its own: a mark, a verb, or a word of `AFTER`. */
function standsAlone(next: Token | undefined): boolean {
  if (next === undefined || next.kind === 'punct') return true;
  return next.kind === 'word' && (AFTER.has(next.lower) || FINITE.has(next.lower) || isVerbForm(next));
}
