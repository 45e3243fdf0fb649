import type { Candidate, DateRefiner } from './types.ts';

/** "May 23 and 25" after "between" or "on": the second day of the first date's month. */
const SECOND_DAY_AFTER = /^\s+and\s+(\d{1,2})\b(?!\s*(?:[:.]\d|%|\p{L}))/u;
/** "between 23 and" or "on 19 and" before "25 May": the first day of the second date's month. */
const FIRST_DAY_BEFORE = /\b(between|on)\s+(\d{1,2})\s+and\s+$/i;

/**
 * "between May 23 and 25", "on 19 and 20 September": the days of one month a date names with a bare
 * day number beside it, a range from the first day to the second. Only after "between" or "on", where
 * the bare number can be nothing but a day. Two days "on" that do not follow each other ("on 15 and
 * 30 November") are two dates, one for each happening, not the fortnight between them.
 */
export const refineDaySpan: DateRefiner = {
  name: 'day-span',
  refine(text, candidates) {
    return candidates.flatMap((candidate): Candidate[] => {
      if (candidate.precision !== 'day' || candidate.start === null) return [candidate];
      const month = candidate.start.slice(0, 8);
      const opening = /\b(between|on)\s+$/i.exec(text.slice(0, candidate.index));
      const after = opening ? SECOND_DAY_AFTER.exec(text.slice(candidate.endIndex)) : null;
      if (opening && after) {
        const end = `${month}${(after[1] as string).padStart(2, '0')}`;
        if (end <= candidate.start) return [candidate];
        if (isOn(opening[1]) && !nextDay(candidate.start, end)) {
          const index = candidate.endIndex + after[0].length - (after[1] as string).length;
          return [candidate, { ...candidate, index, endIndex: index + (after[1] as string).length, start: end, end, stated: { ...candidate.stated, day: Number(after[1]) }, rule: `${candidate.rule}+day-list` }];
        }
        return [{ ...candidate, index: opening.index, endIndex: candidate.endIndex + after[0].length, end, precision: 'range', rule: `${candidate.rule}+day-span` }];
      }
      const before = FIRST_DAY_BEFORE.exec(text.slice(0, candidate.index));
      if (before) {
        const start = `${month}${(before[2] as string).padStart(2, '0')}`;
        if (start >= candidate.start) return [candidate];
        if (isOn(before[1]) && !nextDay(start, candidate.start)) {
          const index = before.index + before[0].indexOf(before[2] as string, before[1]!.length);
          return [{ ...candidate, index, endIndex: index + (before[2] as string).length, start, end: start, stated: { ...candidate.stated, day: Number(before[2]) }, rule: `${candidate.rule}+day-list` }, candidate];
        }
        return [{ ...candidate, index: before.index, start, precision: 'range', rule: `${candidate.rule}+day-span` }];
      }
      return [candidate];
    });
  },
};

function isOn(word: string | undefined): boolean {
  return word?.toLowerCase() === 'on';
}

/** Whether `second` is the day after `first`, both days of one month. */
function nextDay(first: string, second: string): boolean {
  return Number(second.slice(8)) - Number(first.slice(8)) === 1;
}
