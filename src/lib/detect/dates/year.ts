import { isAfter, isOnOrAfter, yearSpan } from './calendar.ts';
import { regexRule } from './regex-rule.ts';
import { YEAR_PATTERN } from './words.ts';

/**
 * A year after a preposition: "in 2022", "since 2014" (widened by the since refiner), "by 2030".
 * The preposition is required so that "resolution 2270" or "the 2022 invasion" stay numbers or adjectives;
 * "of" and "for" are left out because "a force of 2000" counts people. Not part of "2022-23" or "2022/23".
 * A year that names a happening after a preposition of time dates it too: "since the 1991 fall of the
 * Soviet Union", "during the 2020 war", "in a 2020 war" (the mention is "the 1991"); not before a plural, which a number
 * may count ("after the 2000 troops left"); nor a year after "of", unless it names when a war or
 * upheaval was ("during the first war of 1994"), and not before a plural ("the crisis of 2008 troops").
 * A year that names a document ("under the 2020 agreements") dates it after any word.
 */
export const year = regexRule(
  'year',
  ['19', '20'],
  [
    new RegExp(
      `(?<=\\b(?:in|since|by|during|until|till|from|through|throughout|before|after)\\s+)(?<year>${YEAR_PATTERN})\\b(?![-–/.,]?\\d)`,
      'gi',
    ),
    new RegExp(`(?<=\\b(?:in|since|during|until|till|before|after|following)\\s+)(?:the|an?)\\s+(?<year>${YEAR_PATTERN})(?=\\s+\\p{L}[\\p{L}-]*(?<!s)\\b(?!-))`, 'giu'),
    // "during the first war of 1994", "since the revolution of 1979": a year after "of" that names
    // when a war or upheaval was, after a preposition of time ("a force of 2000" counts people).
    new RegExp(
      `(?<=\\b(?:in|since|during|until|till|before|after|following|throughout)\\s+the\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:war|conflict|uprising|revolution|invasion|crisis|hostilities)\\s+of\\s+)(?<year>${YEAR_PATTERN})\\b(?![-–/.,]?\\d)(?!\\s+(?!(?:was|is|has|as|its|this|thus)\\b)\\p{L}+s\\b)`,
      'giu',
    ),
    // "under the 2020 agreements", "uphold the 2020 trilateral peace agreement": a document named by
    // the year it was made dates its making (corpus README, twentieth batch), after any word.
    new RegExp(`(?<=\\bthe\\s+)(?<year>${YEAR_PATTERN})(?=\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:agreements?|accords?|treaty|treaties|pact|memorandum|truce|ceasefire\\s+(?:deal|agreement))\\b)`, 'giu'),
  ],
  (match, context) => {
    const value = Number(match.groups?.year);
    const span = yearSpan(value);
    // A year still running is ahead when the words look ahead, or tell what was planned for it.
    const future = context.futureAt(match.index) || context.plannedAt(match.index);
    return {
      ...span,
      precision: 'year',
      expected: isAfter(span.start, context.published) || (future && isOnOrAfter(span.end, context.published)),
      stated: { year: value },
    };
  },
);
