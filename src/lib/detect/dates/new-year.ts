import { yearSpan } from './calendar.ts';
import { regexRule } from './regex-rule.ts';

/**
 * "will cease to exist in the new year": the calendar year after publication in a clause about the
 * future, the year of publication in one told in the past ("In the new year, the talks resumed");
 * "early in the new year" its first four months.
 * Not the holiday: "in the New Year holiday", "in the new year's first week" name days, not the year.
 */
export const newYear = regexRule(
  'new-year',
  ['new year'],
  [/\b(?<early>early\s+)?(?:in|into)\s+the\s+new\s+year\b(?!['’]s|\s+(?:holiday|holidays|celebrations?|eve|day|break|address|message|speech)\b)/gi],
  (match, context) => {
    const expected = context.futureAt(match.index);
    const year = context.published.getUTCFullYear() + (expected ? 1 : 0);
    // "early in the new year": its first four months, as "early 2024" is (corpus README).
    if (match.groups?.early) return { start: `${year}-01-01`, end: `${year}-04-30`, precision: 'range', expected, stated: {} };
    return { ...yearSpan(year), precision: 'year', expected, stated: {} };
  },
);
