import type { DateRefiner } from './types.ts';

const SINCE_BEFORE = /\b(?:(?:ever\s+)?since(?:\s+the\s+(?:beginning|start)\s+of)?(?:\s+(?:around|about|roughly|approximately))?|starting(?:\s+(?:in|from))?)\s+$/i;

/**
 * "since August last year", "since 2022", "since around March": a range from the start of what follows,
 * open at the end (null). The end is left open rather than set to the publication day: "since" says the
 * state still holds, and the model reserves a null end for exactly that.
 */
export const refineSince: DateRefiner = {
  name: 'since',
  refine(text, candidates) {
    return candidates.map((candidate) => {
      const since = SINCE_BEFORE.exec(text.slice(0, candidate.index));
      if (!since || candidate.start === null) return candidate;
      const { inYear: _inYear, ...rest } = candidate;
      // "since" looks back; "starting Monday, ships will be escorted" may look ahead.
      const expected = /^starting/i.test(since[0]) && candidate.expected;
      return { ...rest, index: since.index, end: null, precision: 'range', expected, rule: `${rest.rule}+since` };
    });
  },
};
