import { monthSpan } from './calendar.ts';
import { monthPart, yearOfMonth } from './month-year.ts';
import { regexRule } from './regex-rule.ts';
import { MONTH_PATTERN, monthNumber, YEAR_PATTERN } from './words.ts';

/**
 * "the end of the month", "the end of next year", "the end of October", "the end of 2025". The end of
 * a month is its 21st to last day, as "late October"; the end of a year is its December. Precision range.
 */
export const endOfPeriod = regexRule(
  'end-of-period',
  ['end'],
  [
    new RegExp(
      `\\b(?:the\\s+)?end\\s+of\\s+(?:(?<modifier>the|this|next|last)\\s+(?<unit>month|year)|(?<month>${MONTH_PATTERN})(?:,?\\s+(?<monthYear>${YEAR_PATTERN}))?|(?<year>${YEAR_PATTERN}))\\b(?!\\s*\\d)`,
      'gi',
    ),
  ],
  (match, context) => {
    const { published } = context;
    const future = context.futureAt(match.index);
    const groups = match.groups ?? {};
    const monthEnd = (month: number) => monthPart((year) => monthSpan(year, month, 21, 31), 'range', published, future);
    const yearEnd = monthPart((year) => monthSpan(year, 12), 'range', published, future);

    if (groups.year) return { ...yearEnd(Number(groups.year)), stated: { year: Number(groups.year) } };
    if (groups.month) {
      const month = monthNumber(groups.month);
      if (month === null) return null;
      const resolve = monthEnd(month);
      if (groups.monthYear) return { ...resolve(Number(groups.monthYear)), stated: { year: Number(groups.monthYear), month } };
      return { ...resolve(yearOfMonth(month, published, future)), stated: { month }, inYear: resolve };
    }
    const modifier = (groups.modifier ?? '').toLowerCase();
    const offset = modifier === 'next' ? 1 : modifier === 'last' ? -1 : 0;
    if ((groups.unit ?? '').toLowerCase() === 'year') return { ...yearEnd(published.getUTCFullYear() + offset), stated: {} };
    const first = new Date(Date.UTC(published.getUTCFullYear(), published.getUTCMonth() + offset, 1));
    return { ...monthEnd(first.getUTCMonth() + 1)(first.getUTCFullYear()), stated: {} };
  },
);
