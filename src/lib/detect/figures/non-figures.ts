import { looksPlural, singular } from './plural.ts';
import { PLUS_SUFFIXES } from './qualifiers.ts';
import { isNumberWord } from './number-words.ts';
import type { NumberSpan } from './numbers.ts';
import { isCapitalised, touching, wordAt } from './tokens.ts';
import type { Token } from './types.ts';

/**
 * Recognisers for numbers that are not counts: codes, ordinals, dates, times,
 * labels ("resolution 44"), phone numbers, ages, durations, measures, money
 * and percentages. Generic English only.
 */

/** Month names and their abbreviations (capitalised in the text). A number next to one is a day or a year. */
export const MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Nouns a number labels rather than counts: "resolution 44", "Article 5", "No. 12", "flight 17". ("#5" is caught as a code.) */
export const LABEL_NOUNS: ReadonlySet<string> = new Set([
  'resolution', 'resolutions', 'article', 'articles', 'section', 'chapter', 'paragraph', 'clause', 'page', 'item',
  'no', 'nos', 'number', 'flight', 'route', 'highway', 'road', 'room', 'case', 'bill', 'act', 'law', 'decree',
  'phase', 'stage', 'level', 'grade', 'version', 'model', 'line', 'gate', 'platform', 'channel', 'episode', 'season',
  'volume', 'annex', 'protocol', 'convention', 'amendment', 'precinct', 'district', 'ward', 'block', 'lot', 'pier',
]);

/** Words after which four digits such as "2024" are a year ("in 2024", "since 2022"), whatever follows. */
export const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'since', 'by', 'until', 'till', 'from', 'during', 'before', 'after', 'of', 'early', 'late', 'mid', 'through', 'throughout', 'circa',
]);

/** Words right after a number that make it a clock time ("6 p.m.", "1500 GMT"). */
const CLOCK_WORDS: ReadonlySet<string> = new Set(['a.m.', 'p.m.', 'am', 'pm', 'gmt', 'utc', 'hrs', "o'clock", 'o’clock']);

/**
 * Nouns of time, measure, money and share (singular). A number whose noun
 * phrase holds one is an age, a duration, a distance, an amount or a
 * percentage, not a count ("for three days", "a 2 1/2 year old war", "300
 * miles"), unless a category lists that noun.
 */
export const NON_COUNT_NOUNS: ReadonlySet<string> = new Set([
  'second', 'minute', 'hour', 'day', 'night', 'week', 'weekend', 'fortnight', 'month', 'year', 'decade', 'century', 'centurie', 'millennium',
  'mile', 'kilometre', 'kilometer', 'km', 'metre', 'meter', 'foot', 'feet', 'yard', 'inch', 'kilogram', 'kg', 'gram', 'ton', 'tonne',
  'pound', 'ounce', 'litre', 'liter', 'gallon', 'barrel', 'acre', 'hectare', 'degree',
  // A ship's size and speed: "vessels of 15,000 teu", "a 60,678 dwt tanker", "at 18 knots".
  'teu', 'dwt', 'knot',
  'dollar', 'euro', 'yen', 'yuan', 'won', 'ruble', 'rouble', 'rupee', 'franc', 'peso', 'cent',
  'percent', 'percentage', '%',
]);

/** Signs written against a number for "about": "~5,000 civilians", "≈300 drones". */
export const APPROXIMATELY: ReadonlySet<string> = new Set(['~', '≈']);

/** Currency signs written before an amount, and the noun a category would list for them. */
export const CURRENCY_SIGNS: Readonly<Record<string, string>> = { $: 'dollars', '€': 'euros', '£': 'pounds', '¥': 'yen', '₩': 'won' };

/** ISO currency codes written before an amount with a space ("EUR 10.45 million"), and their noun. */
export const CURRENCY_CODES: ReadonlyMap<string, string> = new Map([
  ['USD', 'dollars'], ['EUR', 'euros'], ['GBP', 'pounds'], ['JPY', 'yen'], ['KRW', 'won'], ['CNY', 'yuan'], ['RUB', 'rubles'], ['INR', 'rupees'], ['CHF', 'francs'],
]);

/** The noun of the currency sign touching the number at `first` ("$5") or the code before it ("EUR 10"); undefined when none. */
export function currencyBefore(tokens: readonly Token[], first: number): string | undefined {
  const sign = tokens[first - 1];
  if (sign === undefined) return undefined;
  return touching(sign, tokens[first]) ? CURRENCY_SIGNS[sign.text] : sign.kind === 'word' ? CURRENCY_CODES.get(sign.text) : undefined;
}

/** Whether a noun (any number, any case) is a noun of time, measure, money or share. */
export function isNonCountNoun(word: string): boolean {
  return NON_COUNT_NOUNS.has(singular(word)) || NON_COUNT_NOUNS.has(word.toLowerCase());
}

/** Offsets of phone-like digit groups ("+1 202 555 0143", "(202) 555-0143"); no number inside one is a figure. */
export function phoneRanges(text: string): [number, number][] {
  const phone = /(?:\+\d{1,3}[ .-]?)?\(?\d{2,4}\)?[ .-]\d{3}[ .-]\d{4}(?!\d)/g;
  return [...text.matchAll(phone)].map((m) => [m.index, m.index + m[0].length]);
}

/** "a 1,500-strong force", "its 25-member crew", "a 50-man unit": a compound that gives a group's size. */
export const SIZE_WORDS: ReadonlySet<string> = new Set(['strong', 'member', 'man', 'person']);

/**
 * Why the number is not a count, read from what touches it; null when nothing
 * rules it out. Covers codes and ordinals ("F-16", "56th", "1980s"),
 * compounds ("30-year-old"), fractions and dates in slashes, clock times,
 * days of a month ("Oct. 30", "23 October") and labels ("resolution 44",
 * "Resolution No. 12", "Falke 57").
 */
export function notACount(tokens: readonly Token[], span: NumberSpan, phones: readonly [number, number][]): string | null {
  const first = tokens[span.first];
  const last = tokens[span.last];
  if (!first || !last) return 'empty';
  if (phones.some(([start, end]) => first.start >= start && first.start < end)) return 'phone number';
  const before = tokens[span.first - 1];
  const after = tokens[span.last + 1];
  // An opening bracket or quotation mark, in any house style ("«200 people were killed»"), touches a count.
  if (touching(before, first) && before && !(before.text in CURRENCY_SIGNS) && !APPROXIMATELY.has(before.text) && !'("“‘\'[«„‹‚'.includes(before.text)) {
    // "700-800" is a range; "F-16" and "KS-25" are designations.
    const rangeDash = '-–'.includes(before.text) && tokens[span.first - 2]?.kind === 'number' && touching(tokens[span.first - 2], before);
    if (!rangeDash) return 'code';
  }
  if (touching(last, after) && after) {
    if (after.kind === 'word') return 'ordinal or code';
    if (after.text === '/' || (after.text === ':' && tokens[span.last + 2]?.kind === 'number')) return 'date or time';
    const joined = wordAt(tokens, span.last + 2) ?? '';
    if ('-–'.includes(after.text) && tokens[span.last + 2]?.kind === 'word' && !SIZE_WORDS.has(joined) && !PLUS_SUFFIXES.has(joined)) return 'compound';
  }
  if (CLOCK_WORDS.has(wordAt(tokens, span.last + 1) ?? '')) return 'clock time';
  if (isMonth(after) || isMonth(before) || (before?.text === '.' && isMonth(tokens[span.first - 2]))) return 'date';
  if (dayOfPair(tokens, span)) return 'date';
  if (isLabel(tokens, span)) return 'label';
  if (inRatio(tokens, span)) return 'ratio';
  if (oneInstance(tokens, span)) return 'one instance';
  if (ageAfterName(tokens, span)) return 'age';
  return null;
}

/** The oldest a person is taken to be: a larger number after a name is no age. */
const OLDEST_AGE = 120;

/** Marks that close the aside an age stands in: "Karl, 8, and", "Karl, 8." */
const CLOSES_AGE = new Set([',', '.', ';', ')', '—', '–']);

/**
 * "killed two of his children: Karl, 8, and Lena, 10", "his wife Anna, 67, was wounded": a bare
 * number of up to three digits set off by commas right after a capitalised name is the person's
 * age, not a count. Not a weekday or month ("Tuesday, 12,"), nor a number a word follows ("in Marsh
 * City, 300 were killed").
 */
function ageAfterName(tokens: readonly Token[], span: NumberSpan): boolean {
  const number = tokens[span.first];
  if (span.first !== span.last || number?.kind !== 'number' || !/^\d{1,3}$/.test(number.text) || Number(number.text) > OLDEST_AGE) return false;
  const name = tokens[span.first - 2];
  if (tokens[span.first - 1]?.text !== ',' || !isCapitalised(name) || name?.kind !== 'word') return false;
  if (WEEKDAYS.has(name.lower) || MONTHS.has(name.lower)) return false;
  const after = tokens[span.last + 1];
  return after === undefined || CLOSES_AGE.has(after.text);
}

/** Nouns that, after "in one" or "on one", pick out an example rather than count: "in one incident". */
const INSTANCE_NOUNS: ReadonlySet<string> = new Set(['incident', 'case', 'instance', 'episode', 'occasion']);

/**
 * "In one incident, troops sank three boats", "on one occasion": "one" singles out an example to
 * tell of; nothing is counted ("one incident was reported" still counts).
 */
function oneInstance(tokens: readonly Token[], span: NumberSpan): boolean {
  const preposition = tokens[span.first - 1]?.lower;
  return span.first === span.last && tokens[span.first]?.lower === 'one' && (preposition === 'in' || preposition === 'on') && INSTANCE_NOUNS.has(tokens[span.last + 1]?.lower ?? '');
}

/**
 * Whether the number is a term of a ratio: "1 in 5 refugees", "one in every four". ("100,000 of
 * 120,000" and "out of" are a part and its whole, both counted.)
 */
function inRatio(tokens: readonly Token[], span: NumberSpan): boolean {
  const isNumber = (token: Token | undefined) => token?.kind === 'number' || isNumberWord(token?.lower ?? '');
  const every = (i: number) => (tokens[i]?.lower === 'every' ? 1 : 0);
  if (tokens[span.last + 1]?.lower === 'in' && isNumber(tokens[span.last + 2 + every(span.last + 2)])) return true;
  const inAt = span.first - 1 - every(span.first - 1);
  return tokens[inAt]?.lower === 'in' && isNumber(tokens[inAt - 1]);
}

/**
 * Whether four digits name a year before the noun they date: "the 2020 war killed 6,500 people", "the
 * 2023 offensive". A count is followed by its plural noun or a unit; a year, by a singular noun that
 * is neither, with no plural noun in the words read as the figure's (`lastToken`): "2000 special forces
 * troops" counts troops, though "special" is no plural.
 */
export function yearBeforeNoun(tokens: readonly Token[], span: NumberSpan, lastToken: number, isUnitHead: (word: string) => boolean): boolean {
  const next = tokens[span.last + 1];
  if (!span.yearLike || next?.kind !== 'word' || !/^\p{Ll}/u.test(next.text)) return false;
  if (looksPlural(next.text) || isUnitHead(next.lower)) return false;
  return !tokens.slice(span.last + 1, lastToken + 1).some((t) => t.kind === 'word' && looksPlural(t.text));
}

/**
 * Whether four digits are a year here: after "in", "since", a month or a comma ("October 23, 2024"),
 * or before a verb in the singular ("2023 was the year of the exodus"; a count takes "were").
 */
export function readsAsYear(tokens: readonly Token[], span: NumberSpan, qualifierStart: number): boolean {
  if (!span.yearLike) return false;
  const before = tokens[qualifierStart - 1];
  // "data of 2100 of the 2906 persons": a part of a whole, unless a preposition of time names the year ("in 2020").
  if (partOfANumberedWhole(tokens, span.last) && (wordAt(tokens, qualifierStart - 1) === 'of' || !YEAR_PREPOSITIONS.has(wordAt(tokens, qualifierStart - 1) ?? ''))) return false;
  if (wholeOfANumberedPart(tokens, qualifierStart)) return false;
  return (
    YEAR_PREPOSITIONS.has(wordAt(tokens, qualifierStart - 1) ?? '') ||
    before?.text === ',' ||
    isMonth(before) ||
    SINGULAR_VERBS.has(wordAt(tokens, span.last + 1) ?? '') ||
    yearOfHappenings(tokens, span, qualifierStart)
  );
}

/** Determiners between a part's "of" and the number of its whole: "2100 of the 2906 persons". */
const WHOLE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'these', 'those']);

/**
 * "Registration data of 2100 of the 2906 persons", "1000 out of 2100": four digits followed by "of"
 * (or "out of") and the number of a whole are a part counted from it.
 */
function partOfANumberedWhole(tokens: readonly Token[], last: number): boolean {
  let k = last + 1;
  if (wordAt(tokens, k) === 'out') k += 1;
  if (wordAt(tokens, k) !== 'of') return false;
  k += 1;
  if (WHOLE_DETERMINERS.has(wordAt(tokens, k) ?? '')) k += 1;
  return tokens[k]?.kind === 'number';
}

/** "1500 out of 2100 refugees", "2100 of the 2906 persons": four digits after a part's "of" are its whole. */
function wholeOfANumberedPart(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  if (WHOLE_DETERMINERS.has(wordAt(tokens, k) ?? '')) k -= 1;
  if (wordAt(tokens, k) !== 'of') return false;
  k -= 1;
  if (wordAt(tokens, k) === 'out') k -= 1;
  return tokens[k]?.kind === 'number';
}

/**
 * Plural nouns of happenings a year names, not things or people a count counts: "the 2024 strikes",
 * "the 2023 attacks", "the 2020 elections".
 */
const HAPPENINGS: ReadonlySet<string> = new Set([
  'strikes', 'airstrikes', 'attacks', 'raids', 'bombings', 'clashes', 'protests', 'elections', 'talks', 'negotiations',
  'hostilities', 'offensives', 'wars', 'riots', 'floods', 'killings', 'massacres', 'evacuations', 'deportations', 'sanctions', 'games',
]);

/**
 * "The 2024 strikes targeted the port": four digits of a recent year, right after "the" or a
 * possessive with no qualifier, before a plural noun of happenings, name the year of those happenings.
 * A count of them is written with its thousands separator ("the 2,024 strikes") or has a qualifier.
 */
function yearOfHappenings(tokens: readonly Token[], span: NumberSpan, qualifierStart: number): boolean {
  const value = Number(tokens[span.first]?.text);
  if (qualifierStart !== span.first || value < 1900 || value > 2099) return false;
  const before = tokens[span.first - 1];
  const determined = before?.lower === 'the' || (before?.kind === 'word' && /['’]s$/.test(before.text));
  return determined && HAPPENINGS.has(wordAt(tokens, span.last + 1) ?? '');
}

/** Verbs in the singular that a year is the subject of: "2023 was", "2024 has seen", "2023 saw". */
const SINGULAR_VERBS: ReadonlySet<string> = new Set(['was', 'is', 'has', 'saw', 'sees', 'marked', 'marks', 'brought', 'brings', 'will']);

/** What joins two days of one month: "September 19 and 20", "Sept. 19-20", "19 to 21 September". */
const JOINS_DAYS: ReadonlySet<string> = new Set(['and', 'to', 'through', '&', '-', '–']);

/** A day of a month written as one or two digits, up to 31; NaN for anything else. */
function dayAt(tokens: readonly Token[], i: number): number {
  const token = tokens[i];
  return token?.kind === 'number' && /^\d{1,2}$/.test(token.text) && Number(token.text) <= 31 ? Number(token.text) : NaN;
}

/** Whether a month, or a month abbreviated with a full stop ("Sept."), ends at `i`. */
function monthEndsAt(tokens: readonly Token[], i: number): boolean {
  return isMonth(tokens[i]) || (tokens[i]?.text === '.' && isMonth(tokens[i - 1]));
}

/**
 * The other day of a pair the month is written once for: the second of "September 19 and 20" or
 * "Sept. 21-22" and the first of "19 and 20 September" are days, not counts, where "the offensive of
 * September 19 and 20 displaced …" had read "20" as the people displaced. Only a later day of at most
 * 31 joined by "and", "to" or a dash: "September 19, 20 soldiers" and "in September 19 and 40 …" stay counts.
 */
function dayOfPair(tokens: readonly Token[], span: NumberSpan): boolean {
  if (span.first !== span.last) return false;
  const day = dayAt(tokens, span.first);
  if (Number.isNaN(day)) return false;
  const joinBefore = tokens[span.first - 1];
  const earlier = dayAt(tokens, span.first - 2);
  if (joinBefore && JOINS_DAYS.has(joinBefore.text.toLowerCase()) && earlier < day && monthEndsAt(tokens, span.first - 3)) return true;
  const joinAfter = tokens[span.first + 1];
  const later = dayAt(tokens, span.first + 2);
  return joinAfter !== undefined && JOINS_DAYS.has(joinAfter.text.toLowerCase()) && day < later && isMonth(tokens[span.first + 3]);
}

function isMonth(token: Token | undefined): boolean {
  return isCapitalised(token) && MONTHS.has(token?.text.toLowerCase() ?? '');
}

/** Words before "number" that make it the verb of a count: "now", "still", "already", a plural in -s (not "its", "his"). */
const VERB_NUMBER_BEFORE = /^(?:now|still|already|together|combined|displaced|\p{Ll}{2,}[^s'’]s)$/u;

function isLabel(tokens: readonly Token[], span: NumberSpan): boolean {
  let i = span.first - 1;
  if (tokens[i]?.text === '.' && ['no', 'nos'].includes(wordAt(tokens, i - 1) ?? '')) return true;
  const word = wordAt(tokens, i);
  if (word === undefined) return false;
  // "The refugees now number 100,000": "number" after a plural or an adverb is a verb, not a label.
  if (word === 'number' && VERB_NUMBER_BEFORE.test(tokens[i - 1]?.text ?? '')) return false;
  if (LABEL_NOUNS.has(word)) return true;
  // A capitalised word mid-sentence right before a number names it ("flies Falke 57 jets"),
  // unless it is a possessive ("Freedonia's 600,000"), a weekday or a month. A name's number is
  // plain digits: a number in words, a vague amount or grouped thousands after a place counts
  // ("struck targets in Sylvania eight times", "sent to Freedonia 11,000 troops").
  if (!plainDigits(tokens, span)) return false;
  const previous = tokens[i];
  // "EUR 10.45 million": a currency code is the amount's unit, not its name.
  if (previous && CURRENCY_CODES.has(previous.text)) return false;
  // "the destroyer Fredonburg (DDG 58)": a code in capitals and its digits, alone in brackets, are a designation.
  if (tokens[i - 1]?.text === '(' && /^\p{Lu}{2,}$/u.test(previous?.text ?? '') && tokens[span.last + 1]?.text === ')') return true;
  i -= 1;
  return (
    isCapitalised(previous) && tokens[i]?.kind === 'word' &&
    !/['’]s$/.test(word) && !WEEKDAYS.has(word) && !MONTHS.has(word) &&
    // "Frigate Downs 12 Drones": in a headline set in title case every word is capitalised.
    !inTitleCase(tokens, span)
  );
}

/** Words of at least this many letters are capitalised in a headline set in title case ("of", "in", "the" need not be). */
const TITLE_WORD_LENGTH = 4;

/** At least this many such words make a run of text a headline in title case. */
const TITLE_WORDS = 3;

/**
 * Whether the sentence the number is in (to the marks that end sentences either side) is set in title
 * case: every word of four letters or more capitalised, and at least three of them, the words after
 * the number among them ("Frigate Downs 12 Drones Off Marsh City").
 */
function inTitleCase(tokens: readonly Token[], span: NumberSpan): boolean {
  let start = span.first;
  while (start > 0 && !SENTENCE_MARKS.has(tokens[start - 1]?.text ?? '')) start -= 1;
  let end = span.last;
  while (end + 1 < tokens.length && !SENTENCE_MARKS.has(tokens[end + 1]?.text ?? '')) end += 1;
  let long = 0;
  let after = false;
  for (let k = start; k <= end; k++) {
    const token = tokens[k] as Token;
    if (token.kind !== 'word' || token.text.length < TITLE_WORD_LENGTH) continue;
    if (!isCapitalised(token)) return false;
    long += 1;
    if (k > span.last) after = true;
  }
  return after && long >= TITLE_WORDS;
}

/** Marks that end a sentence. */
const SENTENCE_MARKS: ReadonlySet<string> = new Set(['.', '!', '?']);

/** Whether the number is one run of digits with no thousands separator and no scale word: "57", not "11,000" or "eight". */
function plainDigits(tokens: readonly Token[], span: NumberSpan): boolean {
  return span.kind === 'digits' && span.first === span.last && /^\d+$/.test(tokens[span.first]?.text ?? '');
}
