import type { Candidate, DateRefiner } from './types.ts';

/** What may stand between the words and the year: "June last year", "June of last year", "Oct. 30, last year". */
const GAP = /^,?\s+(?:of\s+)?$/i;

/**
 * Merges a date without a stated year with a "last/this/next year" right after it: "June last year" is
 * June of the previous year, one mention, not "June" plus "last year".
 */
export const refineYearSuffix: DateRefiner = {
  name: 'year-suffix',
  refine(text, candidates) {
    const refined: Candidate[] = [];
    for (let i = 0; i < candidates.length; i++) {
      const current = candidates[i];
      const next = candidates[i + 1];
      if (!current) continue;
      const yearOf = next && next.rule === 'relative-period' && next.precision === 'year' ? next.start : null;
      if (current.inYear && next && yearOf && GAP.test(text.slice(current.endIndex, next.index))) {
        const { inYear, ...rest } = current;
        refined.push({ ...rest, ...inYear(Number(yearOf.slice(0, 4))), endIndex: next.endIndex, rule: `${rest.rule}+year-suffix` });
        i++;
        continue;
      }
      refined.push(current);
    }
    return refined;
  },
};
