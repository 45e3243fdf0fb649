import { isAfter } from './calendar.ts';
import type { DateRefiner } from './types.ts';

/**
 * "by", "until", "no later than" before a date, with a time of day between: "by the morning of September
 * 28"; "until at least" too, a deadline that may be pushed back but ends no sooner ("will reroute until
 * at least March 9").
 */
const DEADLINE_BEFORE = /\b(?:by|(?:until|till)(?:\s+at\s+least)?|no\s+later\s+than)(?:\s+the\s+(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night)\s+of)?\s+$/i;

/** A negated verb before "until" in its clause: "did not officially confirm", "wasn't known". */
const NEGATED_BEFORE = /\b(?:not|never|n['’]t)\b[^,.;]*$/i;

/**
 * "by December", "until March", "no later than Friday", "by the end of the year": a range open at the
 * start (null) that ends where what follows ends; expected when that end is after publication. "by" also
 * makes the words after it look ahead (see future-context), so "by December" in October is this December.
 */
export const refineDeadline: DateRefiner = {
  name: 'deadline',
  refine(text, candidates, context) {
    return candidates.map((candidate) => {
      const deadline = DEADLINE_BEFORE.exec(text.slice(0, candidate.index));
      if (!deadline || candidate.end === null) return candidate;
      // "did not confirm until late April": it happened then, the date itself.
      if (/^(?:until|till)\b/i.test(deadline[0]) && NEGATED_BEFORE.test(text.slice(Math.max(0, deadline.index - 60), deadline.index))) {
        return { ...candidate, index: deadline.index, rule: `${candidate.rule}+not-until` };
      }
      const { inYear: _inYear, ...rest } = candidate;
      return {
        ...rest,
        index: deadline.index,
        start: null,
        precision: 'range',
        expected: isAfter(candidate.end, context.published),
        rule: `${rest.rule}+deadline`,
      };
    });
  },
};
