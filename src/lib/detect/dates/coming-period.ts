import { addUnits, formatDay } from './calendar.ts';
import { isPastClause } from './future-context.ts';
import { regexRule } from './regex-rule.ts';
import { COUNT_PATTERN, countValue, UNIT_PATTERN, unitOf, VAGUE_COUNT_PATTERN } from './words.ts';

/** Not when the period counts from another event: "within two weeks of the vote". */
const NOT_FROM_EVENT = '(?!\\s+(?:of|after|from|before)\\b)';

/**
 * "in the coming days", "over the next several weeks", "within the next two weeks", "in the weeks ahead",
 * "within days", "in a matter of days" (not in a clause told in the past). A range from publication,
 * always expected. The end is publication plus the length when the text gives a number, and open
 * (null) when it is vague ("several weeks"): we do not invent a length.
 * "the next day" and "the next week" are left alone: they count from the story, not from publication.
 */
export const comingPeriod = regexRule(
  'coming-period',
  ['coming', 'next', 'ahead', 'come', 'within', 'matter'],
  [
    new RegExp(
      `(?:\\b(?:in|over|during|within|for)\\s+)?\\bthe\\s+(?<kind>coming|next)\\s+(?:(?<count>${COUNT_PATTERN}|${VAGUE_COUNT_PATTERN})\\s+)?(?<unit>${UNIT_PATTERN})\\b${NOT_FROM_EVENT}`,
      'gi',
    ),
    /(?:\b(?:in|over|during)\s+)?\bthe\s+(?<unit>days|weeks|months|years)\s+(?:ahead|to\s+come)\b/gi,
    new RegExp(`\\bwithin\\s+(?:(?<count>${COUNT_PATTERN})\\s+)?(?<unit>${UNIT_PATTERN})\\b${NOT_FROM_EVENT}`, 'gi'),
    // "in a matter of days": coming, of no stated length.
    /(?:\b(?:in|within)\s+)?\ba\s+matter\s+of\s+(?<unit>days|weeks|months)\b/gi,
  ],
  (match, context, text) => {
    // "100,000 people left their homes within a week", "took the city in a matter of days": in a clause
    // told in the past, a bare "within" or "a matter of" measures how long something took, and dates nothing.
    if (/^(?:within\s|(?:in\s+)?a\s+matter\s)/i.test(match[0]) && isPastClause(text, match.index)) return null;
    const unitWord = match.groups?.unit ?? '';
    const plural = /s$/i.test(unitWord);
    const countWord = match.groups?.count;
    const count = countValue(countWord);
    // "in the coming week" is read as "in the coming weeks": from publication, open end (the gold's
    // reading of "in the coming days/weeks"); "the next week" and a bare "within week" are not this rule's.
    if (countWord === undefined && !plural && match.groups?.kind?.toLowerCase() !== 'coming') return null;
    const end = count === null ? null : formatDay(addUnits(context.published, count, unitOf(unitWord)));
    return { start: formatDay(context.published), end, precision: 'range', expected: true, stated: {} };
  },
);
