import { addUnits, daySpan, mondayOf, monthSpan, weekSpan, yearSpan } from './calendar.ts';
import { regexRule } from './regex-rule.ts';
import { COUNT_PATTERN, countValue, UNIT_PATTERN, unitOf } from './words.ts';

/**
 * "three days ago", "two weeks ago", "a year ago": the day, Monday–Sunday week, month or year that lies
 * that far before publication, with the unit as precision; "three years ago today" is that day.
 * Vague counts ("a few days ago") are not dated.
 */
export const ago = regexRule(
  'ago',
  ['ago'],
  [new RegExp(`\\b(?<count>${COUNT_PATTERN})\\s+(?<unit>${UNIT_PATTERN})\\s+ago(?<today>\\s+today)?\\b`, 'gi')],
  (match, context) => {
    const count = countValue(match.groups?.count);
    if (count === null) return null;
    const unit = unitOf(match.groups?.unit ?? '');
    const day = addUnits(context.published, -count, unit);
    const base = { expected: false, stated: {} };
    // "three years ago today": the anniversary, to the day.
    if (match.groups?.today) return { ...daySpan(day), precision: 'day', ...base };
    switch (unit) {
      case 'hour':
      case 'day':
        return { ...daySpan(day), precision: 'day', ...base };
      case 'week':
        return { ...weekSpan(mondayOf(day)), precision: 'week', ...base };
      case 'month':
        return { ...monthSpan(day.getUTCFullYear(), day.getUTCMonth() + 1), precision: 'month', ...base };
      case 'year':
        return { ...yearSpan(day.getUTCFullYear()), precision: 'year', ...base };
    }
  },
);
