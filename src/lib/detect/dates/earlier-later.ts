import { addDays, formatDay, mondayOf, monthSpan, weekSpan, yearSpan, type DaySpan } from './calendar.ts';
import { regexRule } from './regex-rule.ts';

/**
 * "earlier this month" (the period's first day to the day before publication), "later this week" (the
 * day after publication to the period's last day); also "earlier in the year". Precision range.
 */
export const earlierLater = regexRule(
  'earlier-later',
  ['earlier', 'later'],
  [/\b(?<which>earlier|later)\s+(?:this|in\s+the)\s+(?<unit>week|month|year)\b/gi],
  (match, context) => {
    const published = context.published;
    const whole = currentPeriod((match.groups?.unit ?? '').toLowerCase(), published);
    const before = formatDay(addDays(published, -1));
    const after = formatDay(addDays(published, 1));
    // On the period's first or last day there is no "earlier" or "later" left; keep the one boundary day.
    if ((match.groups?.which ?? '').toLowerCase() === 'earlier') {
      return { start: whole.start, end: before < whole.start ? whole.start : before, precision: 'range', expected: false, stated: {} };
    }
    return { start: after > whole.end ? whole.end : after, end: whole.end, precision: 'range', expected: true, stated: {} };
  },
);

function currentPeriod(unit: string, published: Date): DaySpan {
  if (unit === 'week') return weekSpan(mondayOf(published));
  if (unit === 'month') return monthSpan(published.getUTCFullYear(), published.getUTCMonth() + 1);
  return yearSpan(published.getUTCFullYear());
}
