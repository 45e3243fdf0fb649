import { addDays, mondayOf, monthSpan, spanOf, weekSpan, yearSpan } from './calendar.ts';
import { isPastContext } from './future-context.ts';
import { regexRule } from './regex-rule.ts';
import type { Resolution, RuleContext } from './types.ts';
import { WEEKDAY_PATTERN } from './words.ts';

/**
 * "last week", "this month", "next year", "last weekend": a whole calendar period before, at or after
 * publication. Weeks run Monday to Sunday. "This …" is expected only in a clause about the future;
 * "this weekend" told in the past on a weekday is the weekend just gone. "This week" in a clause about
 * the future is what is left of it, the day after publication to Sunday, and in a Sunday's paper the
 * coming week: what is still to come cannot fall on a day already told.
 *
 * Not after "the" ("the next week he left" counts from the story, not from publication; "the last week"
 * is a rolling period, see recent-period) nor after a weekday ("Tuesday last week" is one weekday).
 */
export const relativePeriod = regexRule(
  'relative-period',
  ['last', 'this', 'next'],
  [
    new RegExp(
      `(?<!\\bthe\\s+)(?<!${WEEKDAY_PATTERN},?\\s+(?:of\\s+)?)\\b(?<modifier>last|this\\s+past|this|next)\\s+(?<unit>week|weekend|month|year)\\b`,
      'gi',
    ),
  ],
  (match, context) => {
    const modifier = (match.groups?.modifier ?? '').toLowerCase();
    const unit = (match.groups?.unit ?? '').toLowerCase();
    const offset = modifier === 'next' ? 1 : modifier === 'this' ? 0 : -1;
    // "this year" or "this month" is ahead also in what was planned for it ("agreed to deliver … this year").
    const planned = (unit === 'year' || unit === 'month') && context.plannedAt(match.index);
    const expected = offset > 0 || (offset === 0 && (context.futureAt(match.index) || planned));
    if (offset === 0 && unit === 'week' && expected) return { ...restOfWeek(context.published), stated: {} };
    return { ...period(unit, offset === 0 && unit === 'weekend' && !expected && weekendJustPast(match, context) ? -1 : offset, context.published, expected), stated: {} };
  },
);

/**
 * "Echoing Ruhl's comments this weekend, Berg vowed …" in a Monday's paper: told in the past on a
 * weekday, "this weekend" is the one just gone, not the one ahead in the same Monday-to-Sunday week.
 */
function weekendJustPast(match: RegExpExecArray, context: RuleContext): boolean {
  const weekday = context.published.getUTCDay();
  return weekday !== 6 && weekday !== 0 && isPastContext(match.input, match.index);
}

/**
 * "will meet this week": the day after publication to Sunday; "is headed to the region this week" in
 * a Sunday's paper: the coming Monday to Sunday. A range, expected.
 */
function restOfWeek(published: Date): Resolution {
  // The Sunday of the week after the day of publication: that same week's, or the next one's on a Sunday.
  const sunday = addDays(mondayOf(addDays(published, 1)), 6);
  return { ...spanOf(addDays(published, 1), sunday), precision: 'range', expected: true };
}

/** The period `offset` units away from the one holding `published`. */
function period(unit: string, offset: number, published: Date, expected: boolean): Resolution {
  const year = published.getUTCFullYear();
  if (unit === 'year') return { ...yearSpan(year + offset), precision: 'year', expected };
  if (unit === 'month') {
    const first = new Date(Date.UTC(year, published.getUTCMonth() + offset, 1));
    return { ...monthSpan(first.getUTCFullYear(), first.getUTCMonth() + 1), precision: 'month', expected };
  }
  const monday = addDays(mondayOf(published), 7 * offset);
  if (unit === 'weekend') return { ...spanOf(addDays(monday, 5), addDays(monday, 6)), precision: 'range', expected };
  return { ...weekSpan(monday), precision: 'week', expected };
}
