import * as chrono from 'chrono-node';

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

const configuration = chrono.en.configuration.createCasualConfiguration();
const parsers = configuration.parsers.filter((parser) => PARSERS.has(parser.constructor.name));
const refiners = configuration.refiners.filter((refiner) => REFINERS.has(refiner.constructor.name));
if (parsers.length !== PARSERS.size) {
  // chrono names its classes; a renamed one would silently drop explicit dates or weekdays.
  const found = new Set(parsers.map((parser) => parser.constructor.name));
  const missing = [...PARSERS].filter((name) => !found.has(name));
  throw new Error(`chrono-node no longer provides the parsers ${missing.join(', ')}; check its version (2.10 expected) and update chrono-parser.ts.`);
}

const explicitChrono = new chrono.Chrono({ parsers, refiners });

/** chrono's results for `text`, against noon UTC on the publication day, in UTC, never looking forward. */
export function parseWithChrono(text: string, published: Date): chrono.ParsedResult[] {
  const instant = new Date(published.getTime() + 12 * 3_600_000);
  return explicitChrono.parse(text, { instant, timezone: 0 }, { forwardDate: false });
}
