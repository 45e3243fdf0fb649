import { isAfter } from './calendar.ts';
import type { DateRefiner } from './types.ts';

/**
 * "as of" before a date, with a time of day between them too: "as of Tuesday", "As of 1600 GMT on
 * Tuesday", "as of midday on Sept. 25", "as of 9 a.m. (local time) on Monday", "As of 7:00 p.m. on Monday".
 */
const AS_OF_BEFORE =
  /\bas\s+of(?:\s+(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{4}|\d{1,2}\s*[ap]\.?m\.?|noon|midday|midnight|the\s+(?:morning|afternoon|evening|end)\s+of)(?:\s+(?:hours|hrs|GMT|UTC|(?:local|\p{Lu}\p{L}+)\s+time))?(?:\s+\([^()]{1,30}\))?(?:\s+on)?)?\s+$/iu;

/** How far before a date "as of" and a time of day may stand. */
const LOOK_BACK = 60;

/** A count: digits ("28,120", "4 850") or a round amount in words ("thousands"). */
const COUNT = /\d|\b(?:dozens|hundreds|thousands|millions)\b/i;

/** The bounds of the sentence around `at`: from after the last stop before it to the next stop. */
function sentenceAround(text: string, at: number, end: number): { start: number; end: number } {
  const before = text.slice(0, at).search(/[.!?]\s+[^.!?]*$/);
  const after = text.slice(end).search(/[.!?](?:\s|$)/);
  return { start: before < 0 ? 0 : before + 1, end: after < 0 ? text.length : end + after };
}

/**
 * "As of Thursday morning, 65,000 had arrived", "4,850 residents fled as of midday on Sept. 25": a
 * count up to a day gone by reads like "by" (a range open at the start that ends where the date
 * ends). Only with a count in the sentence, outside the date's words: "as of" before a state ("As of
 * January 1, the law applies") may open the state instead, and is left as its date. A date after
 * publication ("as of Monday, the rule will apply") is left to the future rules.
 */
export const refineAsOf: DateRefiner = {
  name: 'as-of',
  refine(text, candidates, context) {
    return candidates.map((candidate) => {
      // The time of day between "as of" and the date is short: the words just before suffice.
      const from = Math.max(0, candidate.index - LOOK_BACK);
      const lead = text.slice(from, candidate.index);
      if (candidate.end === null || candidate.start === null || !lead.toLowerCase().includes('as of')) return candidate;
      const asOf = AS_OF_BEFORE.exec(lead);
      if (!asOf || isAfter(candidate.end, context.published)) return candidate;
      const index = from + asOf.index;
      const sentence = sentenceAround(text, index, candidate.endIndex);
      const rest = `${text.slice(sentence.start, index)} ${text.slice(candidate.endIndex, sentence.end)}`;
      if (!COUNT.test(rest)) return candidate;
      const { inYear: _inYear, ...kept } = candidate;
      return { ...kept, index, start: null, precision: 'range', expected: false, rule: `${kept.rule}+as-of` };
    });
  },
};
