import type { DateRefiner } from './types.ts';

/** "May 23 and 25" after "between" or "on": the second day of the first date's month. */
const SECOND_DAY_AFTER = /^\s+and\s+(\d{1,2})\b(?!\s*(?:[:.]\d|%|\p{L}))/u;
/** "between 23 and" or "on 19 and" before "25 May": the first day of the second date's month. */
const FIRST_DAY_BEFORE = /\b(?:between|on)\s+(\d{1,2})\s+and\s+$/i;

/**
 * "between May 23 and 25", "on 19 and 20 September": the days of one month a date names with a bare
 * day number beside it, a range from the first day to the second. Only after "between" or "on", where
 * the bare number can be nothing but a day.
 */
export const refineDaySpan: DateRefiner = {
  name: 'day-span',
  refine(text, candidates) {
    return candidates.map((candidate) => {
      if (candidate.precision !== 'day' || candidate.start === null) return candidate;
      const month = candidate.start.slice(0, 8);
      const opening = /\b(?:between|on)\s+$/i.exec(text.slice(0, candidate.index));
      const after = opening ? SECOND_DAY_AFTER.exec(text.slice(candidate.endIndex)) : null;
      if (opening && after) {
        const end = `${month}${(after[1] as string).padStart(2, '0')}`;
        if (end <= candidate.start) return candidate;
        return { ...candidate, index: opening.index, endIndex: candidate.endIndex + after[0].length, end, precision: 'range', rule: `${candidate.rule}+day-span` };
      }
      const before = FIRST_DAY_BEFORE.exec(text.slice(0, candidate.index));
      if (before) {
        const start = `${month}${(before[1] as string).padStart(2, '0')}`;
        if (start >= candidate.start) return candidate;
        return { ...candidate, index: before.index, start, precision: 'range', rule: `${candidate.rule}+day-span` };
      }
      return candidate;
    });
  },
};
