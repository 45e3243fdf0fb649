import { isAfter, monthSpan, parseDay } from './calendar.ts';
import type { DateRefiner } from './types.ts';

/** "early", "mid-" or "late" right before a period; not a degree of lateness ("too late last year"). */
const PART_BEFORE = /(?<!\b(?:too|so|as|how|very)\s+)\b(early|mid-?|late)\s*$/i;

/** Days of a month each part covers (31: its last day), as "early June" is 1–10 June. */
const MONTH_PARTS: Record<string, [number, number]> = { early: [1, 10], mid: [11, 20], late: [21, 31] };

/** Months of a year each part covers, as "early 2024" is January to April. */
const YEAR_PARTS: Record<string, [number, number]> = { early: [1, 4], mid: [5, 8], late: [9, 12] };

/**
 * "early last month" is its 1st to 10th, "late last year" its September to December: a part of a month
 * or a year counted from publication, read as the same part of a month or year named ("early
 * September", "late 2024"). Only a period counted so ("last month", "this year", "next month").
 */
export const refinePartOfPeriod: DateRefiner = {
  name: 'part-of-period',
  refine(text, candidates, context) {
    return candidates.map((candidate) => {
      const part = PART_BEFORE.exec(text.slice(0, candidate.index));
      const first = candidate.start === null ? null : parseDay(candidate.start);
      if (!part || !candidate.rule.startsWith('relative-period') || first === null || (candidate.precision !== 'month' && candidate.precision !== 'year')) return candidate;
      const name = (part[1] as string).toLowerCase().replace('-', '');
      const year = first.getUTCFullYear();
      const span =
        candidate.precision === 'month'
          ? monthSpan(year, first.getUTCMonth() + 1, ...(MONTH_PARTS[name] as [number, number]))
          : { start: monthSpan(year, (YEAR_PARTS[name] as [number, number])[0]).start, end: monthSpan(year, (YEAR_PARTS[name] as [number, number])[1]).end };
      const { inYear: _inYear, ...rest } = candidate;
      // "late this month" in a paper of the 5th is still to come.
      const expected = rest.expected || isAfter(span.start, context.published);
      return { ...rest, index: part.index, start: span.start, end: span.end, precision: 'range', expected, rule: `${rest.rule}+part-of-period` };
    });
  },
};
