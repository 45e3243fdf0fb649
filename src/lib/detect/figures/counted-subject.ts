/**
 * A bare number that a count named before it reaches: "the death toll rose to 68", "the number of
 * refugees reached 50,243", "the tally stands at 192". Generic English: the number takes the unit of
 * the counted noun, or for a toll the category of deaths.
 */
import type { UnitMatcher } from './categories.ts';
import { deathsCategory, forcesCategory } from './usual-units.ts';
import { FINITE, PLACE_PREPOSITIONS, countsPeople, isVerbForm } from './predicate.ts';
import { isNonCountNoun } from './non-figures.ts';
import { isNumberWord } from './number-words.ts';
import { isPeopleNoun, movementVerb } from './people.ts';
import { QUOTE_MARKS } from './noun-phrase.ts';
import { looksPlural } from './plural.ts';
import { countOfPossessor } from './possessive-count.ts';
import { countByTheThousands } from './by-the-thousands.ts';
import type { Draft } from './read-figure.ts';
import { touching } from './tokens.ts';
import type { Token } from './types.ts';

/** Verbs by which a count reaches a number, and the preposition they may take; plural subjects take the bare form ("casualties exceed 4,000"). */
const REACHES = /^(?:rose|risen|rise|rises|rising|swelled|swollen|climbed|climb|climbs|reached|reach|reaches|stood|stand|stands|remains|remained|increased|jumped|jump|jumps|leapt|leaped|leap|leaps|soared|soar|soars|surged|surge|surges|hit|hits|grew|grown|totalled|totaled|totalling|totaling|totals|total|amounted|amounts|amount|amounting|numbering|numbered|numbers|number|estimated|put|is|was|are|were|now|exceeded|exceeds|exceed|exceeding|topped|tops|top|topping|surpassed|surpasses|surpass|surpassing|passed|passes|pass|neared|nears|near|nearing|approached|approaches|approach|fell|fallen|falls|fall|dropped|drops|drop|declined|decreased)$/;

/** Verbs by which a count grows or amounts to a number: its noun may stand right before them. */
const GROWS = /^(?:rose|risen|rise|rises|swelled|swollen|climbed|climb|climbs|reached|reach|reaches|increased|jumped|jump|jumps|leapt|leaped|leap|leaps|soared|soar|soars|surged|surge|surges|grew|grown|totalled|totaled|totals|total|amounted|amounts|amount|exceeded|exceeds|exceed|exceeding|topped|tops|top|topping|surpassed|surpasses|surpass|surpassing|passed|passes|pass|neared|nears|near|nearing|approached|approaches|approach|fell|fallen|falls|fall|dropped|drops|drop|declined|decreased)$/;

/** Nouns after a round number that make it a threshold a count passes: "the 100,000 mark". */
const MARKS: ReadonlySet<string> = new Set(['mark', 'milestone', 'threshold', 'barrier']);

/** Verbs by which a count passes a mark: "crossed the 100,000 mark", "hit the 1,000 milestone". */
const MARK_VERBS = /^(?:crossed|crosses|cross|passed|passes|pass|topped|tops|top|reached|reaches|reach|hit|hits|surpassed|surpasses|surpass|exceeded|exceeds|exceed|broke|breaks|breached|breaches|neared|nears|near|approached|approaches|approach)$/;

/** Verbs that give the size of what their subject names: "the contingent numbers 2,000", "the force stood at 3,000". */
const SIZES = /^(?:numbers|number|numbered|totals|totalled|totaled|stands|stood)$/;

/** Participles that give the size of the noun before them, set off by a comma: "the refugees, numbering about 30,000". */
const NUMBERING = /^(?:numbering|numbered|number|totalling|totaling|totalled|totaled)$/;

/** Nouns of a count that a unit before them names: "refugee numbers", "the casualty figure", "the refugee tally". */
const COUNT_NOUNS: ReadonlySet<string> = new Set(['number', 'numbers', 'figure', 'figures', 'count', 'total', 'tally']);

/** The unit and category of the word before a count noun, when it is a unit of the topic ("refugee", "transit"); null otherwise. */
function modifierUnit(token: Token | undefined, matcher: UnitMatcher, sentence: string): { unit: string; category: string } | null {
  if (token?.kind !== 'word' || !matcher.isUnitHead(token.lower)) return null;
  const category = matcher.match([token.lower], sentence)?.category;
  return category ? { unit: token.lower, category } : null;
}

/** Verbs that give the size of a collective subject: "the population was 120,000", "stood at 120,000". */
const COPULAS = /^(?:is|was|stands|stood|remains|remained)$/;

/**
 * Verbs that give the count of the unit right before them: "losses stand at 4,000", "the wounded
 * remained 290". The plain copula gives one only from a hundred up ("their losses are more than four
 * thousand"), as below that the number may be an age ("the soldiers were 19").
 */
const STANDS = /^(?:stand|stands|stood|remain|remains|remained)$/;
const PLAIN_COPULAS = /^(?:is|are|was|were)$/;
const LEAST_COUNT_BY_COPULA = 100;

/** Nouns for a body of people whose size a copula gives; "the attack was 2,000 …" gives no size of attacks. */
const COLLECTIVES: ReadonlySet<string> = new Set(['population', 'crew', 'contingent', 'force', 'garrison']);

/** Determiners before a noun that names a count by what happened: "the exodus", "this evacuation". */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'its', 'their']);

/**
 * Auxiliaries between a counted noun and its verb: "casualties are estimated at …". Modals too: a count
 * that may grow to the number ("arrivals could reach 120,000") is that count, forecast.
 */
const BETWEEN: ReadonlySet<string> = new Set([...FINITE, 'been', 'now', 'being', 'could', 'may', 'might', 'will', 'would', 'can', 'should']);

/** Modals between a relative pronoun and the verb that sizes its noun: "which could number …". */
const MODALS: ReadonlySet<string> = new Set(['could', 'may', 'might', 'would', 'will', 'can', 'now']);

/** Nouns of a count that name nothing counted: "the number rose to 65,036", "the total stands at 100,417". */
const BARE_COUNTS: ReadonlySet<string> = new Set(['number', 'total', 'figure', 'count']);

/** Adverbs between a count and its verb: "the number has since risen to …", "the total now stands at …". */
const COUNT_ADVERBS: ReadonlySet<string> = new Set([...BETWEEN, 'since', 'already', 'then', 'further', 'later']);

/**
 * Whether a count that names nothing it counts reaches the number: "By Wednesday, the number had
 * risen to 65,036", "the total now stands at 100,417". It counts what the figure told just before counts.
 */
export function reachedByBareCount(draft: Draft, tokens: readonly Token[]): boolean {
  let i = draft.firstToken - 1;
  if (tokens[i]?.lower === 'to' || tokens[i]?.lower === 'at') i -= 1;
  if (!REACHES.test(tokens[i]?.lower ?? '')) return false;
  let n = i - 1;
  while (n >= 0 && COUNT_ADVERBS.has(tokens[n]?.lower ?? '')) n -= 1;
  return BARE_COUNTS.has(tokens[n]?.lower ?? '') && /^(?:the|that|this)$/.test(tokens[n - 1]?.lower ?? '');
}

/** Whether a sentence opens at token `k`: the text's first token, or one after a mark that ends a sentence or a label. */
function opensSentence(tokens: readonly Token[], k: number): boolean {
  return k === 0 || /^[.!?:]$/.test(tokens[k - 1]?.text ?? '');
}

/** At most this many capitalised words name a place or side before a noun: "Marsh City exodus". */
const NAME_WORDS = 3;

/**
 * Whether the word at `n` is a noun with nothing before it but a determiner, names or the opening of
 * its sentence: "the exodus", "the Marsh City exodus", and as a headline writes it, "Exodus reaches
 * 65,000", "Marsh City exodus tops 100,000". Not "said exodus reached", where nothing marks a noun.
 */
function determinedNoun(tokens: readonly Token[], n: number): boolean {
  if (tokens[n]?.kind !== 'word') return false;
  let k = n;
  while (k > n - NAME_WORDS && tokens[k - 1]?.kind === 'word' && /^\p{Lu}/u.test(tokens[k - 1]?.text ?? '') && /^\p{Ll}/u.test(tokens[n]?.text ?? '')) k -= 1;
  return DETERMINERS.has(tokens[k - 1]?.lower ?? '') || opensSentence(tokens, k);
}

/** A toll's number as a count of the topic's deaths category, or null when the topic counts no deaths. */
function deathToll(draft: Draft, matcher: UnitMatcher, sentence: string): Draft | null {
  const category = deathsCategory(matcher, sentence);
  return category === null ? null : { ...draft, unit: '', category, noun: 'count' };
}

/** Verbs that carry a count up to a number: "bringing the total to 30,000", "raising the death toll to 25". */
const RAISES = /^(?:bringing|brings|brought|raising|raises|raised|pushing|pushes|pushed|taking|takes|took|lifting|lifts|lifted|revising|revises|revised|upping|ups|upped|updating|updates|updated)$/;

/** How many tokens before "to" the verb of raising may stand: "revised up their number of fighters and civilians killed to 213". */
const RAISE_REACH = 14;

/**
 * The words of the count that a verb of raising carries to the number starting at `first`: "the death
 * toll" of "raising the death toll to 25", "the total" of "bringing the total to 30,000"; null when
 * no such verb is a few words before "to".
 */
export function countRaisedTo(tokens: readonly Token[], first: number): string[] | null {
  if (tokens[first - 1]?.lower !== 'to') return null;
  for (let k = first - 2; k >= 0 && k >= first - RAISE_REACH; k--) {
    const token = tokens[k];
    if (token?.kind !== 'word') return null;
    // "revised up their number of …": the verb's particle is no part of the count's words.
    if (RAISES.test(token.lower)) return tokens.slice(tokens[k + 1]?.lower === 'up' ? k + 2 : k + 1, first - 1).map((t) => t.lower);
  }
  return null;
}

/** "raising the death toll to 25", "bringing the number of refugees to 30,000": the count's unit and category. */
function countRaised(draft: Draft, tokens: readonly Token[], matcher: UnitMatcher, sentence: string): Draft | null {
  const words = countRaisedTo(tokens, draft.firstToken);
  if (!words) return null;
  const of = words.indexOf('of');
  // "bringing the tally of refugees to 100,000": a tally of something counts it, a toll counts deaths.
  const tallyOf = of > 0 && words[of - 1] === 'tally';
  if (words.includes('toll') || (words.includes('tally') && !tallyOf)) return deathToll(draft, matcher, sentence);
  const counted = of > 0 && (words[of - 1] === 'number' || tallyOf) ? numberOf(words.slice(of + 1), matcher, sentence) : null;
  if (counted) return { ...draft, unit: counted.unit, category: counted.category, noun: 'count' };
  const number = words.indexOf('number');
  return number < 0 ? null : countOfThoseWho(draft, words.slice(number + 1), matcher);
}

/** Relative pronouns after "the number": "the number who have fled", "the number that arrived". */
const NUMBER_RELATIVES: ReadonlySet<string> = new Set(['who', 'that', 'which']);

/**
 * "the number who have fled rose to 28,000", "bringing the number that arrived to 50,000": a number
 * of people told only by what they did counts what the cue words of that clause name; null when the
 * words after "number" open no such clause or cue no category.
 */
function countOfThoseWho(draft: Draft, after: readonly string[], matcher: UnitMatcher): Draft | null {
  if (!NUMBER_RELATIVES.has(after[0] ?? '')) return null;
  const category = matcher.categoryByCues(after.slice(1).join(' '));
  return category === null ? null : { ...draft, unit: '', category, noun: 'count' };
}

/**
 * "Refugees: 100,417", "Dead: at least 200", "Refugees so far: 100,417": a number after a unit noun
 * and a colon counts that noun; after "toll" ("Death toll: 200"), the dead.
 */
function countLabelled(draft: Draft, tokens: readonly Token[], matcher: UnitMatcher, sentence: string): Draft | null {
  if (tokens[draft.firstToken - 1]?.text !== ':' || draft.span.yearLike) return null;
  // "Refugees so far: …", "Deaths to date: …": a running total's words between the label and its colon.
  const since = SO_FAR.has(`${tokens[draft.firstToken - 3]?.lower} ${tokens[draft.firstToken - 2]?.lower}`) ? 2 : 0;
  const label = tokens[draft.firstToken - 2 - since];
  if (label?.kind === 'word' && label.lower === 'toll') return deathToll(draft, matcher, sentence);
  if (label?.kind !== 'word' || !matcher.isUnitHead(label.lower)) return null;
  const match = matcher.match([label.lower], sentence);
  return match ? { ...draft, unit: label.lower, category: match.category, noun: 'count' } : null;
}

/**
 * "Freedonian peacekeepers — of which there are 2,000 in the region — handed out aid", "the ships,
 * of whom there were about 40": a number after "of which/whom there are" counts the plural unit noun
 * right before the relative clause.
 */
function countOfWhichThereAre(draft: Draft, tokens: readonly Token[], matcher: UnitMatcher, sentence: string): Draft | null {
  const k = draft.firstToken;
  if (!/^(?:are|were)$/.test(tokens[k - 1]?.lower ?? '') || tokens[k - 2]?.lower !== 'there' || !/^(?:which|whom)$/.test(tokens[k - 3]?.lower ?? '') || tokens[k - 4]?.lower !== 'of') return null;
  const n = ASIDE_MARKS.has(tokens[k - 5]?.text ?? '') ? k - 6 : k - 5;
  const noun = tokens[n];
  if (noun?.kind !== 'word' || !looksPlural(noun.text) || !matcher.isUnitHead(noun.lower)) return null;
  const match = matcher.match([noun.lower], sentence);
  return match ? { ...draft, unit: noun.lower, category: match.category, noun: 'count' } : null;
}

/** Marks that may open an aside before "of which". */
const ASIDE_MARKS: ReadonlySet<string> = new Set([',', '-', '—', '–', '(']);

/** Words of a running total that may stand between a label and its colon. */
const SO_FAR: ReadonlySet<string> = new Set(['so far', 'to date', 'in total', 'in all']);

/** Marks that close an aside a size stands alone in, by the mark that opens it. */
const CLOSES_ASIDE: Readonly<Record<string, string>> = { ',': ',', '—': '—', '–': '–' };

/** Marks that end a clause. */
const ENDS_CLAUSE = /^[.;!?]$/;

/** Prepositions of aim, before the noun an aside would size: "fired drones at ships, 21 in total". */
const AIMED_AT: ReadonlySet<string> = new Set(['at', 'toward', 'towards', 'against']);

/**
 * "Refugees (more than 50,000 so far) have crossed", "attacks on ships (at least 27)": a number that
 * opens a parenthesis right after a unit noun counts that noun. So does a number alone in an aside
 * between commas or dashes ("The strikes, more than 60 in all, hit 16 sites"), with "of them" too
 * ("The refugees, about 70,000 of them, have been housed"), or a total after a comma that ends the
 * sentence ("fired a barrage of drones, 21 in total").
 */
function countInParentheses(draft: Draft, tokens: readonly Token[], matcher: UnitMatcher, sentence: string): Draft | null {
  const noun = tokens[draft.firstToken - 2];
  const open = tokens[draft.firstToken - 1]?.text ?? '';
  const after = partitiveAside(tokens, draft.lastToken + 1);
  // "a barrage of drones, 21 in total.": a total may close the sentence instead of the aside.
  const closes = tokens[after]?.text === CLOSES_ASIDE[open] || (draft.total && open === ',' && ENDS_CLAUSE.test(tokens[after]?.text ?? '.'));
  // "fired drones at ships, 21 in total": a noun after a preposition may not be what the aside sizes.
  const aside = open in CLOSES_ASIDE && closes && !AIMED_AT.has(tokens[draft.firstToken - 3]?.lower ?? '') && !PLACE_PREPOSITIONS.has(tokens[draft.firstToken - 3]?.lower ?? '');
  if (draft.span.yearLike || (open !== '(' && !aside) || noun?.kind !== 'word' || !looksPlural(noun.text) || !matcher.isUnitHead(noun.lower)) return null;
  const match = matcher.match([noun.lower], sentence);
  return match ? { ...draft, unit: noun.lower, category: match.category, noun: 'count' } : null;
}

/** Words of a running total after a size in an aside: "more than 50,000 so far". */
const RUNNING_TOTAL: ReadonlySet<string> = new Set(['so far', 'to date']);

/** At most this many words say what the part of an aside is: "18 of them Filipino nationals". */
const PART_WORDS = 2;

/** Words after "of them" that tell a fate of the part, not what it is: "two of them injured". */
const FATE_AFTER = /^(?:\p{L}+(?:ed|en)|hurt|dead|missing)$/u;

/**
 * Where an aside that sizes the noun before it goes on after the number: past "of them" and a few
 * words saying what the part is ("The refugees, about 70,000 of them, have been housed", "The sailors,
 * 18 of them Filipino, were taken"). Not past words telling what befell the part ("The crew, two
 * of them injured, …"), which the part's own category would decide; past "so far", "to date" too.
 * `from` is the token after the number; it is returned when neither follows.
 */
function partitiveAside(tokens: readonly Token[], from: number): number {
  // "The refugees — more than 50,000 so far — have crossed": a running total's words close the size.
  if (RUNNING_TOTAL.has(`${tokens[from]?.lower} ${tokens[from + 1]?.lower}`)) return from + 2;
  if (tokens[from]?.lower !== 'of' || tokens[from + 1]?.lower !== 'them') return from;
  let k = from + 2;
  while (k < from + 2 + PART_WORDS && tokens[k]?.kind === 'word' && !FATE_AFTER.test(tokens[k]?.lower ?? '')) k += 1;
  return tokens[k]?.kind === 'word' ? from : k;
}

/**
 * "Freedonian peacekeepers, about 2,000-strong, have been deployed", "the contingent is 2,000 strong":
 * a size given after what it sizes counts the unit noun a few words before it, or what a noun the topic
 * lists as a cue names ("the exodus is now 100,000 strong"), or else the topic's armed forces. The
 * figure runs on to "strong".
 */
function strengthOf(draft: Draft, tokens: readonly Token[], matcher: UnitMatcher, sentence: string): Draft | null {
  const strong = tokens[draft.lastToken + 1]?.text === '-' || tokens[draft.lastToken + 1]?.text === '–' ? draft.lastToken + 2 : draft.lastToken + 1;
  if (tokens[strong]?.lower !== 'strong' || tokens[strong + 1]?.kind === 'word') return null;
  for (let k = draft.firstToken - 1; k >= 0 && k >= draft.firstToken - 6; k--) {
    const token = tokens[k];
    if (token?.kind !== 'word') continue;
    // "The exodus is now 100,000 strong": a noun the topic lists as a cue, after a determiner, says what is sized.
    const cued = matcher.isUnitHead(token.lower) ? null : matcher.categoryByCues(token.lower);
    if (cued !== null && /^(?:the|this|that|an?|its|their)$/.test(tokens[k - 1]?.lower ?? '')) return { ...draft, unit: '', category: cued, noun: 'count', lastToken: strong };
    if (!matcher.isUnitHead(token.lower)) continue;
    const match = matcher.match([token.lower], sentence);
    if (match) return { ...draft, unit: token.lower, category: match.category, noun: 'count', lastToken: strong };
  }
  const force = forcesCategory(matcher, sentence);
  return force === null ? null : { ...draft, unit: '', category: force, noun: 'count', lastToken: strong };
}

/** Verbs before "in the thousands": "casualties are in the thousands", "losses ran into the hundreds". */
const IN_THE_RANGE_OF = /^(?:is|are|was|were|be|been|remain|remains|remained|ran|run|runs|running|number|numbers|numbered|stood|stand|stands)$/;

/**
 * "Freedonian casualties are in the thousands", "the death toll ran into the hundreds": a vague amount
 * after "in the" or "into the" counts the subject of the verb before it, a unit or a toll.
 */
function countInTheRangeOf(draft: Draft, tokens: readonly Token[], matcher: UnitMatcher, sentence: string): Draft | null {
  const first = draft.firstToken;
  if (draft.span.kind !== 'vague' || tokens[first - 1]?.lower !== 'the' || !/^(?:in|into)$/.test(tokens[first - 2]?.lower ?? '')) return null;
  if (!IN_THE_RANGE_OF.test(tokens[first - 3]?.lower ?? '')) return null;
  let n = first - 4;
  while (n >= 0 && COUNT_ADVERBS.has(tokens[n]?.lower ?? '')) n -= 1;
  const noun = tokens[n];
  if (noun?.kind !== 'word') return null;
  if (noun.lower === 'toll' || noun.lower === 'tally') return deathToll(draft, matcher, sentence);
  if (!matcher.isUnitHead(noun.lower)) return null;
  const match = matcher.match([noun.lower], sentence);
  return match ? { ...draft, unit: noun.lower, category: match.category, noun: 'count' } : null;
}

/**
 * "the death toll rose from 68 to 170", "transits fell from 2,000 in November to 1,100": where the verb
 * of growth stands when the word before the number (at `before`) is the "from" of the earlier value,
 * or the "to" of the later one a few words after "from"; null otherwise.
 */
function verbOfChange(tokens: readonly Token[], before: number): number | null {
  if (tokens[before]?.lower === 'from') return GROWS.test(tokens[before - 1]?.lower ?? '') ? before - 1 : null;
  if (tokens[before]?.lower !== 'to') return null;
  for (let k = before - 1; k >= 1 && k >= before - 6; k--) {
    if (tokens[k]?.lower !== 'from') continue;
    const earlier = tokens.slice(k + 1, before).some((t) => t.kind === 'number' || isNumberWord(t.lower));
    return earlier && GROWS.test(tokens[k - 1]?.lower ?? '') ? k - 1 : null;
  }
  return null;
}

/** The count a bare number reaches, as a draft with that count's unit and category; null when there is none. */
export function countedSubject(draft: Draft, tokens: readonly Token[], matcher: UnitMatcher, sentence: string): Draft | null {
  const strength = strengthOf(draft, tokens, matcher, sentence);
  if (strength) return strength;
  const range = countInTheRangeOf(draft, tokens, matcher, sentence) ?? countByTheThousands(draft, tokens, matcher);
  if (range) return range;
  const named = countNamedBefore(draft, tokens, matcher, sentence);
  if (named) return named;
  const raised = countRaised(draft, tokens, matcher, sentence);
  if (raised) return raised;
  const labelled = countLabelled(draft, tokens, matcher, sentence) ?? countInParentheses(draft, tokens, matcher, sentence);
  if (labelled) return labelled;
  const toll = tollPutAt(draft, tokens, matcher, sentence);
  if (toll) return toll;
  const existing = countOfWhichThereAre(draft, tokens, matcher, sentence);
  if (existing) return existing;
  let i = draft.firstToken - 1;
  // "placed the number of war dead at “at least 600”": the number quoted is still the one put at.
  if (isQuoteMark(tokens[i]) && touching(tokens[i], tokens[i + 1])) i -= 1;
  if (tokens[i]?.lower === 'at') {
    const estimate = numberPutAt(draft, tokens, matcher, sentence, i);
    if (estimate) return estimate;
  }
  // "refugee numbers crossed the 100,000 mark": a number named as a mark is passed like the number.
  const mark = tokens[i]?.lower === 'the' && MARKS.has(tokens[draft.lastToken + 1]?.lower ?? '') && MARK_VERBS.test(tokens[i - 1]?.lower ?? '');
  if (mark) i -= 1;
  const changed = mark ? null : verbOfChange(tokens, i);
  if (changed !== null) i = changed;
  else if (!mark && (tokens[i]?.lower === 'to' || tokens[i]?.lower === 'at')) i -= 1;
  if (!mark && !REACHES.test(tokens[i]?.lower ?? '')) return null;
  // "Freedonian casualties are estimated at around 4,700": the noun before the verb is a unit. So it is
  // right before a verb of growth: "the injured reached 400", "deaths rose to 68".
  let n = i - 1;
  // "the refugees, numbering about 30,000", "the population, estimated at 120,000": the noun before the comma.
  if ((NUMBERING.test(tokens[i]?.lower ?? '') || tokens[i]?.lower === 'estimated') && tokens[n]?.text === ',') n -= 1;
  // "the strikes, which numbered 73": the noun before the relative clause. "the troops, which could
  // number as many as 11,000": a modal may stand between the pronoun and its verb.
  const relative = NUMBERING.test(tokens[i]?.lower ?? '') ? n - (MODALS.has(tokens[n]?.lower ?? '') ? 1 : 0) : -1;
  if (/^(?:which|who)$/.test(tokens[relative]?.lower ?? '') && tokens[relative - 1]?.text === ',') n = relative - 2;
  while (n >= 0 && BETWEEN.has(tokens[n]?.lower ?? '')) n -= 1;
  // "casualties — including both killed and wounded — are estimated at 4,700": past an aside between dashes.
  n = beforeDashedAside(tokens, n);
  n = beforePlacePhrase(tokens, n, matcher);
  const verb = mark ? 'passed' : (tokens[i]?.lower ?? '');
  // "The population was about 120,000", "the crew stood at 25": a collective noun the topic counts, sized by a copula.
  const sized = n === i - 1 && COPULAS.test(verb) && COLLECTIVES.has(tokens[n]?.lower ?? '') && !draft.span.yearLike;
  const stands = STANDS.test(verb) || (PLAIN_COPULAS.test(verb) && draft.value >= LEAST_COUNT_BY_COPULA && !draft.span.yearLike);
  const grows = GROWS.test(verb) || NUMBERING.test(verb) || (verb === 'estimated' && n < i - 1) || sized || stands;
  if ((n < i - 1 || grows) && tokens[n]?.kind === 'word' && matcher.isUnitHead(tokens[n]?.lower ?? '')) {
    const governed = countGoverning(draft, tokens, n, matcher, sentence);
    if (governed) return governed;
    const match = matcher.match([tokens[n]?.lower ?? ''], sentence);
    if (match) return { ...draft, unit: tokens[n]?.lower ?? '', category: match.category, noun: 'count' };
  }
  // "Arrivals climbed to 80,000": a noun of movement no category lists grows to the number, counted
  // where the topic's cues list its verb, as "the number of arrivals" is.
  const moved = GROWS.test(verb) && !draft.span.yearLike && tokens[n]?.kind === 'word' ? movementVerb(tokens[n]?.lower ?? '') : null;
  const movedCategory = moved === null || matcher.isUnitHead(tokens[n]?.lower ?? '') ? null : matcher.categoryByCues(moved);
  if (movedCategory !== null) return { ...draft, unit: tokens[n]?.lower ?? '', category: movedCategory, noun: 'count' };
  // "Freedonia's contingent numbers about 2,000": a noun the topic lists as a cue, sized by its verb.
  // "The exodus has now passed 100,000": so is one, after a determiner, that grows to the number.
  // A headline or crosshead drops the determiner: "Freedonia exodus tops 100,000", "Exodus reaches 65,000".
  const cueGrows = GROWS.test(verb) && !draft.span.yearLike && determinedNoun(tokens, n);
  if ((SIZES.test(verb) || cueGrows) && tokens[n]?.kind === 'word') {
    const category = matcher.categoryByCues(tokens[n]?.lower ?? '');
    if (category !== null) return { ...draft, unit: '', category, noun: 'count' };
  }
  // The counted phrase ends right before the verb, at most twelve words back ("the death toll from the
  // blast"), or further past an appositive between commas ("Death toll from the blast in Marsh City, a
  // town of fishermen, climbed to 68") or, for a toll, along one unbroken run of words ("The death toll
  // from an explosion and fire at a fuel depot in Marsh City on Monday has jumped to 125").
  for (let k = i - 1; k >= 0 && k >= i - 24; k--) {
    const word = tokens[k]?.lower ?? '';
    // "The number of “forcibly displaced” people … exceeded 28,000": the writer's quotation marks are passed as commas are.
    if (tokens[k]?.text === ',' || tokens[k]?.text === '-' || tokens[k]?.text === '–' || tokens[k]?.text === '—' || isQuoteMark(tokens[k])) continue;
    if (k < i - 12 && !appositiveBetween(tokens, k, i)) return tollAlongWords(tokens, k, i) ? deathToll(draft, matcher, sentence) : null;
    if (tokens[k]?.kind !== 'word') return null;
    // "refugee numbers topped 100,000", "the refugee tally reached 100,000": a count named by the unit before it.
    const modified = COUNT_NOUNS.has(word) ? modifierUnit(tokens[k - 1], matcher, sentence) : null;
    if (modified) return { ...draft, ...modified, noun: 'count' };
    if (word === 'toll' || word === 'tally') {
      return deathToll(draft, matcher, sentence);
    }
    // "the number of refugees …", "the initial count of casualties following the blast …".
    if ((word === 'number' || word === 'count') && tokens[k + 1]?.lower === 'of') {
      const counted = numberOf(tokens.slice(k + 2, i).filter((t) => t.kind === 'word').map((t) => t.lower), matcher, sentence);
      return counted ? { ...draft, unit: counted.unit, category: counted.category, noun: 'count' } : null;
    }
    if (word === 'number' && NUMBER_RELATIVES.has(tokens[k + 1]?.lower ?? '')) {
      return countOfThoseWho(draft, tokens.slice(k + 1, i).filter((t) => t.kind === 'word').map((t) => t.lower), matcher);
    }
    // "Refugees kept arriving. Their number reached 28,000", "people taking refuge, whose number has reached 13,500".
    // Only adverbs and auxiliaries may stand between the count and its verb ("Their number two, Weiss, was 45" is none).
    const possessed = tokens.slice(k + 1, i).every((t) => COUNT_ADVERBS.has(t.lower)) ? countOfPossessor(draft, tokens, k, i, matcher) : null;
    if (possessed) return possessed;
    // "the population of Marsh City – estimated at around 120,000": a unit named with what it is of.
    if (tokens[k + 1]?.lower === 'of' && matcher.isUnitHead(word) && (verb === 'estimated' || (COPULAS.test(verb) && COLLECTIVES.has(word) && !draft.span.yearLike))) {
      const match = matcher.match([word], sentence);
      return match ? { ...draft, unit: word, category: match.category, noun: 'count' } : null;
    }
    // "the exodus of residents from the region reached 100,417": a noun the topic lists as a cue,
    // with what it is of, grows to the number.
    const cued = tokens[k + 1]?.lower === 'of' && GROWS.test(verb) ? matcher.categoryByCues(word) : null;
    if (cued !== null) return { ...draft, unit: '', category: cued, noun: 'count' };
  }
  return null;
}

/** Whether a token is a quotation mark, which a writer may put around words of a count or around the number. */
function isQuoteMark(token: Token | undefined): boolean {
  return token?.kind === 'punct' && QUOTE_MARKS.test(token.text);
}

/** Dashes that set off an aside; a hyphen counts when spaces stand around it. */
const DASHES: ReadonlySet<string> = new Set(['—', '–', '-']);

/**
 * The token before an aside set off by dashes that closes at `n` ("— including both killed and
 * wounded —"), so the noun before it is read as the count; `n` itself when no such aside closes
 * there, or it runs longer than twelve tokens or holds a clause's end.
 */
function beforeDashedAside(tokens: readonly Token[], n: number): number {
  const close = tokens[n];
  if (!close || !DASHES.has(close.text) || (close.text === '-' && touching(tokens[n - 1], close))) return n;
  for (let k = n - 1; k >= 1 && k >= n - 12; k--) {
    const token = tokens[k] as Token;
    if (token.text === close.text) return k - 1;
    if (token.kind === 'punct' && ENDS_CLAUSE.test(token.text)) return n;
  }
  return n;
}

/**
 * "Casualties among Sylvanian troops in Freedonia surpass 4,000": the counted phrase may end with where
 * it is; the noun before that place phrase is the one the verb counts. The index `n` itself when the
 * word there is a unit or no short place phrase ends there.
 */
function beforePlacePhrase(tokens: readonly Token[], n: number, matcher: UnitMatcher): number {
  // "in the war": a word that only ends a longer unit ("prisoners of war") is a place, not a unit.
  if (tokens[n]?.kind !== 'word' || matcher.match([tokens[n]?.lower ?? ''], '') !== null) return n;
  for (let k = n - 1; k >= 1 && k >= n - 4; k--) {
    if (tokens[k]?.kind !== 'word') return n;
    if (PLACE_PREPOSITIONS.has(tokens[k]?.lower ?? '') && tokens[k - 1]?.kind === 'word' && matcher.isUnitHead(tokens[k - 1]?.lower ?? '')) return k - 1;
  }
  return beforeParticiplePhrase(tokens, n, matcher);
}

/** At most this many words in a participle phrase after the counted noun: "involved in the war in the east". */
const PARTICIPLE_PHRASE_WORDS = 7;

/** Prepositions that may follow the participle of such a phrase: "involved in", "sent to", "fighting for". */
const PARTICIPLE_PREPOSITIONS: ReadonlySet<string> = new Set([...PLACE_PREPOSITIONS, 'to', 'for', 'from', 'into', 'with', 'against', 'by', 'alongside']);

/**
 * "Casualties among Sylvanian troops involved in the war have surpassed 4,000", "the death toll of
 * sailors sent to the front rose to 600": the counted phrase may end with a participle phrase that
 * describes its noun; the unit noun right before the participle is the one the verb counts (or the
 * count that governs it). The index `n` itself when no such phrase ends there.
 */
function beforeParticiplePhrase(tokens: readonly Token[], n: number, matcher: UnitMatcher): number {
  for (let k = n - 1; k >= 2 && k >= n - PARTICIPLE_PHRASE_WORDS; k--) {
    if (tokens[k]?.kind !== 'word') return n;
    if (!PARTICIPLE_PREPOSITIONS.has(tokens[k]?.lower ?? '') || !isVerbForm(tokens[k - 1])) continue;
    const noun = tokens[k - 2];
    return noun?.kind === 'word' && looksPlural(noun.text) && matcher.isUnitHead(noun.lower) ? k - 2 : n;
  }
  return n;
}

/** Prepositions that attach a group to the count before them: "the death toll among the troops", "casualties in the unit". */
const GROUP_PREPOSITIONS: ReadonlySet<string> = new Set(['among', 'amongst', 'in', 'within', 'from', 'of', 'on', 'aboard']);

/**
 * The count that governs the unit noun at `noun` through a preposition, when there is one: "the death
 * toll among the troops rose to 600" counts deaths, "casualties among Freedonian soldiers reached
 * 4,000" casualties, not troops. Null when the noun heads its own phrase ("the number of troops rose",
 * "troops rose") or the word before the preposition counts nothing.
 */
function countGoverning(draft: Draft, tokens: readonly Token[], noun: number, matcher: UnitMatcher, sentence: string): Draft | null {
  for (let k = noun - 1; k >= 1 && k >= noun - 5; k--) {
    if (tokens[k]?.kind !== 'word') return null;
    if (!GROUP_PREPOSITIONS.has(tokens[k]?.lower ?? '')) continue;
    const head = tokens[k - 1];
    if (head?.kind !== 'word') return null;
    // "the tally of refugees rose to 100,000": a tally counts what it is of, as a number does.
    if (head.lower === 'tally' && tokens[k]?.lower === 'of') return null;
    if (head.lower === 'toll' || head.lower === 'tally') return deathToll(draft, matcher, sentence);
    if (head.lower === 'number' || !matcher.isUnitHead(head.lower)) return null;
    const match = matcher.match([head.lower], sentence);
    return match ? { ...draft, unit: head.lower, category: match.category, noun: 'count' } : null;
  }
  return null;
}

/**
 * "out of a total deployment of 15,000", "an estimated population of 120,000": a noun of the topic's
 * units or cue words right before "of" says what the number counts; "a death toll of 200" counts deaths.
 */
function countNamedBefore(draft: Draft, tokens: readonly Token[], matcher: UnitMatcher, sentence: string): Draft | null {
  const noun = tokens[draft.firstToken - 2];
  if (tokens[draft.firstToken - 1]?.lower !== 'of' || noun?.kind !== 'word' || measuredAfter(tokens, draft.lastToken)) return null;
  if (noun.lower === 'toll' || noun.lower === 'tally') return deathToll(draft, matcher, sentence);
  const category = matcher.isUnitHead(noun.lower) ? matcher.match([noun.lower], sentence)?.category : matcher.categoryByCues(noun.lower);
  return category ? { ...draft, unit: '', category, noun: 'count' } : null;
}

/**
 * "ships of 5,000 - 6,000 teu", "a vessel of 200 to 300 metres": a noun of measure after the number,
 * or after the other end of a range it opens, says it measures; it is no size of the noun before "of".
 */
function measuredAfter(tokens: readonly Token[], last: number): boolean {
  let k = last + 1;
  if (/^(?:-|–|to)$/.test(tokens[k]?.lower ?? '') && tokens[k + 1]?.kind === 'number') k += 2;
  return tokens[k]?.kind === 'word' && isNonCountNoun(tokens[k]?.text ?? '');
}

/** Verbs that set a number on a count: "put the number of … at", "estimated the number of … at". */
const PUTS = new Set(['put', 'puts', 'placed', 'places', 'estimated', 'estimates', 'estimate', 'set', 'sets']);

/** "media put the death toll at 200", "… above 200": a toll set by a verb of estimating counts deaths. */
function tollPutAt(draft: Draft, tokens: readonly Token[], matcher: UnitMatcher, sentence: string): Draft | null {
  let k = draft.firstToken - 1;
  if (/^(?:at|above|over|below|under|near)$/.test(tokens[k]?.lower ?? '')) k -= 1;
  if (!/^(?:toll|tally)$/.test(tokens[k]?.lower ?? '')) return null;
  // The verb is a few words back: "put the death toll", "put the overall toll".
  if (![2, 3, 4].some((back) => PUTS.has(tokens[k - back]?.lower ?? ''))) return null;
  return deathToll(draft, matcher, sentence);
}

/**
 * "media put the number of newly sent soldiers at about 1,000": the count between "number of" and
 * "at". "Sylvania estimated Freedonian casualties at 300": the count right after the verb.
 */
function numberPutAt(draft: Draft, tokens: readonly Token[], matcher: UnitMatcher, sentence: string, at: number): Draft | null {
  for (let k = at - 1; k >= 1 && k >= at - 10; k--) {
    if (isQuoteMark(tokens[k])) continue;
    if (tokens[k]?.kind !== 'word') return null;
    if (PUTS.has(tokens[k]?.lower ?? '') && k < at - 1) return countPutAt(draft, tokens.slice(k + 1, at), matcher, sentence);
    if (tokens[k]?.lower !== 'of' || tokens[k - 1]?.lower !== 'number') continue;
    // "put the number of", "estimated the total number of": an adjective may stand before "number".
    const verb = [tokens[k - 2], tokens[k - 3], tokens[k - 4]].find((t) => PUTS.has(t?.lower ?? ''));
    if (!verb) return null;
    return countPutAt(draft, tokens.slice(k + 1, at), matcher, sentence);
  }
  return null;
}

/** The draft counting what `words` name ("Freedonian casualties", "newly sent soldiers"); null when they name no unit. */
function countPutAt(draft: Draft, words: readonly Token[], matcher: UnitMatcher, sentence: string): Draft | null {
  const counted = numberOf(words.map((t) => t.lower), matcher, sentence);
  return counted ? { ...draft, unit: counted.unit, category: counted.category, noun: 'count' } : null;
}

/** Prepositions that open where the counted come from or are: "the number of displaced from …", "… in …". */
const ORIGINS: ReadonlySet<string> = new Set(['from', 'into', 'to', ...PLACE_PREPOSITIONS]);

/**
 * What "the number of …" counts: the unit its words name, or else, for a few words naming no unit,
 * the category their cue words name ("the number of displaced", "the number of those fleeing").
 */
export function numberOf(allWords: readonly string[], matcher: UnitMatcher, sentence: string): { unit: string; category: string } | null {
  // "the number of those who have fled": people told only by what they did.
  if (allWords[0] === 'those' && NUMBER_RELATIVES.has(allWords[1] ?? '')) {
    const category = matcher.categoryByCues(allWords.slice(2).join(' '));
    return category === null ? null : { unit: '', category };
  }
  // "the number of forcibly displaced from Marsh City": what is counted ends before the place it
  // is from or in; the place's name is no unit, even where it ends one ("Marsh City residents").
  const from = allWords.findIndex((word, k) => k > 0 && ORIGINS.has(word));
  const words = from > 0 ? allWords.slice(0, from) : allWords;
  const counted = countedNoun(words, matcher, sentence);
  if (counted) return { unit: counted.unit, category: toldOfThem(counted, matcher) ?? counted.category };
  if (words.length === 0) return null;
  if (words.length > 3) return null;
  // "the number of arrivals": a noun of movement counts those who moved, as its verb cues them.
  const category = matcher.categoryByCues(words.map((word) => movementVerb(word) ?? word).join(' '));
  return category === null ? null : { unit: '', category };
}

/**
 * "the number of fighters and civilians killed", "the number of sailors held": what the words after
 * the counted people say befell them, when they cue a category that counts people; null otherwise,
 * and for things ("the number of ships diverted" keeps the unit's own reading).
 */
function toldOfThem(counted: { unit: string; rest: string[] }, matcher: UnitMatcher): string | null {
  if (counted.rest.length === 0 || !isPeopleNoun(counted.unit)) return null;
  const category = matcher.categoryByCues(counted.rest.join(' '));
  return category !== null && countsPeople(matcher, category) ? category : null;
}

/**
 * What a phrase counts: its words up to the first unit noun ("refugees sent from the region" counts
 * refugees), that noun's category, and the words after it (what happened to them); null with no unit.
 * A word that only ends a longer unit is passed over: "war" of "prisoners of war" in "war dead".
 */
function countedNoun(words: readonly string[], matcher: UnitMatcher, sentence: string): { unit: string; category: string; rest: string[] } | null {
  for (const [head, word] of words.entries()) {
    const match = matcher.isUnitHead(word) ? matcher.match(words.slice(0, head + 1), sentence) : null;
    if (match) return { unit: word, category: match.category, rest: words.slice(head + 1) };
  }
  return null;
}

/** Whether the words from `k` to the verb at `verb` hold an appositive closed by a comma before the verb. */
function appositiveBetween(tokens: readonly Token[], k: number, verb: number): boolean {
  return tokens[verb - 1]?.text === ',' && tokens.slice(k, verb - 1).some((t) => t.text === ',');
}

/** How far back a toll may stand from its verb along words alone: a long "from …" phrase names the event, not another count. */
const TOLL_REACH = 20;

/**
 * True when "toll" or "tally" stands at most TOLL_REACH tokens before `verb`, at or before `k`, with
 * only words and hyphens joining words between: one subject phrase, no clause or list breaking in.
 */
function tollAlongWords(tokens: readonly Token[], k: number, verb: number): boolean {
  for (let j = k; j >= 0 && j >= verb - TOLL_REACH; j--) {
    const token = tokens[j] as Token;
    if (token.kind === 'word' && (token.lower === 'toll' || token.lower === 'tally')) return true;
    if (token.kind !== 'word' && !(token.text === '-' && touching(tokens[j - 1], token))) return false;
  }
  return false;
}

/**
 * A bare number counting part of a group the sentence opened with: "Among the dead servicemen, 180 were
 * officers", "Of the wounded, 20 are in serious condition", "Out of 2,000 refugees, 700 were housed".
 * The number takes the group's unit and category.
 * The opening is closed by a comma before the number and stands first in its sentence or clause: in
 * "Casualties among Freedonian sailors have surpassed 4,000" the group is part of the subject, not an
 * opening the number is part of.
 */
export function partOfGroup(draft: Draft, tokens: readonly Token[], matcher: UnitMatcher, sentence: string, sentenceStart: number): Draft | null {
  // "Among the ships are three of 5,000 - 6,000 teu": a measure, no part of the group. "… and one unit
  // of 19,000 teu": a number whose own noun is sized by "of" and a number counts that noun.
  const last = draft.lastToken;
  if (measuredAfter(tokens, last) || (tokens[last + 1]?.kind === 'word' && tokens[last + 2]?.lower === 'of' && tokens[last + 3]?.kind === 'number')) return null;
  for (let k = draft.firstToken - 1; k >= 0 && (tokens[k]?.start ?? 0) >= sentenceStart; k--) {
    const word = tokens[k]?.lower;
    // "Out of the 120,000 residents, 100,000 have left": "out of" opens the group as "of" does.
    const outOf = word === 'of' && tokens[k - 1]?.lower === 'out' ? 1 : 0;
    if (word !== 'among' && !(word === 'of' && (tokens[k - outOf]?.start ?? 0) === sentenceStart)) continue;
    if (!opensClause(tokens, k - outOf, sentenceStart)) return null;
    // The group runs from after "among (the)" to the comma that closes the opening.
    const group: string[] = [];
    let closed = false;
    for (let g = k + 1; g < draft.firstToken; g++) {
      const token = tokens[g] as Token;
      if (token.text === ',') {
        closed = true;
        break;
      }
      // "Of the 68 bodies, only 21 …": the group's own number is not part of its noun.
      if (token.kind === 'word' && token.lower !== 'the') group.push(token.lower);
      else if (token.kind !== 'word' && token.kind !== 'number') return null;
    }
    if (!closed) return null;
    // "the sailors killed in the blast": the group's noun is its first unit noun; what happened to it, its category.
    const counted = countedNoun(group, matcher, sentence);
    if (!counted) return null;
    return { ...draft, unit: '', category: matcher.categoryByCues(counted.rest.join(' ')) ?? counted.category, noun: 'count' };
  }
  return null;
}

/** Words after which an opening phrase starts a clause: "and among the dead, …", "said that among the dead, …". */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'yet', 'that', 'as', 'where', 'when', ',', ';', ':', '—', '–', '"', '“']);

/** Whether the token at `k` stands first in its sentence or right after a mark or conjunction that opens a clause. */
function opensClause(tokens: readonly Token[], k: number, sentenceStart: number): boolean {
  return (tokens[k]?.start ?? 0) === sentenceStart || CLAUSE_OPENERS.has(tokens[k - 1]?.lower ?? '');
}
