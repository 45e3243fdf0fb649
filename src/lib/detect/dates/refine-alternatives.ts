import type { Candidate, DateRefiner } from './types.ts';

/** "or" or "and" between two dates: "July or August", "Monday and Tuesday". */
const JOINED = /^\s+(?:or|and)\s+$/;

/** "to", "through" or a dash between two dates: "July to August", "Monday through Wednesday". */
const SPANNED = /^\s+(?:to|through|until|till)\s+$|^\s*[-–]\s*$/;

/** A date moved to another: "postponed from July to August" dates neither as a span. */
const MOVED_BEFORE = /\b(?:postpon|delay|mov|push|reschedul|shift|brought|bring|chang|advanc)\w*\b[^.;:]*$/i;

/**
 * "in July or August", "on Monday and Tuesday", "July to August": two dates of one precision joined
 * this way date one thing within both, a range from the first's start to the second's end. When they
 * are not in order as read, the first takes the second's year ("July to August of this year"); dates
 * still not in order ("August or July") are left apart.
 */
export const refineAlternatives: DateRefiner = {
  name: 'alternatives',
  refine(text, candidates) {
    const out: Candidate[] = [];
    for (const candidate of candidates) {
      const previous = out.at(-1);
      const joined = previous && joiner(text, previous, candidate) ? previous : null;
      // "from August to March" is in order as read; "July to August of this year" once July takes the year.
      const first = joined && (inOrder(joined, candidate) ? joined : inYearOf(joined, candidate));
      if (first && inOrder(first, candidate)) {
        // The first date's own year rule no longer describes the range.
        const { inYear: _inYear, ...kept } = first;
        out[out.length - 1] = { ...kept, endIndex: candidate.endIndex, end: candidate.end, precision: 'range', rule: `${kept.rule}+alternatives` };
        continue;
      }
      out.push(candidate);
    }
    return out;
  },
};

function joiner(text: string, first: Candidate, second: Candidate): boolean {
  const between = text.slice(first.endIndex, second.index);
  return JOINED.test(between) || (SPANNED.test(between) && !MOVED_BEFORE.test(text.slice(Math.max(0, first.index - 60), first.index)));
}

/** The first date in the year of the second, when its words leave the year open and the second's differ. */
function inYearOf(first: Candidate, second: Candidate): Candidate {
  const year = Number(second.start?.slice(0, 4));
  if (!first.inYear || second.start === null || first.start?.slice(0, 4) === second.start.slice(0, 4)) return first;
  return { ...first, ...first.inYear(year) };
}

function inOrder(first: Candidate, second: Candidate): boolean {
  if (first.precision !== second.precision || first.expected !== second.expected) return false;
  return first.start !== null && first.end !== null && second.start !== null && second.end !== null && first.end < second.start;
}
