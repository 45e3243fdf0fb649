import { addUnits, daySpan, formatDay, isAfter, parseDay } from './calendar.ts';
import type { Candidate, DateRefiner, Resolution } from './types.ts';
import { COUNT_PATTERN, countValue, UNIT_PATTERN, unitOf } from './words.ts';

/**
 * A count of time right before "from" or "after" and a day: "30 days from 17 January", "two weeks
 * from Monday", "ten days after March 3". Not a window or a length ("within 30 days from", "for 30
 * days from", "more than 30 days after"), which spans the days rather than naming the last one.
 */
const COUNTED_BEFORE = new RegExp(
  String.raw`(?<!\b(?:within|for|in|over|during|lasting|of|than|to|up\s+to|about|around|some|nearly|almost|roughly)\s+)\b(?<count>${COUNT_PATTERN})\s+(?<unit>${UNIT_PATTERN})\s+(?:from|after)\s+(?:(?:on|the)\s+)?$`,
  'i',
);

/**
 * "30 days from 17 January": the day that many units after the day named, not a state open from it
 * ("from January 1" alone is refineSince's). Still to come when it falls after publication ("with the
 * designation to take effect 30 days from 17 January", told on 17 January). A day named without a
 * year is the one nearest publication: the clause may look ahead while the day counted from is past.
 */
export const refineCountedFrom: DateRefiner = {
  name: 'counted-from',
  refine(text, candidates, context) {
    return candidates.map((candidate) => {
      if (candidate.precision !== 'day' || candidate.start === null || candidate.start !== candidate.end) return candidate;
      const counted = COUNTED_BEFORE.exec(text.slice(Math.max(0, candidate.index - 60), candidate.index));
      const count = countValue(counted?.groups?.count);
      if (!counted || count === null) return candidate;
      const from = parseDay(nearestStart(candidate, context.published));
      if (!from) return candidate;
      const day = addUnits(from, count, unitOf(counted.groups?.unit ?? ''));
      const { inYear: _inYear, ...rest } = candidate;
      return { ...rest, ...daySpan(day), index: candidate.index - counted[0].length, precision: 'day', expected: isAfter(formatDay(day), context.published), rule: `${rest.rule}+counted` };
    });
  },
};

/** The candidate's day, or for a day named without a year, the one nearest publication. */
function nearestStart(candidate: Candidate, published: Date): string {
  const start = candidate.start as string;
  if (!candidate.inYear || candidate.stated.year !== undefined) return start;
  const year = published.getUTCFullYear();
  const distance = (resolution: Resolution) => Math.abs((parseDay(resolution.start ?? '')?.getTime() ?? Infinity) - published.getTime());
  const best = [year - 1, year, year + 1].map((y) => candidate.inYear?.(y)).filter((r): r is Resolution => r !== undefined).sort((a, b) => distance(a) - distance(b))[0];
  return best?.start ?? start;
}
