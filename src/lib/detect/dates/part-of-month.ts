import { monthSpan } from './calendar.ts';
import { monthPart, yearOfMonth } from './month-year.ts';
import { regexRule } from './regex-rule.ts';
import { MONTH_PATTERN, monthNumber, YEAR_PATTERN } from './words.ts';

/** Days of the month each word covers; 31 stands for the month's last day. */
const PARTS: Record<string, [number, number]> = { early: [1, 10], mid: [11, 20], late: [21, 31] };

const SEPARATOR = '(?:\\s*-\\s*|\\s+)';

/**
 * "early October" (1st–10th), "mid-October" (11th–20th), "late October" (21st–end), and spans of two
 * parts: "early- to mid-October" (1st–20th). Precision range. Without a stated year the month is placed
 * as a bare month name is (see month-year).
 */
export const partOfMonth = regexRule(
  'part-of-month',
  ['early', 'mid', 'late'],
  [
    new RegExp(
      `\\b(?<from>early|mid|late)(?:${SEPARATOR}(?:to|through|or|and)${SEPARATOR}(?<to>early|mid|late))?${SEPARATOR}(?<month>${MONTH_PATTERN})(?:,?\\s+(?<year>${YEAR_PATTERN}))?\\b(?!\\s*\\d)`,
      'gi',
    ),
  ],
  (match, context) => {
    const month = monthNumber(match.groups?.month ?? '');
    const from = PARTS[(match.groups?.from ?? '').toLowerCase()];
    const to = PARTS[(match.groups?.to ?? match.groups?.from ?? '').toLowerCase()];
    if (month === null || !from || !to || to[1] < from[0]) return null;
    const future = context.futureAt(match.index);
    const resolve = monthPart((year) => monthSpan(year, month, from[0], to[1]), 'range', context.published, future);
    const year = match.groups?.year ? Number(match.groups.year) : null;
    if (year !== null) return { ...resolve(year), stated: { year, month } };
    return { ...resolve(yearOfMonth(month, context.published, future)), stated: { month }, inYear: resolve };
  },
);
