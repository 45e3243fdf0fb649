import { addUnits, formatDay } from './calendar.ts';
import { regexRule } from './regex-rule.ts';
import { COUNT_PATTERN, countValue, UNIT_PATTERN, unitOf, VAGUE_COUNT_PATTERN } from './words.ts';

/**
 * "in recent days", "over the past two weeks", "in the last few months", "the past week", "in the last
 * three decades": a range that
 * ends on the publication day. The start is publication minus the length when the text gives a number
 * (a singular unit counts as one), and open (null) when it is vague.
 * "the last days of the war" is left alone: it counts back from another event.
 */
export const recentPeriod = regexRule(
  'recent-period',
  ['past', 'last', 'recent'],
  [
    new RegExp(
      `(?:\\b(?:in|over|during|within|for)\\s+)?\\bthe\\s+(?:past|last)\\s+(?:(?<count>${COUNT_PATTERN}|${VAGUE_COUNT_PATTERN})\\s+)?(?<unit>${UNIT_PATTERN}|decades?)\\b(?!\\s+(?:of|before|after)\\b)`,
      'gi',
    ),
    /(?:\b(?:in|over|during)\s+)?\brecent\s+(?<unit>days|weeks|months|years)\b/gi,
  ],
  (match, context) => {
    const unitWord = match.groups?.unit ?? '';
    const countWord = match.groups?.count;
    const count = countWord === undefined ? (/s$/i.test(unitWord) ? null : 1) : countValue(countWord);
    // "in the last three decades": thirty years back to the same day. "for the past three decades"
    // tells how long a state lasted, and "during" or "over" them as much: a duration, no date.
    const decades = /^decades?$/i.test(unitWord);
    if (decades && !/^in\s/i.test(match[0])) return null;
    const start = count === null ? null : formatDay(addUnits(context.published, decades ? -10 * count : -count, decades ? 'year' : unitOf(unitWord)));
    return { start, end: formatDay(context.published), precision: 'range', expected: false, stated: {} };
  },
);
