import type { CategoryMatch, UnitMatcher } from './categories.ts';
import { countRaisedTo } from './counted-subject.ts';
import { forcesCategory } from './usual-units.ts';
import { nounPhraseAfter } from './noun-phrase.ts';
import type { NounPhrase } from './noun-phrase.ts';
import { APPROXIMATELY, SIZE_WORDS, currencyBefore, isNonCountNoun } from './non-figures.ts';
import { isSizedWords, type NumberSpan } from './numbers.ts';
import { SCALE_WORDS, isNumberWord } from './number-words.ts';
import { isDemonymOfOne, isPeopleNoun, isPeopleOfNoRole, isPeopleUnit, movementVerb } from './people.ts';
import { looksPlural } from './plural.ts';
import { countsPeople, predicateAfter, startsObject } from './predicate.ts';
import { BOUND_SUFFIXES, PLUS_SUFFIXES, QUALIFIERS, SCALE_QUALIFIERS, TOTAL_SUFFIXES, qualifierAfter, qualifierBefore, type QualifierMatch } from './qualifiers.ts';
import { touching, wordAt } from './tokens.ts';
import { MONTH_WORDS } from '../dates/words.ts';
import type { Token } from './types.ts';

/** A number read with its qualifier and noun, before ranges, elided units and the keep rules. */
export interface Draft {
  span: NumberSpan;
  value: number;
  upper?: number;
  qualifier: string | null;
  /** First and last token of the figure's text (qualifier through unit or total suffix). */
  firstToken: number;
  lastToken: number;
  unit: string | null;
  category: string | null;
  /**
   * What follows the number: a count noun (a category unit, or any plural noun),
   * a noun of time, measure, money or share, or no noun at all (a bare number,
   * which may borrow a unit later).
   */
  noun: 'count' | 'non-count' | 'none';
  /** Said to be a total: "a total of", "in total". */
  total: boolean;
  /** "22 Freedonian and one Sylvanian sailors": the first token of the count whose noun this one shares. */
  sharesNounWith?: number;
}

/** What `readFigure` needs besides the number. */
export interface ReadContext {
  text: string;
  tokens: readonly Token[];
  matcher: UnitMatcher;
  /** The sentence the number sits in, for category cues. */
  sentence: string;
}

/**
 * Reads one number as a figure: the qualifier before it, a currency sign or
 * percent sign, the noun phrase after it and its category, and a trailing
 * "in total". Vague quantities join their words to the qualifier
 * ("up to" + "tens of thousands" → "up to tens of thousands").
 */
export function readFigure(span: NumberSpan, { text, tokens, matcher, sentence }: ReadContext): Draft {
  const currency = currencyBefore(tokens, span.first);
  const numberStart = currency ? span.first - 1 : span.first;
  const lead = leadingQualifier(tokens, span, numberStart);
  const draft: Draft = {
    span,
    value: span.value,
    qualifier: [lead?.qualifier, span.vague].filter(Boolean).join(' ') || null,
    firstToken: lead?.edge ?? numberStart,
    lastToken: span.last,
    unit: null,
    category: null,
    noun: 'none',
    // "bringing the total to 30,000": a total of what the sentence counted before it.
    total: lead?.qualifier === 'a total of' || (countRaisedTo(tokens, lead?.edge ?? numberStart)?.includes('total') ?? false),
  };
  const after = tokens[span.last + 1];
  if (currency) {
    setUnit(draft, currency, matcher.match([currency], sentence), 'non-count');
  } else if (after?.text === '%' && touching(tokens[span.last], after)) {
    draft.lastToken = span.last + 1;
    setUnit(draft, 'percent', matcher.match(['percent'], sentence), 'non-count');
  } else {
    readNoun(draft, text, tokens, matcher, sentence);
  }
  const suffix = qualifierAfter(tokens, draft.lastToken, TOTAL_SUFFIXES);
  if (suffix) {
    draft.lastToken = suffix.edge;
    draft.qualifier ??= suffix.qualifier;
    draft.total = true;
  }
  return draft;
}

/** A qualifier before the number; "several", "a few" only before a bare scale word or a vague quantity. */
function leadingQualifier(tokens: readonly Token[], span: NumberSpan, numberStart: number) {
  const scaleFirst = span.kind === 'vague' || (wordAt(tokens, span.first) ?? '') in SCALE_WORDS;
  const found = (scaleFirst ? qualifierBefore(tokens, numberStart, SCALE_QUALIFIERS) : null) ?? qualifierBefore(tokens, numberStart, QUALIFIERS) ?? signBefore(tokens, numberStart);
  // "handed over 800 rifles": the particle of a phrasal verb, not "over 800".
  if (found && PHRASAL_PARTICLES.has(found.qualifier) && PHRASAL_VERBS.has(wordAt(tokens, found.edge - 1) ?? '')) return null;
  return found;
}

/** "~5,000 civilians": a sign for "about" touching the number is its qualifier, as written. */
function signBefore(tokens: readonly Token[], numberStart: number): QualifierMatch | null {
  const sign = tokens[numberStart - 1];
  return sign && APPROXIMATELY.has(sign.text) && touching(sign, tokens[numberStart]) ? { qualifier: sign.text, edge: numberStart - 1 } : null;
}

/** Qualifier words that are also particles of verbs: "hand over", "turn over", "took over". */
const PHRASAL_PARTICLES: ReadonlySet<string> = new Set(['over', 'under']);
const PHRASAL_VERBS: ReadonlySet<string> = new Set([
  'hand', 'hands', 'handed', 'handing', 'turn', 'turns', 'turned', 'turning', 'take', 'takes', 'took', 'taken', 'taking',
  'pass', 'passed', 'passing', 'give', 'gave', 'given', 'sign', 'signed', 'signing', 'brought', 'bring',
]);

/**
 * "100,000+ people", "100,000-plus refugees", "some 50-odd drones": a sign or suffix touching the
 * digits that bounds the number before its noun, as "or more" does; its words as the qualifier
 * ("+", "plus", "odd"). Null when none touches them.
 */
function plusAfter(tokens: readonly Token[], last: number): QualifierMatch | null {
  const next = tokens[last + 1];
  if (tokens[last]?.kind !== 'number' || !touching(tokens[last], next)) return null;
  // "5+5 soldiers" is a sum, not a bound.
  if (next?.text === '+') return touching(next, tokens[last + 2]) ? null : { qualifier: '+', edge: last + 1 };
  const suffix = wordAt(tokens, last + 2) ?? '';
  return next?.text === '-' && touching(next, tokens[last + 2]) && PLUS_SUFFIXES.has(suffix) ? { qualifier: suffix, edge: last + 2 } : null;
}

/** The noun phrase at `from` (`nounPhraseAfter`), headed by the topic's units and ended before a verb that is the singular of one. */
function phraseAfter(tokens: readonly Token[], from: number, matcher: UnitMatcher): NounPhrase | null {
  return nounPhraseAfter(tokens, from, (word) => matcher.isUnitHead(word), (word) => matcher.isSingularOfUnit(word), (text) => matcher.isAcronymOfUnit(text));
}

/** The noun phrase after the number (or after "N-strong", "N-member"), its unit as written and its category. */
function readNoun(draft: Draft, text: string, tokens: readonly Token[], matcher: UnitMatcher, sentence: string): void {
  let from = draft.span.last + 1;
  // "two or more attacks": the bound stands between the number and its noun.
  const bound = qualifierAfter(tokens, draft.span.last, BOUND_SUFFIXES) ?? plusAfter(tokens, draft.span.last);
  if (bound) from = bound.edge + 1;
  const sizedInDigits = tokens[from]?.text === '-' && SIZE_WORDS.has(wordAt(tokens, from + 1) ?? '');
  if (sizedInDigits) from += 2;
  const sized = sizedInDigits || isSizedWords(tokens[draft.span.last]);
  // "Several of the drones": a vague amount holds its "of", which opens the group it is part of.
  const ownOf = draft.span.kind === 'vague' && wordAt(tokens, from - 1) === 'of' ? from - 1 : from;
  const found = phraseAfter(tokens, from, matcher) ?? partOfNamedGroup(draft, tokens, ownOf, matcher, sentence);
  if (!found) return;
  const read = partitiveComplement(firstConjunctIfBetter(found, tokens, matcher, sentence), tokens, matcher, sentence);
  // "its 25-member crew remains in custody": after a size, a phrase no unit matches ends at the first unit it holds.
  const phrase = sized ? (firstUnitOf(read, tokens, matcher, sentence) ?? read) : read;
  const indices = range(phrase.first, phrase.head);
  const words = indices.map((i) => wordAt(tokens, i) ?? '');
  const head = tokens[phrase.head];
  // "three ASBMs": an acronym of a unit the topic lists counts what the unit does.
  const match = byVerb(phrase, tokens, matcher, matcher.match(words, sentence) ?? matcher.matchAcronym(head?.text ?? '', words.slice(0, -1), sentence), sentence);
  // "22 Freedonian and one Sylvanian crew members": the noun the next count's modifiers share.
  const shared = match ? null : sharedNoun(phrase, tokens, matcher, sentence);
  if (shared) {
    draft.lastToken = phrase.head;
    draft.sharesNounWith = phrase.head + 2;
    // "22 Freedonians and one Sylvanian crew member": a people named by their nation keep their own word.
    setUnit(draft, shared.named ? (head?.text ?? shared.unit) : shared.unit, shared.match, 'count');
    return;
  }
  if (!head || !countsWithUnitBefore(draft, head, match, tokens, matcher)) return;
  // The unit as written: the head and the lowercase words right before it ("special forces troops"),
  // leaving out capitalised modifiers ("Freedonian soldiers" → "soldiers").
  const headCase = /^\p{Lu}/u.test(head.text);
  let first = phrase.head;
  // Nor the writer's quotation before the head ("25 “illegal” attacks" → "attacks").
  while (first > phrase.first && tokens[first - 1]?.kind === 'word' && /^\p{Lu}/u.test(tokens[first - 1]?.text ?? '') === headCase) first -= 1;
  if (match) first = Math.min(first, phrase.first + match.first);
  const unit = text.slice(tokens[first]?.start ?? head.start, head.end);
  draft.lastToken = phrase.head;
  // "152 mm shells", "12.7-millimetre rounds": a calibre right after the number sizes the noun, it counts nothing.
  // "the 15,000 TEU container ship", "an 80,000 dwt tanker": so does a measure the topic does not count,
  // even before a unit it lists.
  const sizeWord = wordAt(tokens, from) ?? '';
  const measures = phrase.head > from && (CALIBRES.has(sizeWord) || (isNonCountNoun(sizeWord) && !(match && phrase.first + match.first <= from)));
  // "a 2,000-strong peacekeeping contingent": the size of a force, whatever the topic calls its members;
  // "a five-member council" sizes no force.
  const force = !match && sized && FORCE_NOUNS.has(head.lower) ? forcesCategory(matcher, sentence) : null;
  if (measures || instalmentsOfEvent(tokens, phrase.head) || namesSources(tokens, phrase.head)) setUnit(draft, unit, null, 'non-count');
  else if (match && picksOutOne(draft, phrase.head, match.category, tokens, matcher)) setUnit(draft, unit, null, 'non-count');
  else if (match) setUnit(draft, unit, match, 'count');
  else if (force) setUnit(draft, unit, { category: force }, 'count');
  else if (fatedPeople(words, matcher)) setUnit(draft, unit, fatedPeople(words, matcher), 'count');
  else if (words.some(isNonCountNoun)) setUnit(draft, unit, null, 'non-count');
  else if (looksPlural(head.text)) setUnit(draft, unit, null, 'count');
  // "15 Freedonians, four Sylvanians and one Ruritanian": one person named by nation alone is a count of one.
  else if (draft.value === 1 && isDemonymOfOne(head.text) && indices.every((i) => /^\p{Lu}/u.test(tokens[i]?.text ?? ''))) setUnit(draft, unit, null, 'count');
  else draft.lastToken = draft.span.last;
  if (bound && draft.lastToken > bound.edge) draft.qualifier ??= bound.qualifier;
}

/**
 * "400 cargo ships transit the canal", "120,000 Sylvanians live in the valley": the bare verb the
 * count is the subject of (the singular of a unit, which ended the phrase) tells what the things
 * counted do. Among the categories that list the head, the one it is a cue of; else the unit's own
 * match, unless that is the deaths count in a sentence that tells of no loss ("300 fighters attack
 * at dawn" are alive). `match` is the unit's match; it stands when no such verb follows.
 */
function byVerb(phrase: NounPhrase, tokens: readonly Token[], matcher: UnitMatcher, match: CategoryMatch | null, sentence: string): CategoryMatch | null {
  const head = tokens[phrase.head];
  const verb = tokens[phrase.head + 1];
  if (head?.kind !== 'word' || verb?.kind !== 'word' || !looksPlural(head.text) || looksPlural(verb.text) || !matcher.isSingularOfUnit(verb.lower)) return match;
  const category = matcher.categoryByCues(verb.lower, (id) => matcher.listsHead(id, head.lower));
  if (category !== null) return { category, first: phrase.head - phrase.first };
  return match && matcher.isUntoldLoss(match.category, sentence) ? null : match;
}

/**
 * "22 Freedonian and one Sylvanian crew members", "17 Freedonian and three Sylvanian sailors": a count
 * whose phrase is only capitalised modifiers, right before "and" and a second count, shares the unit
 * noun of the second; that unit as written and its match, or null when the phrase is no such first
 * conjunct. So does a people named by a capitalised plural alone when the second count names its own
 * people the same way ("22 Freedonians and one Sylvanian crew member": `named`).
 */
function sharedNoun(phrase: NounPhrase, tokens: readonly Token[], matcher: UnitMatcher, sentence: string): { unit: string; match: { category: string }; named: boolean } | null {
  const modifiers = range(phrase.first, phrase.head).map((i) => tokens[i]);
  const named = phrase.first === phrase.head && isPeopleOfNoRole(tokens[phrase.head]?.text ?? '') && /^\p{Lu}/u.test(tokens[phrase.head]?.text ?? '');
  if (!named && !modifiers.every((t) => t?.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(t.text) && !looksPlural(t.text))) return null;
  const number = tokens[phrase.head + 2];
  if (wordAt(tokens, phrase.head + 1) !== 'and' || !(number?.kind === 'number' || isNumberWord(number?.lower ?? ''))) return null;
  const second = phraseAfter(tokens, phrase.head + 3, matcher);
  if (!second) return null;
  // The second count's own modifiers ("Sylvanian") are not the shared noun: its lowercase words up to the head.
  let first = second.head;
  while (first > second.first && tokens[first - 1]?.kind === 'word' && /^\p{Ll}/u.test(tokens[first - 1]?.text ?? '')) first -= 1;
  const nounWords = range(first, second.head).map((i) => wordAt(tokens, i) ?? '');
  // "22 Indians and three injured sailors": a second count with no people's name of its own is no parallel.
  // "15 rebels and two Sylvanian drones": people share no noun for things.
  if (named && (!/^\p{Lu}\p{Ll}/u.test(tokens[first - 1]?.text ?? '') || !isPeopleNoun(wordAt(tokens, second.head) ?? ''))) return null;
  const match = matcher.match(nounWords, sentence);
  if (!match) return null;
  return { unit: nounWords.slice(match.first).join(' '), match, named };
}

/**
 * "65,036 forcibly displaced had entered", "300 newly evacuated": people named by what happened to
 * them, in a word the topic lists as a cue but not as a unit, after adverbs only; that cue's
 * category, or null.
 */
function fatedPeople(words: readonly string[], matcher: UnitMatcher): { category: string } | null {
  const fate = words.at(-1) ?? '';
  if (!isPeopleUnit(fate) || !words.slice(0, -1).every((word) => /\p{L}{2,}ly$/u.test(word))) return null;
  const category = matcher.categoryByCues(fate);
  return category === null ? null : { category };
}

/** Nouns for an armed force, that a size before them ("a 2,000-strong contingent") gives the strength of. Generic English. */
const FORCE_NOUNS: ReadonlySet<string> = new Set([
  'force', 'forces', 'contingent', 'unit', 'battalion', 'brigade', 'regiment', 'detachment', 'division', 'corps', 'army',
  'garrison', 'troop', 'squadron', 'company', 'platoon', 'team',
]);

/**
 * The phrase cut at the first unit it holds, when the whole phrase matches no unit: "crew" of "crew
 * remains", where a verb in -s looked like a plural head. Null when the whole matches or no part does.
 */
function firstUnitOf(phrase: NounPhrase, tokens: readonly Token[], matcher: UnitMatcher, sentence: string): NounPhrase | null {
  const words = range(phrase.first, phrase.head).map((i) => wordAt(tokens, i) ?? '');
  if (matcher.match(words, sentence) !== null) return null;
  for (let k = 0; k < words.length - 1; k++) {
    if (matcher.isUnitHead(words[k] ?? '') && matcher.match(words.slice(0, k + 1), sentence) !== null) return { first: phrase.first, head: phrase.first + k };
  }
  return null;
}

/**
 * "The crew of 24 comprises …", "the crew of 18 abandoned ship": a number right after a unit and "of"
 * is that unit's size, and the words after it are the clause's verb unless they name people ("a crew
 * of 21 Freedonians") or a unit the first unit's categories count too ("a crew of 25 sailors").
 */
function countsWithUnitBefore(draft: Draft, head: Token, match: { category: string } | null, tokens: readonly Token[], matcher: UnitMatcher): boolean {
  const unit = tokens[draft.firstToken - 2];
  if (tokens[draft.firstToken - 1]?.lower !== 'of' || unit?.kind !== 'word' || !matcher.isUnitHead(unit.lower)) return true;
  // "25 seafarers of 12 nationalities", "seafarers of several nationalities": a unit counted already,
  // or a vague amount after it, is no size; the number counts the noun after it.
  const before = tokens[draft.firstToken - 3];
  if (draft.span.kind === 'vague' || before?.kind === 'number' || isNumberWord(before?.lower ?? '')) return true;
  // "a ship of 300 metres", "vessels of 15,000 teu": a measure after the number is what it counts,
  // a length or a tonnage, not the size of the unit before it.
  if (isNonCountNoun(head.text)) return true;
  // "the target of three attacks": a unit of any category in the plural its number asks for is
  // counted, not sized ("the crew of 18 abandoned ship" still is).
  if (match !== null && draft.value !== 1 && looksPlural(head.text)) return true;
  return isPeopleNoun(head.text) || (match !== null && matcher.categoriesListing(unit.lower).includes(match.category));
}

/** Nouns of things that happen in instalments: what "rounds", "sets" or "waves" of them count is occasions. Generic English. */
const EVENT_NOUNS: ReadonlySet<string> = new Set([
  'talks', 'negotiations', 'consultations', 'discussions', 'meetings', 'voting', 'elections', 'fighting', 'shelling',
  'sanctions', 'bombing', 'bombings', 'airstrikes', 'strikes', 'raids', 'attacks', 'protests', 'hearings', 'inspections',
]);

/**
 * "two rounds of talks", "three rounds of negotiations": a noun the topic counts ("rounds" of
 * ammunition) followed by "of" and a noun of events counts occasions of those events, which no
 * category counts ("5,000 rounds of ammunition" still counts rounds).
 */
function instalmentsOfEvent(tokens: readonly Token[], head: number): boolean {
  return wordAt(tokens, head + 1) === 'of' && EVENT_NOUNS.has(wordAt(tokens, head + 2) ?? '');
}

/** Words after people that make them the sources of a report: "two people familiar with the matter". Generic English. */
const SOURCE_DESCRIPTIONS: readonly (readonly string[])[] = [
  ['familiar', 'with'], ['briefed', 'on'], ['with', 'knowledge', 'of'], ['with', 'direct', 'knowledge'],
  ['who', 'spoke', 'on', 'condition'], ['speaking', 'on', 'condition'], ['who', 'asked', 'not'],
];

/**
 * "One person familiar with the talks said …", "two officials briefed on the plan": people a count
 * names as the sources of what is said, not people something happened to.
 */
function namesSources(tokens: readonly Token[], head: number): boolean {
  if (!isPeopleNoun(tokens[head]?.text ?? '')) return false;
  return SOURCE_DESCRIPTIONS.some((words) => words.every((word, k) => wordAt(tokens, head + 1 + k) === word));
}

/** The number of tokens of a day written as a month and a day at `at` ("Dec. 3", "December 3"); 0 when none. */
function dayLength(tokens: readonly Token[], at: number): number {
  if (!MONTH_WORDS.has(wordAt(tokens, at) ?? '')) return 0;
  const dot = tokens[at + 1]?.text === '.' ? 1 : 0;
  const day = tokens[at + 1 + dot];
  return day?.kind === 'number' && /^(?:[1-9]|[12]\d|3[01])$/.test(day.text) ? 2 + dot : 0;
}

/** Determiners of a group a number is part of: "20 of the victims", "192 of its soldiers". */
const GROUP_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'these', 'those']);

/**
 * "At least 20 of the victims were children", "192 of its soldiers": a number that is part of a group
 * named by a unit of the topic counts that unit; the phrase runs on to the group's noun. Null when the
 * group has a number of its own ("20 of the 300 sailors", read with the figure after it; "of the
 * port's crews of 1,200"), names no unit, or the number is "one" ("one of the ships" names a member,
 * not a count, unless its predicate tells what happened to it: see `oneToldByItsFate`, which also
 * lets "one of the three missiles fell nearby" count one).
 */
function partOfNamedGroup(draft: Draft, tokens: readonly Token[], from: number, matcher: UnitMatcher, sentence: string): NounPhrase | null {
  if (wordAt(tokens, from) !== 'of' || !GROUP_DETERMINERS.has(wordAt(tokens, from + 1) ?? '')) return null;
  // "two of the Dec. 3 attacks": a date that names which group is no number of the group's own.
  const group = phraseAfter(tokens, from + 2 + dayLength(tokens, from + 2), matcher);
  // "65,000 of the region's population of roughly 120,000": a whole with a count of its own.
  if (!group || wordAt(tokens, group.head + 1) === 'of') return null;
  const words = range(group.first, group.head).map((i) => wordAt(tokens, i) ?? '');
  const counted = words.slice(0, -1).findIndex((word) => word.split('-').every(isNumberWord));
  // "three of the four missiles": the whole's own number, told in words, is read with the figure after
  // it. "one of the three missiles fell nearby" counts the one its predicate tells of, as "one of the
  // missiles" does; the whole is read as its own figure too.
  if (counted >= 0) return isOne(draft) ? oneOfCountedWhole(tokens, group, group.first + counted + 1, matcher, sentence) : null;
  const match = matcher.match(words, sentence);
  // "28,000 of the arrivals were children": a group named by a movement no category lists is counted
  // where the topic's cues list its verb (see `movementCategory`), as "84,000 arrivals" is; "one of the
  // arrivals" names a member.
  if (!match) return movementVerb(words.at(-1) ?? '') !== null && !isOne(draft) ? group : null;
  return isOne(draft) && !oneToldByItsFate(tokens, group.head, match.category, matcher) ? null : group;
}

/** Whether a draft is the word "one", which names a member unless its predicate counts it. */
function isOne(draft: Draft): boolean {
  return draft.span.kind === 'words' && draft.value === 1;
}

/**
 * "one of the three missiles fell nearby": "one of" a whole with a number of its own counts one when
 * the predicate after the whole tells its fate (`oneToldByItsFate`), the unit read from the words
 * after the whole's number; null otherwise ("one of the three ships was carrying grain").
 */
function oneOfCountedWhole(tokens: readonly Token[], group: NounPhrase, unitFrom: number, matcher: UnitMatcher, sentence: string): NounPhrase | null {
  const match = matcher.match(range(unitFrom, group.head).map((i) => wordAt(tokens, i) ?? ''), sentence);
  return match && oneToldByItsFate(tokens, group.head, match.category, matcher) ? group : null;
}

/**
 * "One of the crew was wounded", "one of the drones was shot down": "one of" a group counts one when
 * its predicate cues what happened to it, in the group's own category (among others) or, for people, any category
 * that counts people. Otherwise it names a member ("one of the ships was carrying grain").
 */
function oneToldByItsFate(tokens: readonly Token[], head: number, category: string, matcher: UnitMatcher): boolean {
  // "One of the two soldiers captured by Sylvania said …": the member picked out is the speaker.
  if (speaksWithinClause(tokens, head)) return false;
  const predicate = predicateAfter(tokens, head);
  if (predicate === null) return false;
  // "one of the ships was hit": a verb that cues two categories ("hit" ships, "hit" targets) still
  // tells the fate of the group's own.
  if (matcher.isCuedBy(category, predicate)) return true;
  const cued = matcher.categoryByCues(predicate);
  return cued !== null && isPeopleNoun(wordAt(tokens, head) ?? '') && countsPeople(matcher, cued);
}

/**
 * "One prisoner had already asked to live in the South": "One" opening a sentence before a person,
 * whose active predicate cues no category, picks out a member who acts or speaks; it counts nothing.
 * So does "one" opening a clause after a comma or a word that opens one ("Additionally, one soldier
 * told the paper …", "he relayed that one soldier conveyed hopes of …"), and "one" after a verb of
 * saying that follows a quotation ("“…,” said one soldier"): the speaker.
 * "One soldier was killed", "One prisoner was released" (what befell them) are counts of one.
 */
function picksOutOne(draft: Draft, head: number, category: string, tokens: readonly Token[], matcher: UnitMatcher): boolean {
  if (draft.span.kind !== 'words' || draft.value !== 1 || draft.span.first !== draft.firstToken) return false;
  if (!isPeopleNoun(wordAt(tokens, head) ?? '')) return false;
  if (speakerAfterQuotation(tokens, draft.span.first)) return true;
  const one = tokens[draft.span.first]?.text;
  if (one !== 'One' && !(one === 'one' && opensClause(tokens[draft.span.first - 1]))) return false;
  // "One prisoner was released", "has been freed": what was done to them, a fate, may be counted.
  if ([1, 2, 3].some((k) => PASSIVE_BE.has(wordAt(tokens, head + k) ?? ''))) return false;
  // "one soldier told the paper": the member picked out is the speaker.
  if (SPEAKS.has(wordAt(tokens, head + 1) ?? '')) return true;
  // "One soldier voiced a wish to go home": a past tense with an object is what the member did, as
  // the predicate reader leaves it (it tells nothing that befell them); unless the verb cues a
  // category ("One soldier killed two officers").
  const verb = wordAt(tokens, head + 1) ?? '';
  if (/ed$/.test(verb) && startsObject(tokens[head + 2])) return matcher.categoryByCues(verb) === null;
  const predicate = predicateAfter(tokens, head);
  return predicate !== null && !matcher.isCuedBy(category, predicate) && matcher.categoryByCues(predicate) === null;
}

/**
 * Whether the "one" at `at` follows a verb of saying right after a quotation or its comma: "“I
 * failed,” said one soldier", "“…”, says one prisoner". The one picked out is the speaker.
 */
function speakerAfterQuotation(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.lower !== 'one' || !SPEAKS.has(wordAt(tokens, at - 1) ?? '')) return false;
  return /^[,”"’']$/.test(tokens[at - 2]?.text ?? '');
}

/** Words after which a clause opens with its subject: "…, one soldier told", "he said that one soldier …", "as one soldier shared …". */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([',', 'that', 'as', 'when', 'while', 'because', 'and', 'but']);

/** Whether `before`, the token before a "one", opens a clause whose subject the "one" begins. */
function opensClause(before: Token | undefined): boolean {
  return before !== undefined && CLAUSE_OPENERS.has(before.lower);
}

/** Verbs of saying right after a person: "one soldier told the paper", "one prisoner said". */
const SPEAKS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'tells', 'added', 'recalled', 'explained']);

/** At most this many words of a description between a group's noun and the verb of saying that ends it. */
const DESCRIPTION_WORDS = 8;

/** Whether a verb of saying follows the noun at `head` within its clause: "one of the soldiers captured in May said". */
function speaksWithinClause(tokens: readonly Token[], head: number): boolean {
  for (let i = head + 1; i <= head + 1 + DESCRIPTION_WORDS && tokens[i]?.kind === 'word'; i++) {
    if (SPEAKS.has(tokens[i]?.lower ?? '')) return true;
  }
  return false;
}

/** Forms of "be" that make a predicate passive or a state. */
const PASSIVE_BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** Words of a calibre: the number before them is a size, not a count. */
const CALIBRES: ReadonlySet<string> = new Set(['mm', 'millimetre', 'millimeter', 'cm', 'centimetre', 'centimeter', 'calibre', 'caliber', 'inch']);

/** Nouns that measure out what follows "of": "800 units of small arms", "40 pieces of artillery". */
const PARTITIVES: ReadonlySet<string> = new Set(['members', 'units', 'unit', 'pieces', 'piece', 'items', 'sets', 'batches', 'pairs', 'crates', 'boxes', 'kinds', 'types']);

/**
 * "800 units of small arms", "25 members of the ship's crew": a partitive head counts what its "of"
 * phrase names, so the phrase runs on to that noun ("small arms", "crew"), and the category is
 * matched on all of it. A partitive that is already the end of a unit keeps it when the longer
 * phrase matches none: "25 crew members of various nationalities" counts crew members.
 */
function partitiveComplement(phrase: NounPhrase, tokens: readonly Token[], matcher: UnitMatcher, sentence: string): NounPhrase {
  const longer = partitiveRunOn(phrase, tokens, matcher);
  if (longer === phrase) return phrase;
  const wordsOf = (read: NounPhrase) => range(read.first, read.head).map((i) => wordAt(tokens, i) ?? '');
  return matcher.match(wordsOf(longer), sentence) === null && matcher.match(wordsOf(phrase), sentence) !== null ? phrase : longer;
}

/** The phrase of a partitive head run on to the noun its "of" phrase names (`partitiveComplement`); the phrase itself when none. */
function partitiveRunOn(phrase: NounPhrase, tokens: readonly Token[], matcher: UnitMatcher): NounPhrase {
  if (!PARTITIVES.has(wordAt(tokens, phrase.head) ?? '') || wordAt(tokens, phrase.head + 1) !== 'of') return phrase;
  // "220 units of 240 mm rocket launchers", "hundreds of pieces of 170-millimeter howitzers": past the
  // calibre that sizes what is counted, written apart or joined by a hyphen.
  const joined = tokens[phrase.head + 3]?.text === '-' ? 1 : 0;
  const calibre = tokens[phrase.head + 2]?.kind === 'number' && CALIBRES.has(wordAt(tokens, phrase.head + 3 + joined) ?? '');
  const from = phrase.head + (calibre ? 4 + joined : 2);
  const complement = phraseAfter(tokens, from, matcher);
  if (complement) return { first: phrase.first, head: complement.head };
  // "25 members of the ship's crew": bare "members" of a group of people the topic counts, past its
  // determiner ("25 crew members of the ship" name the ship they serve on, not what they are).
  if (phrase.first !== phrase.head || !GROUP_DETERMINERS.has(wordAt(tokens, from) ?? '')) return phrase;
  const group = phraseAfter(tokens, from + 1, matcher);
  const noun = group ? (wordAt(tokens, group.head) ?? '') : '';
  return group && matcher.isUnitHead(noun) && isPeopleNoun(noun) ? { first: phrase.first, head: group.head } : phrase;
}

/**
 * "400 killed and captured": when the whole coordinated phrase matches no
 * unit but the words before its first "and"/"or" do, the figure counts those.
 * Not when a plural noun ends the phrase after modifiers of its own: "25
 * missile and drone launch sites" counts sites, which the words before "and"
 * modify too ("five soldiers dead and injuries" still counts the soldiers).
 */
function firstConjunctIfBetter(phrase: NounPhrase, tokens: readonly Token[], matcher: UnitMatcher, sentence: string): NounPhrase {
  const indices = range(phrase.first, phrase.head);
  const join = indices.find((i) => ['and', 'or'].includes(wordAt(tokens, i) ?? ''));
  if (join === undefined || join === phrase.first || modifiesHeadAfter(phrase, join, tokens)) return phrase;
  const words = (to: number) => range(phrase.first, to).map((i) => wordAt(tokens, i) ?? '');
  if (matcher.match(words(phrase.head), sentence) || !matcher.match(words(join - 1), sentence)) return phrase;
  return { first: phrase.first, head: join - 1 };
}

/** Whether the words after `join` are modifiers of a plural head ("drone launch sites"), not a noun alone. */
function modifiesHeadAfter(phrase: NounPhrase, join: number, tokens: readonly Token[]): boolean {
  return phrase.head - join >= 2 && looksPlural(tokens[phrase.head]?.text ?? '');
}

function setUnit(draft: Draft, unit: string, match: { category: string } | null, noun: Draft['noun']): void {
  draft.unit = unit;
  draft.category = match?.category ?? null;
  draft.noun = match ? 'count' : noun;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, k) => from + k);
}
