import { addDays, daySpan } from './calendar.ts';
import { regexRule } from './regex-rule.ts';

/** Days from publication for each word; "last night" is the evening before publication. */
const OFFSETS: Record<string, number> = {
  yesterday: -1,
  'last night': -1,
  today: 0,
  tonight: 0,
  tomorrow: 1,
  'the day before yesterday': -2,
  'the day after tomorrow': 2,
};

/**
 * "yesterday", "today", "tonight", "tomorrow", "last night", "earlier today", "this morning", "the day
 * before yesterday".
 * Today's words are expected only in a clause about the future ("will speak today") or after "later".
 */
export const casualDay = regexRule(
  'casual-day',
  ['yesterday', 'today', 'tomorrow', 'night', 'morning', 'afternoon', 'evening'],
  [
    /\b(?:(?<modifier>earlier|later)\s+)?(?<word>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tonight|tomorrow|last\s+night)\b/gi,
    /\bthis\s+(?<word>morning|afternoon|evening)\b/gi,
  ],
  (match, context) => {
    const word = (match.groups?.word ?? '').toLowerCase().replace(/\s+/g, ' ');
    const offset = OFFSETS[word] ?? 0;
    const laterToday = offset === 0 && (match.groups?.modifier?.toLowerCase() === 'later' || context.futureAt(match.index));
    return {
      ...daySpan(addDays(context.published, offset)),
      precision: 'day',
      expected: offset > 0 || laterToday,
      stated: {},
    };
  },
);
