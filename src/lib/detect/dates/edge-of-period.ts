import { monthSpan } from './calendar.ts';
import { monthPart, yearOfMonth } from './month-year.ts';
import { regexRule } from './regex-rule.ts';
import { MONTH_PATTERN, monthNumber, YEAR_PATTERN } from './words.ts';

/** The days of a month each edge covers, as "early October" and "late October" do; 31 is the last day. */
const MONTH_EDGES: Record<string, [number, number]> = { end: [21, 31], start: [1, 10], beginning: [1, 10] };

/** The month of a year each edge covers. */
const YEAR_EDGES: Record<string, number> = { end: 12, start: 1, beginning: 1 };

/**
 * "the end of the month", "the start of next year", "the beginning of October", "the end of 2025". The
 * end of a month is its 21st to last day, as "late October", its start or beginning the 1st to the
 * 10th; the end of a year is its December, its start or beginning its January. Precision range.
 */
export const edgeOfPeriod = regexRule(
  'edge-of-period',
  ['end', 'start', 'beginning'],
  [
    new RegExp(
      `\\b(?:the\\s+)?(?<edge>end|start|beginning)\\s+of\\s+(?:(?<modifier>the|this|next|last)\\s+(?<unit>month|year)|(?<month>${MONTH_PATTERN})(?:,?\\s+(?<monthYear>${YEAR_PATTERN}))?|(?<year>${YEAR_PATTERN}))\\b(?!\\s*\\d)`,
      'gi',
    ),
  ],
  (match, context) => {
    const { published } = context;
    const future = context.futureAt(match.index);
    const groups = match.groups ?? {};
    const edge = (groups.edge ?? '').toLowerCase();
    const [firstDay, lastDay] = MONTH_EDGES[edge] ?? [21, 31];
    const monthEdge = (month: number) => monthPart((year) => monthSpan(year, month, firstDay, lastDay), 'range', published, future);
    const yearEdge = monthPart((year) => monthSpan(year, YEAR_EDGES[edge] ?? 12), 'range', published, future);

    if (groups.year) return { ...yearEdge(Number(groups.year)), stated: { year: Number(groups.year) } };
    if (groups.month) {
      const month = monthNumber(groups.month);
      if (month === null) return null;
      const resolve = monthEdge(month);
      if (groups.monthYear) return { ...resolve(Number(groups.monthYear)), stated: { year: Number(groups.monthYear), month } };
      return { ...resolve(yearOfMonth(month, published, future)), stated: { month }, inYear: resolve };
    }
    const modifier = (groups.modifier ?? '').toLowerCase();
    const offset = modifier === 'next' ? 1 : modifier === 'last' ? -1 : 0;
    if ((groups.unit ?? '').toLowerCase() === 'year') return { ...yearEdge(published.getUTCFullYear() + offset), stated: {} };
    const first = new Date(Date.UTC(published.getUTCFullYear(), published.getUTCMonth() + offset, 1));
    return { ...monthEdge(first.getUTCMonth() + 1)(first.getUTCFullYear()), stated: {} };
  },
);
