// English alone: the package's index loads its sixteen locales (266 modules), about 0.2 s of CPU
// time on every thread that loads the extraction, the analysis worker's included.
import * as chrono from 'chrono-node/en';

/**
 * The part of chrono we rely on: its parsers for dates written out (ISO, "2024/10/23", "23 October
 * 2024", "Oct. 30", "October 23, 2024") and for weekdays, with the refiners that merge ranges
 * ("Oct. 5-9") and a weekday into its date ("Tuesday, Oct. 22").
 *
 * Left out on purpose: times of day ("at 03:09" is not a date, and a time glued to a date would widen its
 * span), slash dates ("1/2" in "2 1/2 years", and month-first or day-first order is ambiguous),
 * time-zone refiners (they pull a following "ET" into the span), and the casual and relative parsers,
 * which our own rules replace with publication-anchored resolutions chrono does not make ("last week"
 * as a Monday–Sunday week).
 */
const PARSERS = new Set([
  'ISOFormatParser',
  'ENYearMonthDayParser',
  'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser',
  'ENWeekdayParser',
]);

const REFINERS = new Set([
  'OverlapRemovalRefiner',
  'MergeWeekdayComponentRefiner',
  'ENExtractYearSuffixRefiner',
  'ENMergeDateRangeRefiner',
  'UnlikelyFormatFilter',
  'ENUnlikelyFormatFilter',
]);

const configuration = chrono.configuration.createCasualConfiguration();
const parsers = configuration.parsers.filter((parser) => PARSERS.has(parser.constructor.name));
const refiners = configuration.refiners.filter((refiner) => REFINERS.has(refiner.constructor.name));
if (parsers.length !== PARSERS.size) {
  // chrono names its classes; a renamed one would silently drop explicit dates or weekdays.
  const found = new Set(parsers.map((parser) => parser.constructor.name));
  const missing = [...PARSERS].filter((name) => !found.has(name));
  throw new Error(`chrono-node no longer provides the parsers ${missing.join(', ')}; check its version (2.10 expected) and update chrono-parser.ts.`);
}

/**
 * What each parser's pattern cannot match without, tested with the patterns' own case folding (`i`, no
 * `u`): a parser whose test fails on a text finds nothing in it, so it is left out of that text's run.
 * Most paragraphs name no date, and chrono's patterns (every ordinal word from "first" to "thirty-first")
 * are slow to try at every offset. The tests come from chrono 2.10's patterns and word lists, and
 * test/detect/dates-chrono-gate.test.ts checks them against both:
 * - ISO ("2024-10-21") and year-month-day ("2024/10/23") dates open with a four-digit year;
 * - a month name and a day: every key of chrono's month list holds one of the twelve three-letter
 *   stems, and a day is digits or an ordinal word, each of which holds one of the ordinal stems;
 * - a weekday: a key of chrono's weekday list, or "weekend" or "weekday", standing as the pattern
 *   lets it stand. Before it the pattern reads a non-word character or the start (`(\W|^)`), then
 *   optional "(", ",", "on" and "this", "last", "past" or "next", with or without spaces; after it,
 *   optional spaces and ",", ")", or "of" and "this week", then a non-word character or the end. So the
 *   key touches, before it, a non-word character, the start, "on" or one of those four words, and,
 *   after it, a non-word character, the end, "of" or one of the four. (A key written with a period,
 *   "sun.", holds the key without it and a non-word character.) Most paragraphs that hold a stem of a
 *   weekday hold it in another word ("month", "money", "satellite", "weeks").
 */
const FOUR_DIGIT_YEAR = /[0-9]{4}/;
const MONTH_STEM = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
const DAY_NUMBER = /[0-9]|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|twentieth|thirtieth/i;
const WEEKDAY_WORD =
  /(?:^|\W|on|this|last|past|next)(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|thurs|thur|thu|sun|mon|tue|wed|fri|sat|weekend|weekday)(?=\W|$|of|this|last|past|next)/i;
const fourDigitYear = (text: string) => FOUR_DIGIT_YEAR.test(text);
const monthAndDay = (text: string) => MONTH_STEM.test(text) && DAY_NUMBER.test(text);

const MAY_MATCH: Record<string, (text: string) => boolean> = {
  ISOFormatParser: fourDigitYear,
  ENYearMonthDayParser: fourDigitYear,
  ENMonthNameLittleEndianParser: monthAndDay,
  ENMonthNameMiddleEndianParser: monthAndDay,
  ENWeekdayParser: (text) => WEEKDAY_WORD.test(text),
};

/**
 * Each test with the bits of the parsers it speaks for (a bit per parser, in chrono's order); a parser
 * with no test of its own always runs. Parsers that share a test (the two month-name parsers, the two
 * that open with a year) have it asked once per text.
 */
const parserBitsByTest = new Map<(text: string) => boolean, number>();
parsers.forEach((parser, bit) => {
  const test = MAY_MATCH[parser.constructor.name] ?? (() => true);
  parserBitsByTest.set(test, (parserBitsByTest.get(test) ?? 0) | (1 << bit));
});
const allParsers = new chrono.Chrono({ parsers, refiners });

/**
 * One chrono per set of parsers a text may need, keyed by a bit per parser, built when first needed (at
 * most seven sets, as parsers share tests). Each keeps chrono's order of parsers; the parsers left out would have found nothing, and the
 * refiners only read what the parsers found, so the results are those of all the parsers.
 */
const chronoBySet = new Map<number, chrono.Chrono>();

function chronoFor(text: string): chrono.Chrono | null {
  let set = 0;
  for (const [test, bits] of parserBitsByTest) if (test(text)) set |= bits;
  if (set === 0) return null;
  let chosen = chronoBySet.get(set);
  if (!chosen) {
    chosen = new chrono.Chrono({ parsers: parsers.filter((_, bit) => set & (1 << bit)), refiners });
    chronoBySet.set(set, chosen);
  }
  return chosen;
}

/** chrono's results for `text`, against noon UTC on the publication day, in UTC, never looking forward. */
export function parseWithChrono(text: string, published: Date): chrono.ParsedResult[] {
  return chronoFor(text)?.parse(text, referenceOf(published), { forwardDate: false }) ?? [];
}

/** The same, with every parser run on every text: what the tests hold `parseWithChrono` to. */
export function parseWithAllParsers(text: string, published: Date): chrono.ParsedResult[] {
  return allParsers.parse(text, referenceOf(published), { forwardDate: false });
}

function referenceOf(published: Date): chrono.ParsingReference {
  return { instant: new Date(published.getTime() + 12 * 3_600_000), timezone: 0 };
}
