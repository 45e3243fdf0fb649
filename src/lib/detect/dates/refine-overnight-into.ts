import { addDays, formatDay, parseDay } from './calendar.ts';
import type { DateRefiner } from './types.ts';

/** "overnight into", "overnight to" right before a day: the night that ends on it. */
const NIGHT_INTO = /\bovernight\s+(?:into|to)\s+$/i;

/**
 * "overnight into Tuesday" is the night from Monday to Tuesday: a range over both days, as a bare
 * "overnight" is the night before the day it is told on.
 */
export const refineOvernightInto: DateRefiner = {
  name: 'overnight-into',
  refine(text, candidates) {
    return candidates.map((candidate) => {
      const night = NIGHT_INTO.exec(text.slice(0, candidate.index));
      const day = candidate.start === null ? null : parseDay(candidate.start);
      if (!night || candidate.precision !== 'day' || day === null) return candidate;
      const { inYear: _inYear, ...rest } = candidate;
      return { ...rest, index: night.index, start: formatDay(addDays(day, -1)), precision: 'range', rule: `${rest.rule}+overnight-into` };
    });
  },
};
