/**
 * "Berg met two soldiers who are not on the list of prisoners to be exchanged", "after the pledge to
 * captured Sylvanian troops, Berg told of his meeting with two soldiers": soldiers a sentence tells of
 * as captives, with nothing in it of their being sent or stationed, are the captives it tells of. A
 * noun of soldiers alone would file them as a force sent, which the sentence contradicts. Generic
 * English: a word of captivity in the sentence, and no cue of the count's own category.
 */
import type { UnitMatcher } from './categories.ts';
import { RELATIVE_PRONOUNS } from './noun-phrase.ts';
import { isPeopleNoun } from './people.ts';
import { lossesCategory } from './usual-units.ts';
import type { Draft } from './read-figure.ts';
import type { Token } from './types.ts';

/** Words that tell of people held by the other side: "captured", "prisoners of war", "in captivity", "POWs". */
const CAPTIVITY = /\b(?:captured|captives?|captivity|prisoners?|pows?)\b/iu;

/** A word of captivity in another count's own words ("the two captured soldiers met 30 officers"): it tells of that count only. */
const CAPTIVES_COUNTED = /\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\s+(?:[\p{L}-]+\s+)?(?:captured|captives?|prisoners?|pows?)\b/giu;

/** "A boat with 22 sailors was captured": a passive predicate tells of its own subject, which the count may be no part of. */
const CAPTURED_AS_PREDICATE = /\b(?:was|were|been|be|is|are)\s+(?:\p{Ll}+ly\s+)?captured\b/gu;

/** Words right after a count that make it the whole a part is counted from, or a part: "two of whom", "300, of which". */
const OPENS_A_PART: ReadonlySet<string> = new Set(['of', 'among']);

/** Words that open an object after a verb: "guarded the prisoners", "freed their comrades". */
const OBJECT_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'their', 'its', 'his', 'her', 'our', 'these', 'those', 'some', 'many']);


/**
 * The topic's category of losses, when the count is of people (`isPeopleNoun`), the sentence tells of
 * captives (`CAPTIVITY`), the topic counts the captured among its losses (its cues list "captured"),
 * and nothing in the sentence cues the category the count's noun gave it ("sent", "deployed"). Null
 * otherwise, and for a count with a verb of its own that tells no captivity ("two soldiers guarded
 * the prisoners"), or one a part is counted from ("of the 300 soldiers, two were captured").
 */
export function captivesOfTheSentence(draft: Draft, tokens: readonly Token[], matcher: UnitMatcher, sentence: string, predicate: string | null, whole: boolean): string | null {
  const head = draft.unit?.split(/\s+/).at(-1) ?? '';
  const losses = lossesCategory(matcher);
  if (draft.category === null || losses === null || draft.category === losses || !isPeopleNoun(head)) return null;
  if (!CAPTIVITY.test(sentence.replace(CAPTIVES_COUNTED, '').replace(CAPTURED_AS_PREDICATE, '')) || !matcher.isCuedBy(losses, 'captured') || matcher.isCuedBy(draft.category, sentence)) return null;
  // "Of the 300 soldiers, two were captured", "two of whom": a whole or a part, whose own clause decides.
  const before = tokens.slice(Math.max(0, draft.firstToken - 3), draft.firstToken).map((t) => t.lower);
  if (whole || before.some((word) => OPENS_A_PART.has(word)) || OPENS_A_PART.has(tokens[draft.lastToken + 1]?.lower ?? '')) return null;
  // "The 500 soldiers who captured the town", "two soldiers guarded the prisoners": a clause or verb of their own.
  const next = tokens[draft.lastToken + 1];
  // "two soldiers named Lind and Ober" is a participle that describes them; a verb with its object is what they did.
  const verbWithObject = next?.kind === 'word' && /^\p{Ll}+(?:ed|s)$/u.test(next.text) && !/ss$/.test(next.lower) && (OBJECT_OPENERS.has(tokens[draft.lastToken + 2]?.lower ?? '') || tokens[draft.lastToken + 2]?.kind === 'number');
  // A relative clause describes the count: the predicate rules read it.
  if (RELATIVE_PRONOUNS.has(next?.lower ?? '') || verbWithObject) return null;
  if (predicate !== null && !CAPTIVITY.test(predicate) && !/^(?:were|are|was|is|had|have|has)\b/.test(predicate)) return null;
  return losses;
}
