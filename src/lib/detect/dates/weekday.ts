import { addDays, daySpan, formatDay, isAfter, mondayOf } from './calendar.ts';
import type { Candidate, DateRule } from './types.ts';
import { WEEKDAY_PATTERN, weekdayNumber } from './words.ts';

/** The weekday words inside chrono's span, without the commas and brackets chrono may take along. */
const WEEKDAY_WORDS = new RegExp(
  `(?:\\bon\\s+)?(?:\\b(?<prefix>last|past|next|this)\\s+)?\\b(?<weekday>${WEEKDAY_PATTERN})\\b(?:\\s+(?:of\\s+)?(?<week>last|past|next|this)\\s+week\\b)?`,
  'i',
);

/**
 * A weekday found by chrono ("on Tuesday", "confirmed Wednesday", "last Friday", "Tuesday last week"),
 * resolved here because chrono picks the closest such day in either direction:
 * - bare: the most recent such day on or before publication, or on or after it in a clause about the future;
 * - "last"/"next": strictly before or after publication;
 * - "… last/this/next week": that day in the named Monday–Sunday week.
 * Only capitalised full names count ("the couple wed", "the sun", "Sat down" are not weekdays).
 */
export const weekday: DateRule = {
  name: 'weekday',
  find(text, context) {
    const found: Candidate[] = [];
    for (const result of context.chrono()) {
      // Only a weekday: a weekday written with its date ("Tuesday, Oct. 22") is explicit-date's.
      const { start } = result;
      if (!start.isCertain('weekday') || start.isCertain('day') || start.isCertain('month')) continue;
      const words = WEEKDAY_WORDS.exec(result.text);
      const dayNumber = weekdayNumber(words?.groups?.weekday ?? '');
      if (!words || dayNumber === null) continue;
      const index = result.index + words.index;
      const future = context.futureAt(index);
      const day = resolveWeekday(dayNumber, context.published, words.groups?.prefix, words.groups?.week, future);
      const iso = formatDay(day);
      const bare = !words.groups?.prefix && !words.groups?.week;
      found.push({
        index,
        endIndex: index + words[0].length,
        rule: 'weekday',
        ...daySpan(day),
        precision: 'day',
        expected: isAfter(iso, context.published) || (bare && future),
        stated: { weekday: dayNumber },
      });
    }
    return found;
  },
};

function resolveWeekday(target: number, published: Date, prefix?: string, week?: string, future = false): Date {
  if (week) {
    const offset = { last: -1, past: -1, this: 0, next: 1 }[week.toLowerCase()] ?? 0;
    return addDays(mondayOf(published), 7 * offset + ((target + 6) % 7));
  }
  const today = published.getUTCDay();
  const back = (today - target + 7) % 7;
  const ahead = (target - today + 7) % 7;
  switch (prefix?.toLowerCase()) {
    case 'last':
    case 'past':
      return addDays(published, -(back || 7));
    case 'next':
      return addDays(published, ahead || 7);
    default:
      return future ? addDays(published, ahead) : addDays(published, -back);
  }
}
