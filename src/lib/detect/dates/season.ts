import { type DaySpan, formatDay, monthSpan } from './calendar.ts';
import { regexRule } from './regex-rule.ts';
import { YEAR_PATTERN } from './words.ts';

/** Northern-hemisphere seasons as months: [first month, months long]. Winter runs into the next year. */
const SEASONS: Record<string, [number, number]> = { spring: [3, 3], summer: [6, 3], autumn: [9, 3], fall: [9, 3], winter: [12, 3] };
/** Parts of a year: early (January–April), mid (May–August), late (September–December). */
const PARTS: Record<string, [number, number]> = { early: [1, 4], mid: [5, 4], late: [9, 4] };

/** `count` months from month `first` of `year`, running into the next year if need be. */
function monthsFrom(year: number, first: number, count: number): DaySpan {
  const last = first + count - 1;
  return { start: monthSpan(year, first).start, end: monthSpan(year + Math.floor((last - 1) / 12), ((last - 1) % 12) + 1).end };
}

/**
 * "last autumn", "this summer", "in the spring", "the winter of 2023", "autumn 2024": a season as
 * its months. "last" is the latest one ended before publication; "this" the one of the publication
 * year; bare, the latest begun by publication (in a clause about the future, the first not yet
 * over, and expected). "fall" needs a determiner or a year ("troops fall back" is a verb); "of"
 * after a season takes only a year ("the fall of the old regime" is no season). Precision range.
 */
export const season = regexRule(
  'season',
  ['spring', 'summer', 'autumn', 'fall', 'winter'],
  [
    new RegExp(
      `\\b(?:(?<modifier>last|this|next|the)\\s+)(?<season>spring|summer|autumn|fall|winter)(?:\\s+of\\s+(?<year>${YEAR_PATTERN}))?\\b|\\b(?<season2>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\\s+(?<year2>${YEAR_PATTERN})\\b`,
      'gi',
    ),
  ],
  (match, context) => {
    const name = (match.groups?.season ?? match.groups?.season2 ?? '').toLowerCase();
    const [first, count] = SEASONS[name] ?? [0, 0];
    if (first === 0) return null;
    const statedYear = match.groups?.year ?? match.groups?.year2;
    // "the fall of the old regime", "the spring of hope": a season owns only a year; else the word names something else.
    if (!statedYear && /^\s+of\b/i.test(match.input.slice(match.index + match[0].length))) return null;
    const today = formatDay(context.published);
    const year = context.published.getUTCFullYear();
    const ended = (y: number) => monthsFrom(y, first, count).end < today;
    const begun = (y: number) => monthsFrom(y, first, count).start <= today;
    if (statedYear) {
      const span = monthsFrom(Number(statedYear), first, count);
      return { ...span, precision: 'range', expected: span.start > today, stated: { year: Number(statedYear) } };
    }
    const modifier = (match.groups?.modifier ?? '').toLowerCase();
    const future = context.futureAt(match.index);
    let y: number;
    if (modifier === 'last') y = ended(year) ? year : year - 1;
    else if (modifier === 'next') y = begun(year) ? year + 1 : year;
    else if (modifier === 'this') y = year;
    // In a clause about the future, the first such season not yet over: the one under way at
    // publication ("will send more in the summer" in late June) or the next.
    else if (future) y = [year - 1, year].find((candidate) => !ended(candidate)) ?? year + 1;
    else y = begun(year) ? year : year - 1;
    const span = monthsFrom(y, first, count);
    return { ...span, precision: 'range', expected: span.start > today || (future && modifier !== 'last'), stated: {} };
  },
);

/** "the final months of 2024", "the first months of 2024": its last or first quarter. */
const END_MONTHS: Record<string, [number, number]> = { final: [10, 3], last: [10, 3], closing: [10, 3], first: [1, 3], opening: [1, 3] };

/**
 * "early 2024", "mid-2023", "late 2024": a third of a stated year; "the final months of 2024" its
 * last quarter. Precision range.
 */
export const partOfYear = regexRule(
  'part-of-year',
  ['early', 'mid', 'late', 'months'],
  [
    new RegExp(`\\b(?<part>early|mid|late)(?:\\s*-\\s*|\\s+)(?<year>${YEAR_PATTERN})\\b`, 'gi'),
    new RegExp(`\\bthe\\s+(?<end>final|last|closing|first|opening)\\s+(?:few\\s+)?months\\s+of\\s+(?<year>${YEAR_PATTERN})\\b`, 'gi'),
  ],
  (match, context) => {
    const part = match.groups?.part?.toLowerCase();
    const [first, count] = (part ? PARTS[part] : END_MONTHS[(match.groups?.end ?? '').toLowerCase()]) ?? [0, 0];
    if (first === 0) return null;
    const year = Number(match.groups?.year);
    const span = monthsFrom(year, first, count);
    return { ...span, precision: 'range', expected: span.start > formatDay(context.published), stated: { year } };
  },
);
