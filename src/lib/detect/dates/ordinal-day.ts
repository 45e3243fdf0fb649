import { daySpan, utcDay } from './calendar.ts';
import { regexRule } from './regex-rule.ts';

/**
 * The last digit of the day with its suffix, as every match holds them ("17th", "21st", "3rd", and the
 * pattern's "1th" too): the suffixes alone are in nearly every paragraph ("the", "and", "first").
 */
export const ORDINAL_DAY_CUES = [...'0123456789'].flatMap((digit) => ['st', 'nd', 'rd', 'th'].map((suffix) => `${digit}${suffix}`));

/**
 * "on the 17th", "on the 26th,": a day of the month named alone, as some outlets write a day of the
 * month just past or under way. The most recent such day, this month's included; in a clause about
 * the future, the next one. Only when the ordinal ends its phrase ("on the 17th Brigade" and "on the
 * 17th anniversary" name no day): before a mark, a conjunction or preposition that opens what comes
 * next, or the "that" of the report it dates ("the agency said on the 27th that …").
 */
export const ordinalDay = regexRule(
  'ordinal-day',
  ORDINAL_DAY_CUES,
  [/\bon\s+the\s+(?<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?=\s*(?:[,.;:)]|$|\s(?:and|at|in|when|while|after|before|with|to|during|as|that)\b))/gi],
  (match, context) => {
    const day = Number(match.groups?.day);
    const published = context.published;
    const future = context.futureAt(match.index);
    const today = published.getUTCDate();
    // A day not yet come this month is last month's; in a clause that looks ahead, a day gone is next month's.
    return dayOfMonth(published, future ? (day < today ? 1 : 0) : day > today ? -1 : 0, day);
  },
);

/** Day `day` of the month `shift` months from publication's, as a day mention; null when that month has no such day. */
function dayOfMonth(published: Date, shift: number, day: number) {
  const months = published.getUTCFullYear() * 12 + published.getUTCMonth() + shift;
  const date = utcDay(Math.floor(months / 12), (months % 12) + 1, day);
  if (!date) return null;
  return { ...daySpan(date), precision: 'day' as const, expected: date > published, stated: { day } };
}

/** Months from the publication's, by the word before "month". */
const MONTH_SHIFT: Record<string, number> = { last: -1, this: 0, next: 1 };

/**
 * "on the 30th of last month", "the 5th of next month": a day of a month named by its place from the
 * publication's, as some translated copy writes it. Read before "last month" alone, which it contains.
 */
export const ordinalDayOfRelativeMonth = regexRule(
  'ordinal-day-of-month',
  ORDINAL_DAY_CUES,
  [/\b(?:on\s+)?the\s+(?<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\s+of\s+(?<which>last|this|next)\s+month\b/gi],
  (match, context) => dayOfMonth(context.published, MONTH_SHIFT[match.groups?.which?.toLowerCase() ?? ''] ?? 0, Number(match.groups?.day)),
);
