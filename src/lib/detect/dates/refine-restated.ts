import type { Candidate, DateRefiner } from './types.ts';

/** What may stand between a day and its restatement: a part of the day, then an opening bracket. */
const OPENING = /^(?:\s+(?:morning|afternoon|evening|night))?\s*\($/i;

/**
 * "on Monday (19 February)", "on Wednesday (Sept 20)", "on Thursday afternoon (21 September)": a day
 * restated in brackets is one date, not two, so one happening is not told twice, once to come and once
 * done when the two words are read apart. Only when both name the same day; the words then run to the
 * closing bracket, and the date looks ahead when either reading does.
 */
export const refineRestated: DateRefiner = {
  name: 'restated',
  refine(text, candidates) {
    const out: Candidate[] = [];
    for (let k = 0; k < candidates.length; k++) {
      const day = candidates[k] as Candidate;
      const restated = candidates[k + 1];
      if (restated && sameDay(day, restated) && OPENING.test(text.slice(day.endIndex, restated.index)) && text[restated.endIndex] === ')') {
        out.push({ ...day, endIndex: restated.endIndex + 1, expected: day.expected || restated.expected, stated: { ...day.stated, ...restated.stated }, rule: `${day.rule}+restated` });
        k++;
      } else out.push(day);
    }
    return out;
  },
};

function sameDay(a: Candidate, b: Candidate): boolean {
  return a.precision === 'day' && b.precision === 'day' && a.start !== null && a.start === b.start;
}
