import { addDays, daySpan, spanOf } from './calendar.ts';
import { regexRule } from './regex-rule.ts';

/** Days from publication for each word; "last night" starts on the evening before publication. */
const OFFSETS: Record<string, number> = {
  yesterday: -1,
  'last night': -1,
  today: 0,
  tonight: 0,
  tomorrow: 1,
  'the day before yesterday': -2,
  'the day after tomorrow': 2,
};

/** The night before the day it is told on. */
const LAST_NIGHT = 'last night';

/**
 * "yesterday", "today", "tonight", "tomorrow", "last night", "earlier today", "this morning", "the day
 * before yesterday".
 * Today's words are expected only in a clause about the future ("will speak today") or after "later".
 * "Last night" is the night before the day it is told on, as "overnight" is: it runs from the evening
 * before into the small hours of that day, so it spans both (`range`), and a strike "last night" told
 * on Tuesday may have fallen on Tuesday's date. After a determiner it is the final night of something
 * ("the last night of the talks", "his last night in Marsh City"), no date.
 */
export const casualDay = regexRule(
  'casual-day',
  ['yesterday', 'today', 'tomorrow', 'night', 'morning', 'afternoon', 'evening'],
  [
    /\b(?:(?<modifier>earlier|later)\s+)?(?<word>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tonight|tomorrow|(?<!\b(?:the|a|his|her|its|their|our|my|your|every|each)\s+)last\s+night)\b/gi,
    /\bthis\s+(?<word>morning|afternoon|evening)\b/gi,
  ],
  (match, context) => {
    const word = (match.groups?.word ?? '').toLowerCase().replace(/\s+/g, ' ');
    const offset = OFFSETS[word] ?? 0;
    const laterToday = offset === 0 && (match.groups?.modifier?.toLowerCase() === 'later' || context.futureAt(match.index));
    if (word === LAST_NIGHT) {
      const evening = addDays(context.published, offset);
      return { ...spanOf(evening, addDays(evening, 1)), precision: 'range', expected: false, stated: {} };
    }
    return {
      ...daySpan(addDays(context.published, offset)),
      precision: 'day',
      expected: offset > 0 || laterToday,
      stated: {},
    };
  },
);
