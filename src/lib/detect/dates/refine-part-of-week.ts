import { addDays, formatDay, parseDay } from './calendar.ts';
import type { DateRefiner } from './types.ts';

/** "early", "mid-" or "late" right before a week: "early last week", "late this week". */
const PART_BEFORE = /\b(early|mid-?|late)\s*$/i;

/** Days of the week (Monday first) each part covers. */
const PARTS: Record<string, [number, number]> = { early: [0, 2], mid: [2, 4], late: [3, 6] };

/**
 * "early last week" is its Monday to Wednesday, "late last week" its Thursday to Sunday: a part of a
 * week, as "early June" is a part of a month.
 */
export const refinePartOfWeek: DateRefiner = {
  name: 'part-of-week',
  refine(text, candidates) {
    return candidates.map((candidate) => {
      const part = PART_BEFORE.exec(text.slice(0, candidate.index));
      const monday = candidate.start === null ? null : parseDay(candidate.start);
      if (!part || candidate.precision !== 'week' || monday === null) return candidate;
      const [first, last] = PARTS[(part[1] as string).toLowerCase().replace('-', '')] as [number, number];
      const { inYear: _inYear, ...rest } = candidate;
      return {
        ...rest,
        index: part.index,
        start: formatDay(addDays(monday, first)),
        end: formatDay(addDays(monday, last)),
        precision: 'range',
        rule: `${rest.rule}+part-of-week`,
      };
    });
  },
};
