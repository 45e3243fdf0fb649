/**
 * A part of a group counted in the sentence before: "The offensive killed 200 people. Among them were
 * 10 civilians." Generic English: the words that point back open the sentence.
 */
import type { UnitMatcher } from './categories.ts';
import { isPeopleNoun } from './people.ts';
import { countsPeople, withUsualWords } from './predicate.ts';
import type { Draft } from './read-figure.ts';

/** What `partOfGroupBefore` reads besides the figures. */
export interface GroupContext {
  matcher: UnitMatcher;
  /** The index of a figure's sentence in its text. */
  sentenceOf: (draft: Draft) => number;
  /** The figure's sentence. */
  sentence: string;
  /** The words of the sentence before the figure. */
  opening: string;
}

/** Openings of a sentence that point back to the group counted before it: "Among them were …", "They included …". */
const POINTING_BACK = /^(?:among\s+(?:them|those)\s+(?:were|are|was|is)|(?:they|those|these)\s+include[ds]?)\s+(?:\w+\s+){0,2}$/;

/**
 * "The offensive killed 200 people. Among them were 10 civilians.": a count of people (or of a unit
 * the group's category lists) that a sentence opening with words pointing back names as part of the
 * figure the sentence before ends with counts what that figure counts, unless its own sentence cues a
 * category.
 */
export function partOfGroupBefore(
  draft: Draft,
  kept: readonly Draft[],
  { matcher, sentenceOf, sentence, opening }: GroupContext,
): Draft {
  if (!POINTING_BACK.test(opening.toLowerCase()) || matcher.categoryByCues(withUsualWords(sentence.toLowerCase())) !== null) return draft;
  const group = kept.filter((k) => sentenceOf(k) === sentenceOf(draft) - 1 && k.category !== null).at(-1);
  const head = draft.unit?.split(/\s+/).at(-1) ?? '';
  if (!group?.category || group.category === draft.category) return draft;
  const fits = matcher.listsHead(group.category, head) || (isPeopleNoun(head) && countsPeople(matcher, group.category));
  return fits ? { ...draft, category: group.category } : draft;
}
