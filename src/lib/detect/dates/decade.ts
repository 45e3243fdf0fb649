import { isAfter } from './calendar.ts';
import { regexRule } from './regex-rule.ts';

/** Decades named by word, of the twentieth century as news copy uses them ("the nineties"). */
const DECADE_WORDS: Record<string, number> = { thirties: 1930, forties: 1940, fifties: 1950, sixties: 1960, seventies: 1970, eighties: 1980, nineties: 1990 };

/** Parts of a decade: its first, middle or last four years (corpus README, thirteenth batch). */
const PARTS: Record<string, [number, number]> = { early: [0, 3], mid: [3, 6], late: [6, 9] };

/** A decade as digits ("1990s", "'90s", "60s") or a word ("nineties"), maybe after a part ("early", "mid-"). */
const DECADE = String.raw`(?:(?<part>early|mid|late)(?:\s*-\s*|\s+))?(?:(?<full>(?:19|20)\d0)s|['’]?(?<short>\d0)s|(?<word>thirties|forties|fifties|sixties|seventies|eighties|nineties)(?:\s+of\s+the\s+(?:last|past|previous|twentieth|20th)\s+century)?)\b`;

/**
 * "the 1990s", "the early 1990s", "the mid-1980s", "the '90s", "the nineties of the last century": a
 * decade, or a part of one, as a range of years. Only after "the", so "a man in his 60s" stays an age;
 * also a decade listed after one ("in the 60s and 80s"). Two digits are of the twentieth century from
 * the 20s on, of this one for the 00s and 10s.
 */
export const decade = regexRule(
  'decade',
  ['0s', 'ties'],
  [
    new RegExp(String.raw`\bthe\s+${DECADE}`, 'gi'),
    new RegExp(String.raw`(?<=\b(?:the\s+)?(?:(?:19|20)?\d0s|ties)\s+(?:and|or|to)\s+)${DECADE}`, 'gi'),
  ],
  (match, context) => {
    const groups = match.groups ?? {};
    const first = groups.full ? Number(groups.full) : groups.short ? (Number(groups.short) >= 20 ? 1900 : 2000) + Number(groups.short) : DECADE_WORDS[(groups.word ?? '').toLowerCase()];
    if (first === undefined) return null;
    const [from, to] = PARTS[(groups.part ?? '').toLowerCase()] ?? [0, 9];
    const start = `${first + from}-01-01`;
    return { start, end: `${first + to}-12-31`, precision: 'range', expected: isAfter(start, context.published), stated: {} };
  },
);
