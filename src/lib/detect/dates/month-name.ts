import { wholeMonth, yearOfMonth } from './month-year.ts';
import { regexRule } from './regex-rule.ts';
import { AMBIGUOUS_MONTHS, MONTH_NAMES, MONTH_PATTERN, monthNumber, YEAR_PATTERN } from './words.ts';

/**
 * Words after which "March" and "May" are months rather than a verb, a modal or a name; a month and
 * a dash before them too ("the January-March period").
 */
const MONTH_CUE_BEFORE = new RegExp(`\\b(?:in|since|by|until|till|during|from|through|before|after|of|between|and|to|or|early|late|mid|around)\\s+$|\\b${MONTH_PATTERN}\\s*[-–]\\s*$`, 'i');

/** A month and a joining word right before another month: "November and ", "June or ", "March to ". */
const JOINED_TO_MONTH = new RegExp(`\\b${MONTH_PATTERN}\\s+(?:and|or|to|through)\\s+$`, 'i');

/** Months that are also given names: before a capitalised word they may open a name ("April Berg"). */
const GIVEN_NAMES = new Set(['April', 'May', 'June', 'August']);

/**
 * A month named without a day: "June", "October 2023", "last June", "next March". Precision month.
 * Without a stated year it is the most recent such month, the current one included, or the next one in a
 * clause about the future (see month-year). Only capitalised full names count, and not before a
 * capitalised word ("April Berg asked") unless a year follows or a preposition comes before a month
 * that is no given name ("said in July Berg had"), nor next to a day number ("Oct. 30", "23 October
 * 2024" are chrono's).
 */
export const monthName = regexRule(
  'month-name',
  MONTH_NAMES.map((name) => name.toLowerCase()),
  [
    new RegExp(
      `(?<!\\d(?:st|nd|rd|th)?\\s+(?:of\\s+)?)\\b(?:(?<modifier>last|next|this)\\s+)?(?<month>${MONTH_PATTERN})(?:,?\\s+(?<year>${YEAR_PATTERN})\\b)?(?!\\s*\\d)`,
      'gi',
    ),
  ],
  (match, context, text) => {
    const word = match.groups?.month ?? '';
    const month = monthNumber(word);
    if (month === null) return null;
    const year = match.groups?.year ? Number(match.groups.year) : null;
    const after = text.slice(match.index + match[0].length);
    const cued = MONTH_CUE_BEFORE.test(text.slice(0, match.index));
    // "said in July Berg had …": after a preposition, a month that is no given name stays a month before a name.
    if (year === null && /^\s+\p{Lu}/u.test(after) && !(cued && !GIVEN_NAMES.has(word))) return null;
    const modifier = match.groups?.modifier?.toLowerCase();
    if (AMBIGUOUS_MONTHS.has(word) && year === null && !modifier && !cued) {
      return null;
    }

    // "In November and December, the aid will be paid": the second month is read where the first is.
    const joined = JOINED_TO_MONTH.exec(text.slice(0, match.index));
    const future = context.futureAt(joined ? joined.index : match.index);
    const resolve = wholeMonth(month, context.published, future || modifier === 'next');
    if (year !== null) return { ...resolve(year), stated: { year, month } };
    return { ...resolve(modifiedYear(month, context.published, future, modifier)), stated: { month }, inYear: resolve };
  },
);

/** "last June" is before the current month, "next June" after it, "this June" in the publication year. */
function modifiedYear(month: number, published: Date, future: boolean, modifier: string | undefined): number {
  const year = published.getUTCFullYear();
  const current = published.getUTCMonth() + 1;
  if (modifier === 'this') return year;
  if (modifier === 'last') return month < current ? year : year - 1;
  if (modifier === 'next') return month > current ? year : year + 1;
  return yearOfMonth(month, published, future);
}
