import type { DateRefiner } from './types.ts';

/**
 * "since", "starting", "from" before a date, with a time of day between them too: "from 13:00 on
 * September 20", "since 8 a.m. (local time) on Monday", "effective from 1300 GMT on Wednesday".
 */
const SINCE_BEFORE =
  /\b(?:(?:ever\s+)?since(?:\s+the\s+(?:beginning|start)\s+of)?(?:\s+(?:around|about|roughly|approximately))?|starting(?:\s+(?:in|from))?|from)(?:\s+(?:\d{1,2}[:.]\d{2}|\d{4}|\d{1,2}\s*[ap]\.?m\.?|noon|midnight)(?:\s+(?:hours|hrs|GMT|UTC|(?:local|\p{Lu}\p{L}+)\s+time))?(?:\s+\([^()]{1,30}\))?(?:\s+on)?)?\s+$/iu;

/**
 * "from Monday to Friday", "from March until May", "from Monday and Tuesday": a span or a list with
 * its own end, not an open start. An "and" before other words joins another thing: "from January 1
 * and the dissolution of …".
 */
const SPAN_END_AFTER = /^\s*(?:(?:to|until|till|through|thru|[-–—])(?:\s|\d|$)|[Aa]nd\s+(?:\d|\p{Lu}))/u;

/**
 * "since August last year", "since 2022", "since around March": a range from the start of what follows,
 * open at the end (null). "from January 1" reads the same ("dissolved from January 1": from then on),
 * when it names a day and no end follows ("from Monday to Friday" is a span, "a change from February" a
 * comparison), or names any date that "onward(s)" follows. The end is left open rather than set to the
 * publication day: "since" says the state still holds, and the model reserves a null end for exactly that.
 */
export const refineSince: DateRefiner = {
  name: 'since',
  refine(text, candidates) {
    return candidates.map((candidate) => {
      const since = SINCE_BEFORE.exec(text.slice(0, candidate.index));
      if (!since || candidate.start === null) return candidate;
      if (/^from/i.test(since[0]) && !opensFromDay(text, candidate)) return candidate;
      const { inYear: _inYear, ...rest } = candidate;
      // "since" looks back; "starting Monday, ships will be escorted" and "from January 1" may look ahead.
      const expected = /^(?:starting|from)/i.test(since[0]) && candidate.expected;
      return { ...rest, index: since.index, end: null, precision: 'range', expected, rule: `${rest.rule}+since` };
    });
  },
};

/**
 * Whether "from" before `candidate` opens a state from then on: a single day with no end told after
 * it, or a date of any precision that "onward(s)" follows ("from mid-March onwards", "from 2022 onward").
 */
function opensFromDay(text: string, candidate: { endIndex: number; precision: string }): boolean {
  const after = text.slice(candidate.endIndex);
  return ONWARD_AFTER.test(after) || (candidate.precision === 'day' && !SPAN_END_AFTER.test(after));
}

/** "onward" or "onwards" right after the date: the range runs on from it, with no end. */
const ONWARD_AFTER = /^\s*onwards?\b/iu;
