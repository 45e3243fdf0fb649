/**
 * Detect figures: numbers with a qualifier, a unit noun and a figure category,
 * each with its verbatim span. The stages run in this order:
 *
 * 1. tokenize — words, digits and punctuation with offsets;
 * 2. scanNumbers — digits, number words and vague quantities ("thousands of");
 * 3. notACount — drop codes, ordinals, dates, clock times, labels, phone numbers
 *    (they are ruled out by what touches them, before any reading);
 * 4. readFigure — qualifier, currency or percent sign, noun phrase and category;
 * 5. joinRanges — "10,000 to 12,000 troops" becomes one figure (needs the nouns of step 4);
 * 6. keep rules (below) — which counts are figures;
 * 7. borrowUnits — bare numbers such as "a total of 10,000" take the unit of a
 *    kept figure of the same sentence (needs the kept figures of step 6).
 */
import type { FigureCategory } from '../../../schemas/figure-category.ts';
import { segmentSentences, type Sentence } from '../../segment/sentences.ts';
import { UnitMatcher } from './categories.ts';
import { countedSubject, partOfGroup, reachedByBareCount } from './counted-subject.ts';
import { harmCategory, kindCategory } from './usual-units.ts';
import { POINTING_BACK, borrowUnits, placeItems, withStandInCategories } from './elided-units.ts';
import { notACount, phoneRanges, readsAsYear, yearBeforeNoun } from './non-figures.ts';
import { isPeopleNoun, isPeopleOfNoRole, movementVerb } from './people.ts';
import { looksPlural } from './plural.ts';
import { STOP_WORDS } from './noun-phrase.ts';
import { mayHoldNumber, scanNumbers } from './numbers.ts';
import { joinRanges } from './ranges.ts';
import { readFigure } from './read-figure.ts';
import type { Draft } from './read-figure.ts';
import { SCALE_QUALIFIERS } from './qualifiers.ts';
import { SCALE_WORDS } from './number-words.ts';
import { FINITE, categoryFromPredicate, deniedOfEveryPart, countsPeople, isVerbForm, opensRelativeClause, partKeptInPlace, predicateAfter, verbOfBareObject, wholeOfAPart, withUsualWords, withWordsOfHarm } from './predicate.ts';
import { partOfGroupBefore } from './group-before.ts';
import { opensParallelClause } from './parallel-clause.ts';
import { mayRestate, restatedCount } from './restated.ts';
import { onlyOfDescent } from './descent.ts';
import { aimedAt, readyToCope, sufficesFor } from './capacity.ts';
import { thereHaveBeen } from './there-have-been.ts';
import { numberAskedBefore } from './number-asked-before.ts';
import { sizesFleet } from './fleet.ts';
import { namedGroupCategory } from './named-group.ts';
import { actingClause } from './acting-clause.ts';
import { categoryOfAttacksElsewhere } from './attack-target.ts';
import { attackedWarshipsCategory } from './warships-attacked.ts';
import { captivesOfTheSentence } from './captives.ts';
import { sentenceAround } from './sentences.ts';
import { tokenize } from './tokens.ts';
import { gappedParticiple } from './gapped-participle.ts';
import type { FigureMention, Token } from './types.ts';

export type { FigureMention } from './types.ts';
export { NUMBER_WORDS, SCALE_WORDS, VAGUE_QUANTITIES, parseNumberWords } from './number-words.ts';
export { QUALIFIERS, SCALE_QUALIFIERS, TOTAL_SUFFIXES } from './qualifiers.ts';

/**
 * "77 ships crossed the canal on Sunday, noting that none had been attacked since May": a noun two
 * categories list (ships attacked, ships that crossed) is filed by the words of the clause its count
 * acts in, not by another clause of its sentence, when that clause has a cue of its own or tells of
 * no attack on what it counts ("40 ships waited at anchor after the raid"); null when the count acts
 * in no clause (`actingClause`) or its clause files it as the sentence does. A clause with no cue
 * leaves other ties to the sentence: "300 residents watched the ferry leave, out of a population of
 * 5,000" are residents by the cue of their aside.
 */
function categoryOfActingClause(draft: Draft, tokens: readonly Token[], matcher: UnitMatcher, text: string): string | null {
  if (draft.category === null || draft.unit === null) return null;
  const clause = actingClause(text, tokens, draft.firstToken, draft.lastToken);
  if (clause === null) return null;
  const told = withWordsOfHarm(clause);
  const category = matcher.match(draft.unit.toLowerCase().split(/\s+/).filter(Boolean), told)?.category ?? null;
  if (category === null || category === draft.category) return null;
  const untoldAttack = matcher.countsAttacks(draft.category) && !matcher.countsAttacks(category);
  return matcher.isCuedBy(category, told) || untoldAttack ? category : null;
}

/** Below this, a number whose noun matches no category is not reported ("two allies", "three sites"). */
export const UNCATEGORISED_MINIMUM = 100;

/**
 * Every figure in `text` (one paragraph or sentence), in reading order. `sentences` are the text's
 * sentences by the pipeline's one rule (`segmentSentences`), when the caller has them already.
 *
 * A figure is reported when its unit noun matches a category (any value, so
 * "two marines" counts), or when it is a count of at least 100 of some plural
 * noun that matches none ("13,000 containers"): those come back with
 * `category: null` so the editor gets a diagnostic. Small uncategorised counts,
 * years, ages, durations, measures, money and percentages are left out unless a
 * category lists their noun ("dollars", "percent"). See the modules for ranges
 * (`ranges.ts`), elided units (`elided-units.ts`) and vague quantities
 * (`types.ts`).
 */
export function findFigures(
  text: string,
  categories: readonly FigureCategory[],
  sentences: readonly Sentence[] = segmentSentences(text),
): FigureMention[] {
  if (!mayHoldNumber(text)) return [];
  const tokens = tokenize(text);
  const matcher = unitMatcherFor(categories);
  matcher.readNames(tokens);
  const phones = phoneRanges(text);
  const starts = sentences.map((sentence) => sentence.start);
  const offsetOf = (draft: Draft) => tokens[draft.span.first]?.start ?? 0;
  const sentenceOf = (draft: Draft) => {
    const offset = offsetOf(draft);
    let count = 0;
    for (const start of starts) if (start <= offset) count += 1;
    return count;
  };
  const sentenceText = (draft: Draft) => {
    const [start, end] = sentenceAround(starts, offsetOf(draft), text.length);
    return text.slice(start, end);
  };
  const sentenceStart = (draft: Draft) => sentenceAround(starts, offsetOf(draft), text.length)[0];

  const drafts = scanNumbers(tokens)
    .filter((span) => notACount(tokens, span, phones) === null)
    .map((span) => {
      const [start, end] = sentenceAround(starts, tokens[span.first]?.start ?? 0, text.length);
      // "brought 23 people with severe wounds": harm the sentence tells in other words than the topic's
      // cues ("wounded") chooses among the categories of a noun, as it already decides a predicate's.
      return readFigure(span, { text, tokens, matcher, sentence: withWordsOfHarm(text.slice(start, end)) });
    });
  const joined = withStandInCategories(joinRanges(drafts, tokens), sentenceOf).map((draft) => harmsAsTheirCategory(draft, tokens, matcher, sentenceText(draft)));
  const counts = [
    ...joined
      .filter((draft) => draft.noun !== 'none' && isReported(draft, tokens, matcher))
      .map((draft) => ({ ...draft, category: countOfAnyoneReached(draft, tokens, matcher, sentenceText(draft)) ?? categoryFromPredicate(draft, tokens, matcher, (d, relativeOnly) => predicateOfList(d, joined, tokens, relativeOnly)) ?? namedGroupCategory(draft, tokens, matcher, sentenceText(draft)) ?? categoryOfActingClause(draft, tokens, matcher, text) ?? draft.category ?? movementCategory(draft, matcher) }))
      // "met two soldiers not on the list of prisoners to be exchanged": soldiers the sentence tells of as captives only.
      .map((draft) => {
        const captives = captivesOfTheSentence(draft, tokens, matcher, sentenceText(draft), predicateAfter(tokens, draft.lastToken), wholeOfAPart(tokens, draft.firstToken));
        return captives === null ? draft : { ...draft, category: captives };
      })
      // "more than 100 attacks on Freedonian forces": attacks aimed at no craft their category counts.
      .flatMap((draft) => {
        const elsewhere = categoryOfAttacksElsewhere(draft, tokens, matcher, sentenceText(draft));
        return elsewhere === undefined ? [draft] : elsewhere === null ? [] : [{ ...draft, category: elsewhere }];
      })
      // "left 120,000 people, including 30,000 children, deprived of food": a part of people kept in
      // place, in no category of those who remain, would be filed by the departure "left" seems to tell.
      .filter((draft) => !(partKeptInPlace(tokens, draft) && draft.category !== matcher.categoryByCues('remain')))
      // "400,000 persons in Sylvania are of Freedonian descent": a community by its origin, nothing that happened.
      // "ready to cope with up to 120,000 people", "enough resources to resettle 40,000 refugees": a capacity, no
      // count; "aims to assist 9,000 families": a target, no count.
      .filter((draft) => !countOfAnyoneUntold(draft, tokens, matcher, sentenceText(draft)) && !deniedOfEveryPart(draft, tokens, matcher) && !communityByDescent(draft, tokens) && !fleetOnly(draft, tokens, matcher, sentenceText(draft)) && !readyToCope(text.slice(sentenceStart(draft), offsetOf(draft))) && !aimedAt(text.slice(sentenceStart(draft), offsetOf(draft))) && !sufficesFor(text.slice(sentenceStart(draft), offsetOf(draft)))),
    // "Five civilians were killed": a small count of people no category lists, filed by what happened to them.
    ...joined.flatMap((draft) => peopleByPredicate(draft, tokens, matcher, sentenceText(draft), joined)),
    // "killed a man and wounded six others": others the verb befell, with no count before to take after.
    ...joined.flatMap((draft) => othersOfVerb(draft, tokens, matcher, joined)),
    // "have attacked ships more than 30 times": a count of the events its verb names.
    ...joined.flatMap((draft) => timesOfVerb(draft, tokens, matcher)),
  ]
    // "22 Freedonian and one Sylvanian sailors were killed": what happened to the noun they share, happened to both.
    .map((draft, _, all) => {
      const partner = draft.sharesNounWith === undefined ? undefined : all.find((other) => other.span.first === draft.sharesNounWith);
      return partner ? { ...draft, category: partner.category } : draft;
    })
    .sort((a, b) => a.firstToken - b.firstToken);
  // "22 crew, including nine Freedonians": a part of a group counted just before is counted as the group is.
  const included = partsIncluded(joined, counts, tokens, matcher);
  const listed = [...counts.filter((draft) => !included.some((part) => part.firstToken === draft.firstToken)), ...included];
  // "The offensive killed 200 people. Among them were 10 civilians.": a part of the group counted just before.
  const opening = (draft: Draft) => text.slice(sentenceStart(draft), offsetOf(draft));
  // "… were destroyed. We are talking about hundreds of soldiers.": what the sentence restated tells.
  const restated = (draft: Draft) => {
    if (!mayRestate(opening(draft))) return draft;
    const [start, end] = sentenceAround(starts, offsetOf(draft), text.length);
    const previous = start === 0 ? '' : text.slice(sentenceAround(starts, start - 1, text.length)[0], start);
    const sentenceEnd = tokens.findIndex((token) => token.start >= end);
    return restatedCount(draft, { matcher, tokens, opening: opening(draft), previous, sentenceEnd: sentenceEnd < 0 ? tokens.length : sentenceEnd });
  };
  const kept = listed
    .map((draft) => restated(partOfGroupBefore(draft, listed, { matcher, sentenceOf, sentenceText, opening })))
    // "seized 300 rifles, 40 tanks and 75 vehicles": a shared noun no cue files is counted as its list is.
    .map((draft, _, all) => asItsList(draft, all, tokens, matcher, sentenceText(draft)));
  const bare = joined.filter((draft) => draft.noun === 'none' && !readsAsYear(tokens, draft.span, draft.firstToken));
  // "12,000 troops, of whom more than 4,000 were lost": the unit is borrowed, what happened is the clause's own.
  // "out of a population of about 120,000": a unit right before "of" names what the number counts,
  // whatever the figure before it counts (read by `countedSubject`).
  // "…, noting that the population in the area was around 120,000": so does a unit of its own that a
  // count named before it gives the number ("the population … was"), when no figure earlier in the
  // sentence counts by that noun ("3,000 sailors, 2,000 of them cadets" still borrow).
  const namesItsUnit = (draft: Draft) => {
    const noun = tokens[draft.firstToken - 2];
    if (tokens[draft.firstToken - 1]?.lower === 'of' && noun?.kind === 'word' && matcher.match([noun.lower], '') !== null) return true;
    const unit = countedSubject(draft, tokens, matcher, sentenceText(draft))?.unit?.toLowerCase() ?? '';
    return unit !== '' && !kept.some((k) => sentenceOf(k) === sentenceOf(draft) && k.lastToken < draft.firstToken && k.unit?.toLowerCase() === unit);
  };
  // "Three of the five tankers had been heading to the port": a part ("N of …") counts what its
  // whole counts, so a thing's predicate may move it only to a category that lists the borrowed noun
  // ("heading" cues missiles, but no category of missiles counts tankers). People, and a noun no
  // category lists (a misspelling), keep the wider reading.
  const predicateCategory = (draft: Draft) => {
    const category = categoryFromPredicate(draft, tokens, matcher);
    const head = draft.unit?.split(/\s+/).at(-1) ?? '';
    const part = tokens[draft.lastToken + 1]?.lower === 'of';
    return category !== null && (!part || !matcher.isUnitHead(head) || isPeopleNoun(head) || matcher.listsHead(category, head)) ? category : null;
  };
  const borrowed = borrowUnits(bare.filter((draft) => !namesItsUnit(draft)), kept, tokens, sentenceOf).map((draft) => ({ ...draft, category: predicateCategory(draft) ?? draft.category }));
  const unborrowed = bare.filter((draft) => !borrowed.some((b) => b.firstToken === draft.firstToken));
  // "the death toll rose to 68": the count named before the number says what it counts.
  // "Of the 120,000 who live there, 19,000 have crossed": a part of a group may have a predicate of its own.
  const partOf = (draft: Draft) => {
    const part = partOfGroup(draft, tokens, matcher, sentenceText(draft), sentenceStart(draft));
    return part && { ...part, category: categoryFromPredicate(part, tokens, matcher) ?? part.category };
  };
  // "… these attacks continue. There have been 24 since Nov. 19": the noun told last, left out after "there have been".
  // "has not confirmed the number of its soldiers killed, though Freedonia estimates around 600": the count asked for before.
  const counted = unborrowed.flatMap(
    (draft) => countedSubject(draft, tokens, matcher, sentenceText(draft)) ?? partOf(draft) ?? thereHaveBeen(draft, tokens, matcher, sentenceText(draft)) ?? numberAskedBefore(draft, tokens, matcher, sentenceText(draft)) ?? [],
  );
  const uncounted = unborrowed.filter((draft) => !counted.some((c) => c.firstToken === draft.firstToken));
  // "The number of wounded remains 290, of which 168 …": a part of a count found just above.
  const countedFirst = [...kept, ...counted].sort((a, b) => a.firstToken - b.firstToken);
  const partOfCount = borrowUnits(uncounted, countedFirst, tokens, sentenceOf).map((draft) => ({ ...draft, category: predicateCategory(draft) ?? draft.category }));
  // "… 50,243 refugees had arrived. By Wednesday, the number had risen to 65,036": the count told just before.
  const recounts = uncounted.filter((draft) => !partOfCount.some((b) => b.firstToken === draft.firstToken) && reachedByBareCount(draft, tokens));
  const recounted = recounts.flatMap((draft) => {
    const told = countedFirst.filter((c) => c.lastToken < draft.firstToken && sentenceOf(draft) - sentenceOf(c) <= 1).at(-1);
    return told ? [{ ...draft, unit: told.unit, category: told.category, noun: 'count' as const }] : [];
  });
  // "50,243 refugees had arrived. ¶ By Monday, the number had risen to 65,036": with no count before
  // it in its paragraph, the count of the paragraph before, which the assemble stage looks up.
  const recountsEarlier = recounts.filter((draft) => !countedFirst.some((c) => c.lastToken < draft.firstToken));
  const unplaced = uncounted.filter((draft) => ![...partOfCount, ...recounted, ...recountsEarlier].some((b) => b.firstToken === draft.firstToken));
  const elidedFirst = unplaced.flatMap((draft) => withElidedNoun(draft, tokens, matcher));
  // "1,305 are housed in Fredonburg, 700 in Marsh City": the rest of a list of places whose first count's noun is left out.
  const listedAfterElided = placeItems(unplaced.filter((draft) => !elidedFirst.some((e) => e.firstToken === draft.firstToken)), elidedFirst, tokens);
  const elided = [...elidedFirst, ...listedAfterElided].sort((a, b) => a.firstToken - b.firstToken);
  // "The rebels fired three missiles. Two hit the ship.": a part of the figure told just before.
  const opensSentence = (draft: Draft) => offsetOf(draft) === sentenceStart(draft);
  const figuresBefore = [...countedFirst, ...borrowed];
  const parts = unplaced.flatMap((draft) =>
    elided.some((e) => e.firstToken === draft.firstToken) || !opensSentence(draft) ? [] : partOfFigureBefore(draft, figuresBefore, tokens, sentenceOf),
  );
  const elidedOrParts = [...elided, ...parts];
  // "the loss of the nine": a definite number with no noun stands for a count told before.
  const backReferences = unplaced.filter((draft) => !elidedOrParts.some((e) => e.firstToken === draft.firstToken) && refersBack(draft, tokens));
  // "¶ About 1,000 of them settled in Fredonburg, 500 in Marsh City": a part of what the paragraph before
  // counted, with no count before it in its own paragraph, and the items of its list of places; the
  // assemble stage looks that count up, as for "the number had risen to …".
  const leftOver = unplaced.filter((draft) => ![...elidedOrParts, ...backReferences].some((e) => e.firstToken === draft.firstToken));
  const countedBefore = (draft: Draft) => [...countedFirst, ...borrowed, ...elidedOrParts].some((c) => c.lastToken < draft.firstToken);
  const partsOfEarlier = leftOver.filter((draft) => partOfThem(draft, tokens) && !countedBefore(draft));
  const itemsOfEarlier = placeItems(
    leftOver.filter((draft) => !partsOfEarlier.includes(draft)),
    partsOfEarlier.map((draft) => ({ ...draft, category: NOT_YET_KNOWN })),
    tokens,
  );
  const mentions = [...kept, ...borrowed, ...counted, ...partOfCount, ...recounted, ...elidedOrParts].map((draft) => toMention(draft, text, tokens));
  const references = backReferences.map((draft) => ({ ...toMention({ ...draft, unit: '' }, text, tokens), refersBack: true }));
  // "¶ As many as 118 of them asked to be moved, 98 have been housed": a clause beside such a part counts the same people.
  const besideEarlier = leftOver.filter(
    (draft) => !partsOfEarlier.includes(draft) && !itemsOfEarlier.some((item) => item.firstToken === draft.firstToken) && opensParallelClause(tokens, draft) && partsOfEarlier.some((part) => part.lastToken < draft.firstToken && sentenceOf(part) === sentenceOf(draft)),
  );
  const recountings = [...recountsEarlier, ...partsOfEarlier, ...itemsOfEarlier, ...besideEarlier].map((draft) => ({ ...toMention({ ...draft, unit: '', category: null }, text, tokens), recountsEarlier: true }));
  return [...mentions, ...references, ...recountings].sort((a, b) => a.index - b.index);
}

/**
 * "seized 300 rifles, 40 tanks and 75 vehicles": a count whose noun several categories list ("vehicles"
 * flee or are handed over), when no cue of the sentence files it where it stands, is counted as the list
 * it is an item of: the items right before and after it (parted from it by a comma, "and" or "or") whose
 * nouns only one category lists must all name the same category, and that category must list its noun
 * as written too. A cue of its own category keeps it ("300 rifles were seized and 75 vehicles fled"), as
 * do neighbours that disagree or name a category that does not count its noun: "seven anti-ship cruise
 * missiles and one launcher" keep to missiles where the launcher's category lists only "tomahawk
 * missiles".
 */
function asItsList(draft: Draft, drafts: readonly Draft[], tokens: readonly Token[], matcher: UnitMatcher, sentence: string): Draft {
  const own = draft.category;
  if (draft.noun !== 'count' || own === null) return draft;
  const listing = matcher.categoriesListing(unitHead(draft));
  if (listing.length < 2 || matcher.isCuedBy(own, withUsualWords(sentence.toLowerCase()))) return draft;
  const items = drafts.filter(
    (other) =>
      other.category !== null &&
      (listJoins(tokens, other.lastToken, draft.firstToken) || listJoins(tokens, draft.lastToken, other.firstToken)) &&
      matcher.categoriesListing(unitHead(other)).length === 1,
  );
  const named = new Set(items.map((item) => item.category as string));
  const [category] = named;
  const words = (draft.unit ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return named.size === 1 && category !== own && category !== undefined && matcher.matchesUnit(category, words) ? { ...draft, category } : draft;
}

/** The last word of a count's unit ("ammunition" of "pieces of ammunition"). */
function unitHead(draft: Draft): string {
  return draft.unit?.split(/\s+/).at(-1)?.toLowerCase() ?? '';
}

/** Whether the tokens strictly between `end` and `start` join two items of a list: ",", "and", "or", ", and". */
function listJoins(tokens: readonly Token[], end: number, start: number): boolean {
  const [first, second, ...rest] = tokens.slice(end + 1, start).map((token) => token.lower);
  const joins = (word: string | undefined) => word === 'and' || word === 'or';
  if (rest.length > 0 || first === undefined) return false;
  return second === undefined ? first === ',' || joins(first) : first === ',' && joins(second);
}

/**
 * "a multinational fleet of 100 surface vessels", "one of three frigates in the navy's fleet": the size of
 * a fleet (`sizesFleet`) in a sentence with no cue of the count's category, so nothing befell the ships;
 * "a fleet of 40 tankers was diverted" still counts ships diverted.
 */
function fleetOnly(draft: Draft, tokens: readonly Token[], matcher: UnitMatcher, sentence: string): boolean {
  return sizesFleet(tokens, draft.firstToken, draft.lastToken) && (draft.category === null || !matcher.isCuedBy(draft.category, withUsualWords(sentence.toLowerCase())));
}

/**
 * "Between 400,000 and 600,000 persons in Sylvania are of Freedonian descent": people of no role whose
 * clause only gives their origin (`onlyOfDescent`). "2,000 refugees are of Freedonian origin" still
 * counts refugees.
 */
function communityByDescent(draft: Draft, tokens: readonly Token[]): boolean {
  return isPeopleOfNoRole(draft.unit?.split(/\s+/).at(-1) ?? '') && onlyOfDescent(tokens, draft.lastToken);
}

/**
 * "The rebels fired three missiles. Two hit the ship.": a bare number of two or more that opens its
 * sentence right before a verb, and is smaller than the last figure of the sentence before, counts
 * part of what that figure counts; followed by "more", it counts more of it. ("One" is left out: it
 * is a pronoun as often as a count.)
 */
function partOfFigureBefore(draft: Draft, figures: readonly Draft[], tokens: readonly Token[], sentenceOf: (draft: Draft) => number): Draft[] {
  if (draft.span.yearLike || draft.span.kind === 'vague' || draft.value < 2) return [];
  // "The navy shot down 12 drones. Two more were spotted.": more of the same, of any size.
  const more = tokens[draft.lastToken + 1]?.lower === 'more';
  const next = tokens[draft.lastToken + (more ? 2 : 1)];
  if (!FINITE.has(next?.lower ?? '') && !isVerbForm(next)) return [];
  const before = figures.filter((f) => sentenceOf(f) === sentenceOf(draft) - 1 && f.category !== null).sort((a, b) => a.lastToken - b.lastToken).at(-1);
  if (!before || (!more && before.value <= draft.value)) return [];
  return [{ ...draft, lastToken: draft.lastToken + (more ? 1 : 0), unit: '', category: before.category, noun: 'count' }];
}

/**
 * The category of a count whose category only the paragraph before can tell (`partOfThem`): any
 * string, so a list of places can take it as its first item's; the assemble stage puts the real one.
 */
const NOT_YET_KNOWN = '';

/**
 * Whether a bare number is a part of a count told in an earlier paragraph: "about 1,000 of them", "the
 * registration of 20,800 of them", with no plural noun before it in its own paragraph that "them" could
 * stand for ("The sailors, two of them injured, …"). Not "one of them", which picks out a member.
 */
function partOfThem(draft: Draft, tokens: readonly Token[]): boolean {
  if (draft.span.yearLike || draft.value <= 1 || tokens[draft.lastToken + 1]?.lower !== 'of' || !POINTING_BACK.has(tokens[draft.lastToken + 2]?.lower ?? '')) return false;
  return !tokens.slice(0, draft.firstToken).some((t) => t.kind === 'word' && looksPlural(t.text) && !STOP_WORDS.has(t.lower) && !/(?:ss|us|is)$/.test(t.lower));
}

/** Words after which a number with no noun is definite: "the nine", "all 21", "these two". */
const DEFINITE: ReadonlySet<string> = new Set(['the', 'these', 'those', 'all']);

/**
 * Whether a bare number is a definite one standing for people or things counted before: "the two
 * (prisoners)", "the loss of the nine", "all 21 were rescued". Not a year, not "one", and only where
 * no noun can follow (a stop, a verb or a parenthesis).
 */
function refersBack(draft: Draft, tokens: readonly Token[]): boolean {
  if (draft.span.yearLike || draft.value < 2 || draft.qualifier !== null || draft.span.kind === 'vague') return false;
  if (!DEFINITE.has(tokens[draft.firstToken - 1]?.lower ?? '')) return false;
  const next = tokens[draft.lastToken + 1];
  return next === undefined || (next.kind === 'punct' && /^[,.;:(“”"‘’]$/.test(next.text)) || FINITE.has(next.lower) || /^(?:as|who|and)$/.test(next.lower);
}

/**
 * Numbers right after ", including" or ", among them" that follows a counted group: "22 crew, including
 * nine Freedonians", "2,000 civilians, including 1,049 children", and the part after it ("including 500
 * officers and three generals"). Each takes the group's category when its noun is one no category
 * lists, or one the group's category lists too ("200 people dead, including 10 civilians", where
 * civilians may also flee); a noun of a category of its own ("including 500 boats") keeps its own.
 */
function partsIncluded(drafts: readonly Draft[], counts: readonly Draft[], tokens: readonly Token[], matcher: UnitMatcher): Draft[] {
  const parts: Draft[] = [];
  for (const draft of drafts) {
    if (draft.noun === 'none') continue;
    const counted = counts.find((count) => count.firstToken === draft.firstToken);
    if (draft.category !== null && counted === undefined) continue;
    const group = groupIncluding(draft, counts, tokens) ?? nextPartOf(draft, [...counts, ...parts], parts, tokens, matcher);
    if (group === undefined) {
      const told = harmToUncountedGroup(draft, tokens, matcher);
      if (told !== null && told !== draft.category) parts.push({ ...draft, category: told });
      continue;
    }
    if (!group.category || group.category === counted?.category) continue;
    const head = draft.unit?.split(/\s+/).at(-1)?.toLowerCase() ?? '';
    if (draft.category === null || matcher.listsHead(group.category, head)) parts.push({ ...draft, category: group.category });
  }
  return parts;
}

/**
 * The counted group ", including" (or ", among them") right before the draft follows: the count right
 * before the comma, or the count whose predicate the comma closes ("14,000 sailors were deployed,
 * including 3,000 reservists").
 */
function groupIncluding(draft: Draft, counts: readonly Draft[], tokens: readonly Token[]): Draft | undefined {
  const words = tokens[draft.firstToken - 1]?.lower === 'including' ? 1 : amongThem(tokens, draft.firstToken) ? 2 : 0;
  const comma = draft.firstToken - words - 1;
  if (words === 0 || tokens[comma]?.text !== ',') return undefined;
  return counts.find((count) => count.category !== null && (count.lastToken === comma - 1 || predicateClosedBy(tokens, count.lastToken, comma)));
}

/**
 * People counted after ", including" when the group before the comma has no number of its own: "many
 * occupants were killed, including hundreds of Sylvanian soldiers" are among the dead, as they would be
 * after "300 occupants were killed,". The category the group's predicate cues, only for people and
 * only a category that counts people; null otherwise.
 */
function harmToUncountedGroup(draft: Draft, tokens: readonly Token[], matcher: UnitMatcher): string | null {
  const comma = draft.firstToken - 2;
  if (tokens[draft.firstToken - 1]?.lower !== 'including' || tokens[comma]?.text !== ',') return null;
  const head = draft.unit?.split(/\s+/).at(-1)?.toLowerCase() ?? '';
  if (!isPeopleNoun(head)) return null;
  // The predicate that the comma closes: a finite verb and its participle, within a short reach.
  for (let start = comma - 1; start >= Math.max(0, comma - PREDICATE_REACH); start--) {
    const token = tokens[start] as Token;
    if (token.kind !== 'word') return null;
    if (!FINITE.has(token.lower)) continue;
    if (!isVerbForm(tokens[comma - 1])) return null;
    const predicate = tokens.slice(start, comma).map((t) => t.lower).join(' ');
    const cued = matcher.categoryByCues(withUsualWords(predicate), (id) => countsPeople(matcher, id));
    return cued;
  }
  return null;
}

/** At most this many words of a count's predicate before the comma that closes it: "were reportedly deployed". */
const PREDICATE_REACH = 4;

/** Whether only a short predicate stands between a count's last token and the comma at `comma`: "… sailors were deployed,". */
function predicateClosedBy(tokens: readonly Token[], last: number, comma: number): boolean {
  const between = tokens.slice(last + 1, comma);
  if (between.length === 0 || between.length > PREDICATE_REACH || !between.every((t) => t.kind === 'word')) return false;
  return FINITE.has(between[0]?.lower ?? '') && isVerbForm(between.at(-1));
}

/** "200 people dead, among them 10 civilians": the words that make what follows part of the group before. */
function amongThem(tokens: readonly Token[], first: number): boolean {
  return /^(?:among|amongst)$/.test(tokens[first - 2]?.lower ?? '') && /^(?:them|whom|those)$/.test(tokens[first - 1]?.lower ?? '');
}

/**
 * "…, including 500 officers and three generals", "The crew (17 Freedonians, eight Sylvanians and two
 * others)": the item before ",", "and" or ", and" in a list of counts of people, when that item is
 * itself a part of a group (right after "including", or a part found before) or people its category
 * does not list, which only a group can have put there.
 */
function nextPartOf(draft: Draft, counted: readonly Draft[], parts: readonly Draft[], tokens: readonly Token[], matcher: UnitMatcher): Draft | undefined {
  const and = tokens[draft.firstToken - 1]?.lower === 'and';
  const separator = draft.firstToken - (and && tokens[draft.firstToken - 2]?.text === ',' ? 2 : 1);
  if (!and && tokens[separator]?.text !== ',') return undefined;
  const part = counted.find((count) => count.category !== null && count.lastToken === separator - 1);
  if (!part?.category) return undefined;
  if (tokens[part.firstToken - 1]?.lower === 'including' || parts.some((p) => p.firstToken === part.firstToken)) return part;
  // A comma after a count of anything closes it as often as it lists: only people go on a list of people.
  const head = (count: Draft) => count.unit?.split(/\s+/).at(-1) ?? '';
  const listedPeople = isPeopleNoun(head(part)) && !matcher.listsHead(part.category, head(part));
  return listedPeople && (isPeopleNoun(head(draft)) || head(draft).toLowerCase() === 'others') ? part : undefined;
}

/** One matcher per category list: building it for every paragraph cost more than matching. */
const matchers = new WeakMap<readonly FigureCategory[], UnitMatcher>();

function unitMatcherFor(categories: readonly FigureCategory[]): UnitMatcher {
  let matcher = matchers.get(categories);
  if (!matcher) matchers.set(categories, (matcher = new UnitMatcher(categories)));
  return matcher;
}

/**
 * A bare number whose clause says what happened to what it counts: "511 were wounded", "some 300
 * others were injured" (a noun no category lists), the verb it is the object of ("killed at least
 * 12 and injured 30"), or its own verb in the present ("thousands flee", "thousands try to leave").
 * Kept with no unit, in the category of the predicate or verb.
 */
function withElidedNoun(draft: Draft, tokens: readonly Token[], matcher: UnitMatcher): Draft[] {
  if ((draft.span.kind === 'words' && draft.value === 1) || wholeOfAPart(tokens, draft.firstToken)) return [];
  const after = predicateAfter(tokens, draft.lastToken);
  // Four digits of a year are no count, even right after a verb ("was captured 2024").
  const verb = draft.span.yearLike ? null : verbOfBareObject(tokens, draft.firstToken, draft.lastToken);
  const category =
    // "Some 50 were hurt": in the words a topic's cues usually list, too.
    (after === null ? null : matcher.categoryByCues(withUsualWords(after))) ??
    // "hurt 349": in the words a topic's cues usually list, too.
    (verb === null ? null : (verbCategory(verb, matcher) ?? matcher.categoryByCues(withUsualWords(verb)))) ??
    (draft.span.yearLike ? null : presentVerbCategory(tokens, draft.lastToken + 1, matcher)) ??
    // "thousands more are expected to leave": a verb of the predicate in a form the topic does not list.
    (after === null ? null : predicateVerbCategory(after, matcher));
  return category === null ? [] : [{ ...draft, unit: '', category, noun: 'count' }];
}

/**
 * The category a verb's cue names, in any of its forms, as topics list cues in one form or another:
 * "injuring" by "injured", "flee" by "fleeing" or "fled" if listed, "leave" by "leaving", and a verb in
 * "-ate" by its noun in "-ation".
 */
function verbCategory(verb: string, matcher: UnitMatcher): string | null {
  const stem = verb.replace(/(?:ing|ed|es|s)$/, '');
  // "accommodated" by "accommodation", "evacuated" by "evacuation": a topic may list the act's noun alone.
  const forms = [verb, `${stem}ed`, `${stem}d`, `${stem}ing`, `${stem.replace(/e$/, '')}ing`, `${stem}e`, stem, ...(/at$/.test(stem) ? [`${stem}ion`] : [])];
  for (const form of forms) {
    const category = form.length > 2 ? matcher.categoryByCues(form) : null;
    if (category !== null) return category;
  }
  return null;
}

/** The category the first verb of a predicate cues in any of its forms ("to leave" by "leaving"); null when none does. */
function predicateVerbCategory(predicate: string, matcher: UnitMatcher): string | null {
  for (const word of predicate.split(' ')) {
    const category = /^\p{Ll}{3,}$/u.test(word) ? verbCategory(word, matcher) : null;
    if (category !== null) return category;
  }
  return null;
}

/** Verbs of trying or going on before the verb that tells what happened: "thousands try to leave", "as thousands sought to flee". */
const ATTEMPTS = /^(?:try|tries|tried|trying|seek|seeks|sought|seeking|scramble|scrambles|scrambled|scrambling|attempt|attempts|attempted|began|begin|begins|continue|continues|continued|wait|waits|waited|waiting|rush|rushed|rushing)$/;

/**
 * "Thousands flee the region", "thousands try to leave": a verb in the present right after a bare
 * number, which `predicateAfter` leaves to an auxiliary or a participle; its category, or null.
 */
function presentVerbCategory(tokens: readonly Token[], at: number, matcher: UnitMatcher): string | null {
  const first = tokens[at];
  if (first?.kind !== 'word' || !/^\p{Ll}+$/u.test(first.text)) return null;
  const verb = ATTEMPTS.test(first.lower) && tokens[at + 1]?.lower === 'to' ? tokens[at + 2] : first;
  return verb?.kind === 'word' ? verbCategory(verb.lower, matcher) : null;
}

/**
 * A count of people that no category lists and that is too small to keep uncategorised ("five
 * civilians", "two generals"), kept in the category of the group its clause names them part of ("a
 * crew of 21 Freedonians"), or else of what its predicate says happened to them ("were killed");
 * nothing otherwise. The verb it is the object of ("killed five civilians") is not read: tried on the
 * corpora, it added counts their gold leaves out.
 */
function peopleByPredicate(draft: Draft, tokens: readonly Token[], matcher: UnitMatcher, sentence: string, drafts: readonly Draft[]): Draft[] {
  if (draft.noun !== 'count' || draft.category !== null || isReported(draft, tokens, matcher) || yearBeforeNoun(tokens, draft.span, draft.lastToken, (word) => matcher.isUnitHead(word))) return [];
  if (!isPeopleNoun(draft.unit?.split(/\s+/).at(-1) ?? '')) return [];
  const after = predicateAfter(tokens, draft.lastToken) ?? predicateOfList(draft, drafts, tokens);
  const category = namedGroupCategory(draft, tokens, matcher, sentence) ?? (after === null ? null : matcher.categoryByCues(after, isPeopleOfNoRole(draft.unit?.split(/\s+/).at(-1) ?? '') ? (id) => countsPeople(matcher, id) : undefined));
  return category === null || !countsPeople(matcher, category) ? [] : [{ ...draft, category }];
}

/**
 * "The blast killed a policeman and wounded six others": a count of "others" that no figure before it
 * gave a category (`withStandInCategories`), and that is the object of a verb cueing a category of
 * people, as a bare number is ("wounded 30"). Nothing for a verb that cues no such category ("met
 * two others") or for a category of things ("seized a tanker and attacked two others").
 */
function othersOfVerb(draft: Draft, tokens: readonly Token[], matcher: UnitMatcher, drafts: readonly Draft[]): Draft[] {
  if (draft.noun !== 'count' || draft.category !== null || draft.unit !== 'others') return [];
  const verb = verbOfBareObject(tokens, draft.firstToken, draft.lastToken);
  // "Five of them were killed and six others were wounded": others with a predicate of their own, after
  // a count whose noun is left out, are whatever it says befell them, when that is a category of people.
  // "… and three others seriously injured": the auxiliary left out after a clause that had its own.
  const predicate = verb === null && afterCountOfPeople(draft, drafts, tokens) ? (predicateAfter(tokens, draft.lastToken) ?? gappedParticiple(tokens, draft.firstToken, draft.lastToken)) : null;
  const category = verb !== null ? (verbCategory(verb, matcher) ?? matcher.categoryByCues(withUsualWords(verb))) : predicate === null ? null : matcher.categoryByCues(withUsualWords(predicate));
  return category === null || !countsPeople(matcher, category) ? [] : [{ ...draft, category }];
}

/** Words that may stand between a partitive's "of" and its noun: "five of their members", "two of the crew". */
const PARTITIVE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'their', 'its', 'his', 'her', 'our', 'these', 'those']);

/** How far back, in tokens, the count that "others" follow may start: "Five of their members were killed and six others". */
const OTHERS_REACH = 12;

/**
 * Whether the count just before a count of "others" counts people: its noun, or the noun of its
 * partitive ("five of their members", "12 of them"), is one for people, or it has none ("5 were
 * killed and 6 others …"). "Ten of the buses left and 40 others …" counts buses.
 */
function afterCountOfPeople(draft: Draft, drafts: readonly Draft[], tokens: readonly Token[]): boolean {
  const before = drafts.filter((d) => d.lastToken < draft.firstToken && d.firstToken >= draft.firstToken - OTHERS_REACH).at(-1);
  if (before === undefined) return false;
  if (before.noun !== 'none') return isPeopleNoun(before.unit?.split(/\s+/).at(-1) ?? '');
  if (tokens[before.lastToken + 1]?.lower !== 'of') return true;
  let k = before.lastToken + 2;
  if (['them', 'whom'].includes(tokens[k]?.lower ?? '')) return true;
  while (PARTITIVE_DETERMINERS.has(tokens[k]?.lower ?? '')) k += 1;
  return isPeopleNoun(tokens[k]?.text ?? '');
}

/** Most counts a list may run on for before its shared predicate: "A, B, C and D were killed". */
const LIST_ITEMS = 4;

/**
 * "180 soldiers, 12 members of the guard and one civilian were killed": the predicate a list of counts
 * shares, after its last item, for an item with none of its own; the item may name whose they are ("of
 * the guard") before the comma or "and" that joins the next. Null when no count follows in a list or
 * the list ends with no predicate. With `relativeOnly`, only a relative clause after the last item
 * ("and 900 nurses who arrived", "– who arrived –"), which tells of every item as a verb after the
 * list tells only of the list's subject.
 */
function predicateOfList(draft: Draft, drafts: readonly Draft[], tokens: readonly Token[], relativeOnly = false): string | null {
  let current = draft;
  for (let items = 0; items < LIST_ITEMS; items++) {
    let k = current.lastToken + 1;
    if (tokens[k]?.lower === 'of') {
      const end = k + 6;
      k += 1;
      while (k < end && tokens[k]?.kind === 'word' && !/^(?:and|or)$/.test(tokens[k]?.lower ?? '')) k += 1;
    }
    const comma = tokens[k]?.text === ',';
    if (comma) k += 1;
    const and = /^(?:and|or)$/.test(tokens[k]?.lower ?? '');
    if (and) k += 1;
    if (!comma && !and) return null;
    const next = drafts.find((d) => d.firstToken === k);
    if (next?.noun !== 'count') return null;
    const after = predicateAfter(tokens, next.lastToken);
    if (after !== null) return !relativeOnly || opensRelativeClause(tokens, next.lastToken + 1) ? after : null;
    current = next;
  }
  return null;
}

/**
 * "Officials counted 84,000 arrivals": a count no category lists by a noun of movement is filed where
 * the topic's cues list its verb ("arrived"); null when none does.
 */
function movementCategory(draft: Draft, matcher: UnitMatcher): string | null {
  const verb = draft.noun === 'count' ? movementVerb(draft.unit?.split(/\s+/).at(-1) ?? '') : null;
  return verb === null ? null : matcher.categoryByCues(verb);
}

/** Nouns that count how often something happened: "five times", "on several occasions". */
const OCCURRENCES: ReadonlySet<string> = new Set(['times', 'occasions']);

/**
 * "Rebels have attacked ships more than 30 times", "struck the port's targets five times": a count of
 * times counts the events of the verb before it, in the category of the verb's object whose cues name
 * the verb (ships attacked are attacks on ships, targets struck are strikes). Nothing when the verb,
 * a few words back, has no object of a category it cues ("attacked the positions several times").
 */
function timesOfVerb(draft: Draft, tokens: readonly Token[], matcher: UnitMatcher): Draft[] {
  if (draft.noun !== 'count' || draft.category !== null || !OCCURRENCES.has(draft.unit ?? '')) return [];
  let object: string | null = null;
  for (let k = draft.firstToken - 1; k >= 0 && k >= draft.firstToken - 8; k--) {
    const token = tokens[k] as Token;
    if (token.kind !== 'word') return [];
    if (object === null && matcher.isUnitHead(token.lower)) object = token.lower;
    // "Three vessels in the Marsh Strait were attacked four times": a passive verb's subject is what it befell.
    if (object === null && isVerbForm(token) && PASSIVE.has(tokens[k - 1]?.lower ?? '')) object = subjectBefore(tokens, k - 1, matcher);
    if (object === null || !isVerbForm(token)) continue;
    // "have attacked or threatened ships 30 times": the verbs joined before the object share it.
    const verbs = [token.lower, ...(/^(?:or|and)$/.test(tokens[k - 1]?.lower ?? '') && isVerbForm(tokens[k - 2]) ? [tokens[k - 2]?.lower ?? ''] : [])];
    for (const verb of verbs) {
      // "have launched drones at ships 14 times": the times count volleys, not the things fired.
      if (FIRING.has(verb)) return [];
      const category = matcher.match([object], verb)?.category ?? null;
      if (category !== null && matcher.isCuedBy(category, verb)) return [{ ...draft, category }];
    }
    return [];
  }
  return [];
}

/** Verbs of firing: "N times" after them counts volleys, not the missiles or drones they name. */
const FIRING: ReadonlySet<string> = new Set(['fire', 'fires', 'fired', 'firing', 'launch', 'launches', 'launched', 'launching', 'shoot', 'shoots', 'shot', 'shooting']);

/** Auxiliaries of a passive: "were attacked", "has been struck". */
const PASSIVE: ReadonlySet<string> = new Set(['was', 'were', 'been', 'being']);

/**
 * The unit noun a few words before the auxiliary at `auxiliary`, past a short place phrase ("Three
 * vessels in the Marsh Strait were …"); null when none stands there.
 */
function subjectBefore(tokens: readonly Token[], auxiliary: number, matcher: UnitMatcher): string | null {
  let k = auxiliary - 1;
  while (k >= 0 && /^(?:has|have|had)$/.test(tokens[k]?.lower ?? '')) k -= 1;
  for (let back = k; back >= 0 && back >= k - 5; back--) {
    const token = tokens[back] as Token;
    if (token.kind !== 'word') return null;
    if (matcher.isUnitHead(token.lower)) return token.lower;
    // Only a place phrase may stand between the subject and its verb.
    if (back < k && !PLACE_WORDS.test(token.lower) && !/^\p{Lu}/u.test(token.text)) return null;
  }
  return null;
}

/** Words of a short place phrase between a subject and its verb: "in the Marsh Strait", "off the coast". */
const PLACE_WORDS = /^(?:in|near|at|on|off|around|outside|inside|across|along|the|a|an|of)$/;

/**
 * "The blast claimed 68 lives", "officials reported 200 injuries": a noun of harm no category lists
 * counts the dead or the injured, in the topic's category of them. "800 rifles were handed over": a
 * noun for a kind of thing no category lists counts it under the topic's broader word ("firearms"),
 * when the sentence holds a cue of that word's category. "Tried to target two destroyers": warships a
 * verb of attack takes as its object are the topic's ships attacked (`attackedWarshipsCategory`).
 */
function harmsAsTheirCategory(draft: Draft, tokens: readonly Token[], matcher: UnitMatcher, sentence: string): Draft {
  if (draft.noun !== 'count' || draft.category !== null) return draft;
  const warships = attackedWarshipsCategory(draft, tokens, matcher);
  if (warships !== null) return { ...draft, category: warships };
  const noun = draft.unit?.split(/\s+/).at(-1)?.toLowerCase() ?? '';
  // A kind's noun is not the topic's own word, so the sentence must tell what befell it too ("800
  // rifles were handed over"; "the army bought 30 rifles" counts nothing of the topic).
  const kind = kindCategory(matcher, noun, sentence);
  const category = harmCategory(matcher, noun, sentence) ?? (kind !== null && matcher.isCuedBy(kind, withUsualWords(sentence.toLowerCase())) ? kind : null);
  return category === null ? draft : { ...draft, category };
}

/** Nouns for anyone at all: a count of them says what they are only by what the sentence tells of them. */
const ANYONE: ReadonlySet<string> = new Set(['men', 'women', 'people', 'persons', 'individuals']);

/** Nouns of a count of harm, whose number counts those harmed whatever they are: "casualties", "losses". */
const HARM_COUNTS = /^(?:casualties|casualty|losses|deaths|dead|fatalities|wounded|injured|killed)$/;

/**
 * "The number of injured among civilians exceeds 40 persons", "the death toll rose to 68 people": a
 * count of anyone that a count named before it reaches is what that count counts. So is a count of
 * any other people that a count of harm reaches ("casualties had reached 4,000 troops", "the death toll
 * rose to 300 soldiers"): those are the harmed, not the ones sent. Null for any other figure, or when
 * no such count reaches it.
 */
function countOfAnyoneReached(draft: Draft, tokens: readonly Token[], matcher: UnitMatcher, sentence: string): string | null {
  const anyone = ANYONE.has(draft.unit?.toLowerCase() ?? '');
  const reached = countedSubject({ ...draft, lastToken: draft.span.last }, tokens, matcher, sentence);
  if (anyone || reached === null) return reached?.category ?? null;
  // A toll names no unit of its own ("the death toll rose to …").
  const ofHarm = reached.unit === '' || HARM_COUNTS.test(reached.unit?.toLowerCase() ?? '');
  return ofHarm && isPeopleNoun(draft.unit?.toLowerCase() ?? '') ? reached.category : null;
}

/** Below this, a count of anyone is the people the sentence is about, not a figure, unless it cues their category. */
const SMALL_COUNT = 100;

/** A participle first in what is told of those counted ("kidnapped in the attacks", `predicateAfter`). */
const PARTICIPLE_FIRST = /^\p{Ll}{3,}(?:ed|en)\b/u;

/** Whether a passive follows the count: "240 people were kidnapped", "hundreds had been gathered". */
function passiveAfter(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1]?.lower ?? '';
  const be = next === 'were' || next === 'was' || ((next === 'have' || next === 'has' || next === 'had') && tokens[last + 2]?.lower === 'been');
  return be && PARTICIPLE_FIRST.test(predicateAfter(tokens, last) ?? '');
}

/**
 * "a video of two men shaking hands", "sanctions on 13 people and entities": a small count of anyone,
 * in a sentence with no cue of the category their noun is listed in, tells nothing the topic counts.
 * Nor does a count of anyone of any size when its own passive says what befell them and the sentence
 * still cues nothing ("around 240 people were kidnapped", "hundreds of people were gathered there");
 * many who merely are somewhere ("some 300 men waited in the port") stay.
 */
function countOfAnyoneUntold(draft: Draft, tokens: readonly Token[], matcher: UnitMatcher, sentence: string): boolean {
  const head = draft.unit?.split(/\s+/).at(-1)?.toLowerCase() ?? '';
  if (draft.category === null || !ANYONE.has(head)) return false;
  if (draft.value >= SMALL_COUNT && !passiveAfter(tokens, draft.lastToken)) return false;
  // "40 people were hurt": the sentence tells it in words the topic's cues may not list.
  return !matcher.isCuedBy(draft.category, withUsualWords(sentence.toLowerCase()));
}

/** The keep rules for a number that has a noun: see `findFigures`. */
function isReported(draft: Draft, tokens: readonly Token[], matcher: UnitMatcher): boolean {
  if (readsAsYear(tokens, draft.span, draft.firstToken) || yearBeforeNoun(tokens, draft.span, draft.lastToken, (word) => matcher.isUnitHead(word))) return false;
  if (draft.category !== null) return true;
  return draft.noun === 'count' && draft.value >= UNCATEGORISED_MINIMUM && !draft.span.yearLike;
}

/** The words of a vague amount: a vague quantity ("thousands"), or a bare scale word after "several", "a few", "many". */
function vagueWords(draft: Draft, tokens: readonly Token[]): string | null {
  if (draft.span.vague) return draft.span.vague;
  const scale = draft.span.first === draft.span.last ? tokens[draft.span.first]?.lower : undefined;
  const before = draft.qualifier ?? '';
  if (scale && scale in SCALE_WORDS && SCALE_QUALIFIERS.some((q) => before.endsWith(q))) return `${scale}s`;
  return null;
}

function toMention(draft: Draft, text: string, tokens: readonly Token[]): FigureMention {
  const index = tokens[draft.firstToken]?.start ?? 0;
  const end = tokens[draft.lastToken]?.end ?? index;
  return {
    value: draft.value,
    vague: vagueWords(draft, tokens),
    ...(draft.upper === undefined ? {} : { upper: draft.upper }),
    qualifier: draft.qualifier,
    unit: draft.unit ?? '',
    category: draft.category,
    text: text.slice(index, end),
    index,
  };
}
