import type { Candidate, DateRefiner } from './types.ts';

/** Only "or" or "and" between two dates: "July or August", "Monday and Tuesday". */
const JOINED = /^\s+(?:or|and)\s+$/;

/**
 * "in July or August", "on Monday and Tuesday": two dates of one precision joined this way date one
 * thing within both, a range from the first's start to the second's end. Dates that are not in order
 * ("August or July") are left apart.
 */
export const refineAlternatives: DateRefiner = {
  name: 'alternatives',
  refine(text, candidates) {
    const out: Candidate[] = [];
    for (const candidate of candidates) {
      const previous = out.at(-1);
      if (previous && joins(text, previous, candidate)) {
        // The first date's own year rule no longer describes the range.
        const { inYear: _inYear, ...first } = previous;
        out[out.length - 1] = { ...first, endIndex: candidate.endIndex, end: candidate.end, precision: 'range', rule: `${first.rule}+alternatives` };
        continue;
      }
      out.push(candidate);
    }
    return out;
  },
};

function joins(text: string, first: Candidate, second: Candidate): boolean {
  if (!JOINED.test(text.slice(first.endIndex, second.index))) return false;
  if (first.precision !== second.precision || first.expected !== second.expected) return false;
  return first.start !== null && first.end !== null && second.start !== null && second.end !== null && first.end < second.start;
}
