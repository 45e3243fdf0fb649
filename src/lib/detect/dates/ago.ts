import { addUnits, daySpan, mondayOf, monthSpan, weekSpan, yearSpan } from './calendar.ts';
import { regexRule, type MatchResolution } from './regex-rule.ts';
import { COUNT_PATTERN, countValue, UNIT_PATTERN, unitOf } from './words.ts';

/** The day, Monday–Sunday week, month or year `count` units from publication (negative: before it), with the unit as precision. */
function countedFromPublication(count: number, unit: ReturnType<typeof unitOf>, published: Date, expected: boolean): MatchResolution {
  const day = addUnits(published, count, unit);
  const base = { expected, stated: {} };
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
}

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
    // "three years ago today": the anniversary, to the day.
    if (match.groups?.today) return { ...daySpan(addUnits(context.published, -count, unit)), precision: 'day', expected: false, stated: {} };
    return countedFromPublication(-count, unit, context.published, false);
  },
);

/**
 * "30 days from today", "two weeks from now": the day, week, month or year that lies that far after
 * publication, still to come ("effective 30 days from today"), not a span that begins today.
 */
export const fromNow = regexRule(
  'from-now',
  ['from today', 'from now'],
  [new RegExp(`\\b(?<count>${COUNT_PATTERN})\\s+(?<unit>${UNIT_PATTERN})\\s+from\\s+(?:today|now)\\b`, 'gi')],
  (match, context) => {
    const count = countValue(match.groups?.count);
    return count === null ? null : countedFromPublication(count, unitOf(match.groups?.unit ?? ''), context.published, true);
  },
);
