import { isAfter } from './calendar.ts';
import { regexRule } from './regex-rule.ts';

/** The first and last year of each part of a decade: its first, middle or last four years (corpus README). */
const PART_YEARS: Readonly<Record<string, readonly [number, number]>> = { early: [0, 3], mid: [3, 6], middle: [3, 6], late: [6, 9] };

/**
 * A decade, or a part of one, after "the": "the 1990s", "the early 1990s", "the mid-2000s", "the late
 * 1980's". A range of the decade's ten years, or of the part's four; only four-digit decades ("the
 * 60s" may be an age). Not a decade with a day, month or year of its own: those are other rules'.
 */
export const decade = regexRule(
  'decade',
  ['0s', '0’s', "0's"],
  [/\bthe\s+(?:(?<part>early|mid|middle|late)[\s-]+)?(?<decade>(?:1[6-9]|20)\d0)['’]?s\b/gi],
  (match, context) => {
    const first = Number(match.groups?.decade);
    const [from, to] = PART_YEARS[match.groups?.part?.toLowerCase() ?? ''] ?? [0, 9];
    const start = `${first + from}-01-01`;
    return { start, end: `${first + to}-12-31`, precision: 'range', expected: isAfter(start, context.published), stated: { year: first + from } };
  },
);
