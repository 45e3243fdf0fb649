import type { Candidate, DateRefiner } from './types.ts';

/** A hedge that narrows the date before it: ", possibly on", ", probably in", ", perhaps as early as". */
const HEDGE_BETWEEN = /^\s*,\s*(?:(?:or|and)\s+)?(?:possibly|probably|perhaps|maybe|likely|most\s+likely|as\s+early\s+as|as\s+soon\s+as|or\s+even|even)\s+(?:(?:on|in|at|by)\s+)?$/i;

/**
 * "could happen in the coming days, possibly on Thursday", "was hit last week, probably on Monday":
 * one happening dated twice, the second words narrowing the first, is dated by the narrower (corpus
 * README: one happening told with two precisions takes the more precise). Only when the second date
 * lies within the first and looks the same way; "on Sunday, possibly on Saturday" names two days, both
 * kept.
 */
export const refineNarrowed: DateRefiner = {
  name: 'narrowed',
  refine(text, candidates) {
    return candidates.filter((candidate, k) => {
      const next = candidates[k + 1];
      return !(next && HEDGE_BETWEEN.test(text.slice(candidate.endIndex, next.index)) && narrows(candidate, next));
    });
  },
};

/** Whether `inner` lies within `outer` (an open end runs on for ever) and both look the same way. */
function narrows(outer: Candidate, inner: Candidate): boolean {
  if (outer.expected !== inner.expected || inner.start === null || inner.end === null || outer.start === null) return false;
  if (outer.start === inner.start && outer.end === inner.end) return false;
  return outer.start <= inner.start && (outer.end === null || inner.end <= outer.end);
}
