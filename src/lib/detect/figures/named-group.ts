/**
 * People counted as members of a group the same clause names by a unit of the topic: "a crew of 21
 * Freedonians", "Nine Freedonians were among the crew", "the crew included two Sylvanians", "the
 * crew of the tanker consisted of 22 Freedonians", "there were 22 Freedonians on the ship's crew",
 * "the victims included 13 children". Generic English: the group's noun says what the count is part of.
 */
import type { UnitMatcher } from './categories.ts';
import { isDemonymOfOne, isPeopleNoun, isPeopleOfNoRole, isPeopleUnit } from './people.ts';
import { FINITE, countsPeople, predicateAfter, withUsualWords } from './predicate.ts';
import type { Draft } from './read-figure.ts';
import type { Token } from './types.ts';

/** Marks after a group that open the list of its members: "its crew of 23 – 22 Freedonians and one Sylvanian". */
const OPENS_MEMBERS = /^[–—:(]$/;

/** Verbs by which a group names its members: "the crew included two Sylvanians", "consisted of", "a crew of 20, comprising …". */
const INCLUDES = /^(?:included|includes|include|comprised|comprises|comprise|comprising|consisted|consists|consist|consisting|composed)$/;

/** At most this many words of an "of" phrase after a group's noun: "the crew of the merchant vessel". */
const OF_PHRASE_WORDS = 4;

/**
 * The last token of the group whose members the verb at `verb` lists: the token right before it, or
 * before the comma and relative pronoun that open the list as an aside ("a crew of 20, comprising …",
 * "its crew, who included …"), and before the place the group is in ("the 20 crew on board, who …").
 */
function groupEnd(tokens: readonly Token[], verb: number): number {
  let k = verb - 1;
  if (/^(?:who|which)$/.test(tokens[k]?.lower ?? '')) k -= 1;
  if (tokens[k]?.text === ',') k -= 1;
  if (tokens[k]?.lower === 'aboard') k -= 1;
  else if (tokens[k]?.lower === 'board' && tokens[k - 1]?.lower === 'on') k -= 2;
  return k;
}

/** At most this many tokens back from a group's end to the "and" that joins it to a group before: "the 20 crew and three guards". */
const JOINED_GROUP_REACH = 4;

/**
 * The unit of the group named before the verb at `verb` (`groupEnd`): the noun there, or the noun an
 * "of" phrase follows ("The crew of the tanker included …"), whose category is then the group's, or
 * the unit of a group joined to it by "and" ("the 20 crew and three armed guards, who included …").
 */
function subjectCategory(tokens: readonly Token[], verb: number, matcher: UnitMatcher, sentence: string): string | null {
  const end = groupEnd(tokens, verb);
  for (let k = end - 1; k >= 1 && k >= end - OF_PHRASE_WORDS; k--) {
    if (tokens[k]?.kind !== 'word') break;
    if (tokens[k]?.lower !== 'of') continue;
    const group = unitCategory(tokens, k - 1, matcher, sentence);
    if (group !== null) return group;
    break;
  }
  const group = unitCategory(tokens, end, matcher, sentence);
  if (group !== null || end === verb - 1) return group;
  for (let k = end - 1; k >= 1 && k >= end - JOINED_GROUP_REACH && tokens[k]?.kind !== 'punct'; k--) {
    if (tokens[k]?.lower === 'and') return unitCategory(tokens, k - 1, matcher, sentence);
  }
  return null;
}

/** Prepositions after which a group's noun names what people counted before them are part of: "on the ship's crew". */
const MEMBER_OF = /^(?:on|in|among|amongst|aboard)$/;

/** At most this many tokens from the end of a count to the group it is part of: "and 22 Freedonians on the ship's crew". */
const GROUP_AFTER_REACH = 9;

/** At most this many tokens between "there were" and a count of the list it opens: "There were one Sylvanian and 22 …". */
const EXISTENTIAL_REACH = 7;

/** Whether the count is one of what "there were" (is, are, was) opens, with no punctuation between. */
function existentialBefore(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= 1 && k >= first - EXISTENTIAL_REACH; k--) {
    if (tokens[k]?.kind === 'punct') return false;
    if (/^(?:were|are|was|is)$/.test(tokens[k]?.lower ?? '') && tokens[k - 1]?.lower === 'there') return true;
  }
  return false;
}

/**
 * "There were one Sylvanian and 22 Freedonians on the ship's crew": in a clause that only says they
 * are there, the group after the count (or the list it opens), named by a unit of a category of people
 * after "on", "in" or "among"; null when no such group closes the list. What befalls them ("two
 * Freedonians in the crew were hurt") is read from their predicate instead.
 */
function groupAfter(draft: Draft, tokens: readonly Token[], matcher: UnitMatcher, sentence: string): string | null {
  if (!existentialBefore(tokens, draft.firstToken)) return null;
  for (let k = draft.lastToken + 1; k < tokens.length && k <= draft.lastToken + GROUP_AFTER_REACH; k++) {
    const token = tokens[k] as Token;
    if (token.kind === 'punct') return null;
    if (!MEMBER_OF.test(token.lower)) continue;
    for (let n = k + 1; n < tokens.length && n <= k + 4 && tokens[n]?.kind === 'word'; n++) {
      if (!matcher.isUnitHead(tokens[n]?.lower ?? '') || /['’]s$/.test(tokens[n]?.text ?? '')) continue;
      const group = unitCategory(tokens, n, matcher, sentence);
      return group !== null && countsPeople(matcher, group) ? group : null;
    }
    return null;
  }
  return null;
}

/**
 * The category of the unit noun at `at`, or of the unit a group's size there is "of" ("crew of 25"),
 * or null when the words there name no unit of the topic.
 */
function unitCategory(tokens: readonly Token[], at: number, matcher: UnitMatcher, sentence: string): string | null {
  const sized = tokens[at]?.kind === 'number' && tokens[at - 1]?.lower === 'of';
  const head = sized ? at - 2 : at;
  const noun = tokens[head];
  if (noun?.kind !== 'word' || !matcher.isUnitHead(noun.lower)) return null;
  // "25 crew members (17 Freedonians …)": a unit of several words ends at the noun.
  let first = head;
  while (first > head - 2 && tokens[first - 1]?.kind === 'word') first -= 1;
  return matcher.match(tokens.slice(first, head + 1).map((t) => t.lower), sentence)?.category ?? null;
}

/** Whether a comma a few words after `last` closes an appositive before the clause's auxiliary. */
function closesAppositive(tokens: readonly Token[], last: number): boolean {
  for (let i = last + 1; i < tokens.length && i <= last + 6; i++) {
    if (tokens[i]?.text === ',') return FINITE.has(tokens[i + 1]?.lower ?? '');
    if (tokens[i]?.kind === 'punct') return false;
  }
  return false;
}

/**
 * "The entire population, over 100,000 people, has fled": the verb after members set off as an aside
 * tells what happened to the group and its members alike, and decides over what the group was: the
 * category its cues name, when that category lists the count's noun (or counts people, for a noun no
 * category lists). Null when the verb names none.
 */
function toldOfGroup(draft: Draft, tokens: readonly Token[], matcher: UnitMatcher): string | null {
  const predicate = predicateAfter(tokens, draft.lastToken);
  const told = predicate === null ? null : matcher.categoryByCues(withUsualWords(predicate));
  if (told === null) return null;
  const head = draft.unit?.split(/\s+/).at(-1) ?? '';
  return matcher.listsHead(told, head) || (draft.category === null && countsPeople(matcher, told)) ? told : null;
}

/** How many tokens the words that put people aboard take right after their noun ("aboard", "onboard", "on board"); 0 when none. */
function aboardAt(tokens: readonly Token[], at: number): number {
  if (/^(?:aboard|onboard)$/.test(tokens[at]?.lower ?? '')) return 1;
  return tokens[at]?.lower === 'on' && tokens[at + 1]?.lower === 'board' ? 2 : 0;
}

/** Words by which a vessel or vehicle holds people: "a tanker carrying 25 Freedonians", "a ship with 22 Sylvanians". */
const CARRYING = /^(?:carrying|with)$/;

/** At most this many tokens between a carrier's noun and "carrying" or "with": "a tanker named Marsh Star, with …". */
const CARRIER_REACH = 5;

/**
 * Whether the count starting at `first` follows "carrying" or "with" after the noun of a thing the topic
 * counts, past its name and a comma ("a tanker named Marsh Star, with 22 Sylvanians"): the people a
 * vessel or vehicle holds. Not after a noun for people, nor past a number or other punctuation.
 */
function carriedBy(tokens: readonly Token[], first: number, matcher: UnitMatcher): boolean {
  if (!CARRYING.test(tokens[first - 1]?.lower ?? '')) return false;
  for (let k = first - 2; k >= 0 && k >= first - 1 - CARRIER_REACH; k--) {
    const token = tokens[k] as Token;
    if (token.kind === 'number' || (token.kind === 'punct' && token.text !== ',')) return false;
    if (token.kind === 'word' && matcher.isUnitHead(token.lower)) return !isPeopleUnit(token.lower);
  }
  return false;
}

/**
 * "An oil tanker carrying 25 Freedonians on board", "With 22 Sylvanians onboard", "There are two
 * Tarinos on board the ship", "a tanker carrying 25 Freedonians was hit": people of no role (by nation,
 * "nationals", "people") that no category lists, said right after their noun to be aboard, or held by a vessel or vehicle (`carriedBy`), are
 * the people of the category the topic cues by being aboard (a ship's crew, for a topic of shipping),
 * unless their own predicate, after those words, tells what befell them ("two Freedonians on board
 * were killed"). Null when neither is said, or the topic cues no category of people so.
 */
function peopleAboard(draft: Draft, tokens: readonly Token[], matcher: UnitMatcher): string | null {
  const head = draft.unit?.split(/\s+/).at(-1) ?? '';
  // People with a role of their own ("three armed guards on board") are no crew for being aboard.
  if (draft.category !== null || !(isPeopleOfNoRole(head) || isDemonymOfOne(head) || /^nationals?$/i.test(head))) return null;
  const aboard = aboardAt(tokens, draft.lastToken + 1);
  if (aboard === 0 && !carriedBy(tokens, draft.firstToken, matcher)) return null;
  const predicate = predicateAfter(tokens, draft.lastToken + aboard);
  const told = predicate === null ? null : matcher.categoryByCues(withUsualWords(predicate), (id) => countsPeople(matcher, id));
  return told ?? matcher.categoryByCues('aboard on board', (id) => countsPeople(matcher, id));
}

/**
 * The category a count of people takes from the group its clause names them part of: for a noun no
 * category lists, that group's category; for a noun several list, the group's when it lists the noun
 * too. Null when no group is named, or when the group does not list a listed noun.
 */
export function namedGroupCategory(draft: Draft, tokens: readonly Token[], matcher: UnitMatcher, sentence: string): string | null {
  const head = draft.unit?.split(/\s+/).at(-1) ?? '';
  if (draft.noun !== 'count' || !isPeopleNoun(head)) return null;
  const group = groupCategory(draft, tokens, matcher, sentence) ?? peopleAboard(draft, tokens, matcher);
  if (draft.category === null || group === null) return group;
  // A noun several categories list ("children" fled or died, "sailors" crewed or died) is filed by
  // the topic's order; the group names which: "the victims included 13 children", "a crew of 25 sailors".
  // People by no role ("the crew included one person from Sylvania") are whatever their group is.
  return matcher.listsHead(group, head) || isPeopleOfNoRole(head) || /^(?:person|individual)$/i.test(head) ? group : null;
}

/**
 * The category of the group a count of people belongs to: the unit
 * right before "of" ("a crew of 21 Freedonians"), after "among the" next to the count's verb "to be"
 * ("Nine Freedonians were among the crew", "… among the 25 crew", "Among the crew were 17 Freedonians"), before ",
 * including" ("a crew of 25, including 17 Freedonians"), before "included" ("the crew included two
 * Sylvanians and three Freedonians", the second count after "and" too) or before a dash, colon or
 * parenthesis ("a crew of 23 – 22 Freedonians and one Sylvanian"); the group of the subject before a
 * verb of membership, past its own "of" phrase ("the crew of the tanker consisted of 22 Freedonians"),
 * or after a list that "there were" opens (`groupAfter`). Null when there is none.
 */
function groupCategory(draft: Draft, tokens: readonly Token[], matcher: UnitMatcher, sentence: string): string | null {
  const first = draft.firstToken;
  // "The crew consisted of 22 Freedonians": the group before the verb whose "of" opens the members.
  if (tokens[first - 1]?.lower === 'of' && INCLUDES.test(tokens[first - 2]?.lower ?? '')) return subjectCategory(tokens, first - 2, matcher, sentence);
  if (tokens[first - 1]?.lower === 'of') return unitCategory(tokens, first - 2, matcher, sentence);
  // "a crew of 25, including 17 Freedonians": the group's size with what it is of, before the comma.
  if (tokens[first - 1]?.lower === 'including' && tokens[first - 2]?.text === ',') return unitCategory(tokens, first - 3, matcher, sentence);
  if (/^(?:were|are|was|is)$/.test(tokens[draft.lastToken + 1]?.lower ?? '') && /^(?:among|amongst)$/.test(tokens[draft.lastToken + 2]?.lower ?? '')) {
    let noun = draft.lastToken + 3;
    if (tokens[noun]?.lower === 'the') noun += 1;
    // Past the group's own size: "Nine Freedonians were among the 25 crew members", as "Among the 25 crew were …" below.
    if (tokens[noun]?.kind === 'number') noun += 1;
    return unitCategory(tokens, noun, matcher, sentence);
  }
  // "Among the crew were 17 Freedonians": the group opens the clause.
  if (/^(?:were|are|was|is)$/.test(tokens[first - 1]?.lower ?? '')) {
    const noun = first - 2;
    // Past "the" and the group's own size: "Among the 25 crew were …".
    let among = noun - 1;
    if (tokens[among]?.kind === 'number') among -= 1;
    if (tokens[among]?.lower === 'the') among -= 1;
    if (/^(?:among|amongst)$/.test(tokens[among]?.lower ?? '')) return unitCategory(tokens, noun, matcher, sentence);
  }
  // "included two Sylvanians and three Freedonians", "a crew of 23 – 22 Freedonians and one Sylvanian –":
  // the verb or the dash may stand a few words back, past the first count.
  for (let k = first - 1; k >= 1 && k >= first - 6; k--) {
    const token = tokens[k] as Token;
    if (OPENS_MEMBERS.test(token.text)) {
      // "The entire population — over 100,000 people — has fled": an aside closed by the dash that opened it.
      const closed = tokens[draft.lastToken + 1]?.text === token.text && token.text !== '(' && token.text !== ':';
      return (closed ? toldOfGroup(draft, tokens, matcher) : null) ?? unitCategory(tokens, k - 1, matcher, sentence);
    }
    // "Its crew, 17 Freedonians and eight Sylvanians, were taken hostage": members in an appositive.
    if (token.text === ',' && k === first - 1 && closesAppositive(tokens, draft.lastToken)) {
      const group = unitCategory(tokens, k - 1, matcher, sentence);
      return toldOfGroup(draft, tokens, matcher) ?? (group !== null && countsPeople(matcher, group) ? group : null);
    }
    if (token.kind === 'punct') break;
    if (INCLUDES.test(token.lower)) return subjectCategory(tokens, k, matcher, sentence);
  }
  return groupAfter(draft, tokens, matcher, sentence);
}
