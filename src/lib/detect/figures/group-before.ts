/**
 * A part of a group counted in the sentence before, or named where the sentence opens: "The offensive
 * killed 200 people. Among them were 10 civilians.", "This number included 10 civilians.", "Among the
 * victims were 13 children." Generic
 * English: the words that point back or name the group open the sentence.
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
  /** A figure's sentence. */
  sentenceText: (draft: Draft) => string;
  /** The words of a figure's sentence before the figure. */
  opening: (draft: Draft) => string;
}

/**
 * Openings of a sentence that point back to the group counted before it: "Among them were …", "They
 * included …", and the count itself named again: "This number included …", "The figure includes …",
 * "That toll includes …".
 */
const POINTING_BACK = /^(?:among\s+(?:them|those)\s+(?:were|are|was|is)|(?:they|those|these|(?:this|that|the)\s+(?:number|figure|total|toll|tally|count))\s+(?:also\s+)?include[ds]?)\s+(?:\w+\s+){0,2}$/i;

/** An opening that names the group: "Among the victims were …", "Among the dead servicemen are …". */
const NAMED_GROUP = /^among\s+the\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s+(?:were|are|was|is)\s+(?:\w+\s+){0,2}$/iu;

/**
 * "The offensive killed 200 people. Among them were 10 civilians.": a count of people (or of a unit
 * the group's category lists) that a sentence opening with words pointing back names as part of the
 * figure the sentence before ends with counts what that figure counts; after "Among the victims
 * were", what the unit that names the group counts. Unless its own sentence cues a category.
 */
export function partOfGroupBefore(
  draft: Draft,
  kept: readonly Draft[],
  { matcher, sentenceOf, sentenceText, opening }: GroupContext,
): Draft {
  const words = opening(draft);
  const named = NAMED_GROUP.exec(words);
  if (!named && !POINTING_BACK.test(words)) return draft;
  const sentence = sentenceText(draft);
  if (matcher.categoryByCues(withUsualWords(sentence.toLowerCase())) !== null) return draft;
  // "Among the victims were 13 children": the group is named by a unit of the topic.
  const category = named
    ? (matcher.match((named[1] ?? '').toLowerCase().split(/\s+/), sentence)?.category ?? null)
    : (kept.filter((k) => sentenceOf(k) === sentenceOf(draft) - 1 && k.category !== null).at(-1)?.category ?? null);
  const head = draft.unit?.split(/\s+/).at(-1) ?? '';
  if (category === null || category === draft.category) return draft;
  const fits = matcher.listsHead(category, head) || (isPeopleNoun(head) && countsPeople(matcher, category));
  return fits ? { ...draft, category } : draft;
}
